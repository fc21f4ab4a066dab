import type { Case } from '../support/table';

/** URL redirects (funnels.json, lookup/redirect). */
const V = '2021-07-28' as const;
const LOC = 'LOC123';
const PATH = '/funnels/lookup/redirect';

const RAW = { id: 'rd1', locationId: LOC, domain: 'www.example.com', path: '/Old', pathLowercase: '/old', type: 'Permanent', target: 'https://www.example.com/new', action: 'url' };
const FLAT = { ...RAW };

export const urlRedirectCases: Case[] = [
  {
    name: 'new URL redirect: the first page of redirects',
    op: 'triggers.newUrlRedirect',
    calls: [{ method: 'GET', path: `${PATH}/list`, version: V, query: { locationId: LOC, limit: '100', offset: '0' }, reply: { body: { data: { count: 1, data: [RAW] } } } }],
    output: [FLAT],
  },
  {
    name: 'URL redirect dropdown, page 2',
    op: 'triggers.urlRedirectDropdown',
    meta: { page: 1 },
    calls: [{ method: 'GET', path: `${PATH}/list`, version: V, query: { locationId: LOC, limit: '100', offset: '100' }, reply: { body: { data: { count: 101, data: [RAW] } } } }],
    output: [{ id: 'rd1', name: 'www.example.com/Old -> https://www.example.com/new' }],
  },
  {
    name: 'create URL redirect',
    op: 'creates.createUrlRedirect',
    input: { domain: 'www.example.com', path: '/Old', target: 'https://www.example.com/new' },
    calls: [{ method: 'POST', path: PATH, version: V, body: { locationId: LOC, domain: 'www.example.com', path: '/Old', target: 'https://www.example.com/new', action: 'url' }, reply: { body: { data: RAW } } }],
    output: FLAT,
  },
  { name: 'create redirect: a domain with a scheme is refused', op: 'creates.createUrlRedirect', input: { domain: 'https://www.example.com', path: '/a', target: 'https://x.example' }, calls: [], error: /"Domain" \(domain\) must be a domain name such as www.example.com/ },
  { name: 'create redirect: a path without / is refused', op: 'creates.createUrlRedirect', input: { domain: 'www.example.com', path: 'old', target: 'https://x.example' }, calls: [], error: /"Path" \(path\) must start with \// },
  { name: 'create redirect: the target must be a web address', op: 'creates.createUrlRedirect', input: { domain: 'www.example.com', path: '/a', target: 'x.example' }, calls: [], error: /"Target URL" \(target\) must be a web address/ },
  { name: 'create redirect: an unknown Applies To is refused', op: 'creates.createUrlRedirect', input: { domain: 'www.example.com', path: '/a', target: 'https://x.example', action: 'page' }, calls: [], error: /"Applies To" \(action\)/ },
  {
    name: 'update URL redirect target, to a funnel',
    op: 'creates.updateUrlRedirect',
    input: { id: 'rd1', target: 'https://www.example.com/funnel', action: 'funnel' },
    calls: [{ method: 'PATCH', path: `${PATH}/rd1`, version: V, body: { target: 'https://www.example.com/funnel', action: 'funnel', locationId: LOC }, reply: { body: { data: { ...RAW, target: 'https://www.example.com/funnel', action: 'funnel' } } } }],
    output: { ...FLAT, target: 'https://www.example.com/funnel', action: 'funnel' },
  },
  { name: 'update redirect: the redirect is required', op: 'creates.updateUrlRedirect', input: { target: 'https://x.example' }, calls: [], error: /"URL Redirect" \(id\) is required/ },
  {
    name: 'delete URL redirect',
    op: 'creates.deleteUrlRedirect',
    input: { id: 'rd1' },
    calls: [{ method: 'DELETE', path: `${PATH}/rd1`, version: V, query: { locationId: LOC }, reply: { body: { data: { status: 'ok' } } } }],
    output: { redirectId: 'rd1', succeeded: true },
  },
];
