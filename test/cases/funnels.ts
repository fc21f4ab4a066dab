import type { Case } from '../support/table';

/** Funnels, websites and their pages (funnels.json, funnel/list and page). */
const V = '2021-07-28' as const;
const LOC = 'LOC123';

const RAW_FUNNEL = {
  _id: 'fn1', locationId: LOC, name: 'Free Whitening Consultation', type: 'funnel', url: '/free-consultation', domainId: '', deleted: false,
  dateAdded: '2025-03-14T15:00:05.681Z', dateUpdated: '2025-03-20T09:30:28.465Z',
  steps: [{ id: 's1', name: 'Opt-in', pages: ['p1'], sequence: 1, type: 'optin_funnel_page', url: '/free-consultation' }, { id: 's2', name: 'Thank you', pages: ['p2'], sequence: 2, type: 'optin_funnel_page', url: '/thanks' }],
};
const FLAT_FUNNEL = {
  id: 'fn1', name: 'Free Whitening Consultation', type: 'funnel', url: '/free-consultation', domainId: null, stepCount: 2, stepNames: ['Opt-in', 'Thank you'],
  dateAdded: '2025-03-14T15:00:05.681Z', dateUpdated: '2025-03-20T09:30:28.465Z', locationId: LOC,
};
const RAW_SITE = { _id: 'fn2', locationId: LOC, name: 'Sunrise Dental Website', type: 'website', url: '/home', steps: [] };
const RAW_PAGE = { _id: 'p1', locationId: LOC, funnelId: 'fn1', name: 'Opt-in', stepId: 's1', deleted: false, updatedAt: '2025-03-20T09:25:23.029Z' };
const FLAT_PAGE = { id: 'p1', name: 'Opt-in', funnelId: 'fn1', stepId: 's1', updatedAt: '2025-03-20T09:25:23.029Z', locationId: LOC };

export const funnelCases: Case[] = [
  {
    name: 'funnel dropdown, page 2: websites are marked',
    op: 'triggers.funnelDropdown',
    meta: { page: 1 },
    calls: [{ method: 'GET', path: '/funnels/funnel/list', version: V, query: { locationId: LOC, limit: '100', offset: '100' }, reply: { body: { funnels: [RAW_FUNNEL, RAW_SITE], count: 102, traceId: 't1' } } }],
    output: [{ id: 'fn1', name: 'Free Whitening Consultation' }, { id: 'fn2', name: 'Sunrise Dental Website (website)' }],
  },
  {
    name: 'find funnel by name, websites only',
    op: 'searches.findFunnel',
    input: { name: 'whitening', type: 'website' },
    calls: [{ method: 'GET', path: '/funnels/funnel/list', version: V, query: { locationId: LOC, name: 'whitening', type: 'website', limit: '10', offset: '0' }, reply: { body: { funnels: [RAW_FUNNEL], count: 1, traceId: 't1' } } }],
    output: [FLAT_FUNNEL],
  },
  {
    name: 'find funnel: one funnel as the spec types it (an object, not a list) is read too',
    op: 'searches.findFunnel',
    input: { name: 'whitening' },
    calls: [{ method: 'GET', path: '/funnels/funnel/list', version: V, query: { locationId: LOC, name: 'whitening', limit: '10', offset: '0' }, reply: { body: { funnels: RAW_FUNNEL, count: 1, traceId: 't1' } } }],
    output: [FLAT_FUNNEL],
  },
  {
    name: 'find funnel: no match is no result',
    op: 'searches.findFunnel',
    input: { name: 'nothing' },
    calls: [{ method: 'GET', path: '/funnels/funnel/list', version: V, query: { locationId: LOC, name: 'nothing', limit: '10', offset: '0' }, reply: { body: { funnels: [], count: 0, traceId: 't1' } } }],
    output: [],
  },
  { name: 'find funnel: the name is required', op: 'searches.findFunnel', input: {}, calls: [], error: /"Name" \(name\) is required/ },
  { name: 'find funnel: an unknown type is refused', op: 'searches.findFunnel', input: { name: 'a', type: 'blog' }, calls: [], error: /"Type" \(type\) must be one of funnel, website, got "blog"/ },
  {
    name: 'new funnel page: the funnel\'s pages',
    op: 'triggers.newFunnelPage',
    input: { funnelId: 'fn1' },
    calls: [{ method: 'GET', path: '/funnels/page', version: V, query: { locationId: LOC, funnelId: 'fn1', limit: '100', offset: '0' }, reply: { body: [RAW_PAGE] } }],
    output: [FLAT_PAGE],
  },
  { name: 'new funnel page: the funnel is required', op: 'triggers.newFunnelPage', input: {}, calls: [], error: /"Funnel" \(funnelId\) is required/ },
];
