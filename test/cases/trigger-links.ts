import type { Call, Case } from '../support/table';

/** Trigger links (links.json). */
const V = '2021-07-28' as const;
const LOC = 'LOC123';

const RAW_LINK = { id: 'tl1', name: 'Whitening offer', redirectTo: 'https://example.com/whitening', fieldKey: '{{trigger_link.tl1}}', locationId: LOC };
const FLAT_LINK = { id: 'tl1', name: 'Whitening offer', redirectTo: 'https://example.com/whitening', fieldKey: '{{trigger_link.tl1}}', locationId: LOC };
const GET_LINK: Call = { method: 'GET', path: '/links/id/tl1', version: V, query: { locationId: LOC }, reply: { body: { link: RAW_LINK } } };
const PUT = { method: 'PUT', path: '/links/tl1', version: V } as const;

export const triggerLinkCases: Case[] = [
  {
    name: 'new trigger link: the location\'s links',
    op: 'triggers.newTriggerLink',
    calls: [{ method: 'GET', path: '/links/', version: V, query: { locationId: LOC }, reply: { body: { links: [RAW_LINK, { id: 'tl2', name: 'Book' }] } } }],
    output: [FLAT_LINK, { id: 'tl2', name: 'Book', redirectTo: null, fieldKey: null, locationId: null }],
  },
  {
    name: 'trigger link dropdown',
    op: 'triggers.triggerLinkDropdown',
    calls: [{ method: 'GET', path: '/links/', version: V, query: { locationId: LOC }, reply: { body: { links: [RAW_LINK] } } }],
    output: [{ id: 'tl1', name: 'Whitening offer' }],
  },
  {
    name: 'create trigger link',
    op: 'creates.createTriggerLink',
    input: { name: 'Whitening offer', redirectTo: 'https://example.com/whitening' },
    calls: [{ method: 'POST', path: '/links/', version: V, body: { locationId: LOC, name: 'Whitening offer', redirectTo: 'https://example.com/whitening' }, reply: { status: 201, body: { link: RAW_LINK } } }],
    output: FLAT_LINK,
  },
  { name: 'create link: a redirect that is not a web address is refused', op: 'creates.createTriggerLink', input: { name: 'A', redirectTo: 'example.com' }, calls: [], error: /"Redirect URL" \(redirectTo\) must be a web address starting with https:\/\/, got "example.com"/ },
  { name: 'create link: the name is required', op: 'creates.createTriggerLink', input: { redirectTo: 'https://example.com' }, calls: [], error: /"Name" \(name\) is required/ },
  {
    name: 'update link destination only: the current name is read first (both are required)',
    op: 'creates.updateTriggerLink',
    input: { linkId: 'tl1', redirectTo: 'https://example.com/new' },
    calls: [GET_LINK, { ...PUT, body: { name: 'Whitening offer', redirectTo: 'https://example.com/new' }, reply: { status: 201, body: { link: { ...RAW_LINK, redirectTo: 'https://example.com/new' } } } }],
    output: { ...FLAT_LINK, redirectTo: 'https://example.com/new' },
  },
  {
    name: 'update link with both fields: one request',
    op: 'creates.updateTriggerLink',
    input: { linkId: 'tl1', name: 'Spring offer', redirectTo: 'https://example.com/spring' },
    calls: [{ ...PUT, body: { name: 'Spring offer', redirectTo: 'https://example.com/spring' }, reply: { status: 201, body: { link: { ...RAW_LINK, name: 'Spring offer', redirectTo: 'https://example.com/spring' } } } }],
    output: { ...FLAT_LINK, name: 'Spring offer', redirectTo: 'https://example.com/spring' },
  },
  { name: 'update link with nothing to change', op: 'creates.updateTriggerLink', input: { linkId: 'tl1' }, calls: [], error: /"Name" \(name\) or Redirect URL must be filled in/ },
  { name: 'update link: a bad redirect is refused before the read', op: 'creates.updateTriggerLink', input: { linkId: 'tl1', redirectTo: 'ftp://x' }, calls: [], error: /"Redirect URL" \(redirectTo\) must be a web address/ },
  {
    name: 'delete trigger link',
    op: 'creates.deleteTriggerLink',
    input: { linkId: 'tl1' },
    calls: [{ method: 'DELETE', path: '/links/tl1', version: V, reply: { status: 201, body: { succeded: true } } }],
    output: { linkId: 'tl1', succeeded: true },
  },
  { name: 'delete link: an ID with a slash is refused', op: 'creates.deleteTriggerLink', input: { linkId: 'tl1/../x' }, calls: [], error: /"Trigger Link" \(linkId\)/ },
  {
    name: 'find trigger link by name (Version 2021-04-15, first 10)',
    op: 'searches.findTriggerLink',
    input: { query: 'whitening' },
    calls: [{ method: 'GET', path: '/links/search', version: '2021-04-15', query: { locationId: LOC, query: 'whitening', skip: '0', limit: '10' }, reply: { body: { links: [RAW_LINK] } } }],
    output: [FLAT_LINK],
  },
  { name: 'find link: the name is required', op: 'searches.findTriggerLink', input: {}, calls: [], error: /"Name" \(query\) is required/ },
  { name: 'get trigger link by id', op: 'searches.getTriggerLink', input: { linkId: 'tl1' }, calls: [GET_LINK], output: [FLAT_LINK] },
  {
    name: 'get trigger link: 404 is no result',
    op: 'searches.getTriggerLink',
    input: { linkId: 'nope' },
    calls: [{ method: 'GET', path: '/links/id/nope', version: V, query: { locationId: LOC }, reply: { status: 404, body: { statusCode: 404, message: 'Link not found' } } }],
    output: [],
  },
];
