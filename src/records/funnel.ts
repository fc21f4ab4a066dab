import { endpoint } from '../endpoint';
import { f, type FieldSpec } from '../fields';
import { defineRecord, isRecord, t } from '../record-table';

/**
 * Funnels and websites of the location, and their pages (funnels.json, "funnel" and "page").
 *
 * Decisions where the spec is unclear:
 * - GET /funnels/funnel/list and GET /funnels/page declare Location-Access with no scope and no
 *   Version header: HighLevel's scope table (docs/oauth/Scopes.md) gives funnels/funnel.readonly
 *   and funnels/page.readonly; the Version is the one every other funnels endpoint takes (2021-07-28).
 * - The funnel list's `funnels` is typed as one object (its example is a single funnel); HighLevel
 *   answers a list there. Both are read: a single funnel is a list of one.
 * - A page's `deleted` is typed string with a boolean example: read leniently as a boolean.
 */
const V = '2021-07-28' as const;
export const listFunnelsEndpoint = endpoint('GET', '/funnels/funnel/list', V, ['funnels/funnel.readonly']);
export const listFunnelPagesEndpoint = endpoint('GET', '/funnels/page', V, ['funnels/page.readonly']);

const steps = (raw: Readonly<Record<string, unknown>>): Record<string, unknown>[] => (Array.isArray(raw.steps) ? raw.steps.filter(isRecord) : []);

export const funnelTable = defineRecord(
  {
    id: { label: 'Funnel ID', type: t.text, from: ['_id', 'id'], sample: 'SkIDfu0S4m3NYQyvWHC6' },
    name: { label: 'Funnel Name', type: t.text, sample: 'Free Whitening Consultation' },
    type: { label: 'Type (funnel or website)', type: t.text, sample: 'funnel' },
    url: { label: 'Path', type: t.text, sample: '/free-consultation' },
    domainId: { label: 'Domain ID', type: t.nonEmptyText, sample: 'xGk1bm5Mcq8hS0PjVhwO' },
    stepCount: { label: 'Number Of Steps', type: t.integer, from: [], derive: (_, raw) => steps(raw).length, sample: 2 },
    stepNames: { label: 'Step Names', type: t.strings, from: [], derive: (_, raw) => steps(raw).map((s) => (typeof s.name === 'string' ? s.name : '')).filter(Boolean), sample: ['Opt-in', 'Thank you'] },
    dateAdded: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:00:05.681Z' },
    dateUpdated: { label: 'Updated At', type: t.datetime, from: ['dateUpdated', 'updatedAt'], sample: '2025-03-20T09:30:28.465Z' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'funnel' },
);

const funnels = funnelTable.list('funnels');
/** `{ funnels: [...] }`, or `{ funnels: {...} }` as the spec types it: the funnels. */
export const funnelList = (body: unknown) => funnels(isRecord(body) && isRecord(body.funnels) ? { ...body, funnels: [body.funnels] } : body);
export const funnelOutputs = funnelTable.outputs;

export const funnelPageTable = defineRecord(
  {
    id: { label: 'Page ID', type: t.text, from: ['_id', 'id'], sample: '0yJbP3q7t7pLmeTWRAE2' },
    name: { label: 'Page Name', type: t.text, sample: 'Opt-in' },
    funnelId: { label: 'Funnel ID', type: t.text, sample: 'SkIDfu0S4m3NYQyvWHC6' },
    stepId: { label: 'Step ID', type: t.text, sample: '343bf634-3aa6-4ade-b963-2d3cd0bf2ede' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-20T09:25:23.029Z' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'funnel page' },
);

/** The pages answer is a bare list (the spec's FunnelPageResponseDTO is one page; HighLevel sends an array of them). */
const pages = funnelPageTable.list('pages');
export const funnelPageList = (body: unknown) => pages(Array.isArray(body) ? { pages: body } : isRecord(body) && !('pages' in body) && ('_id' in body || 'id' in body) ? { pages: [body] } : body);
export const funnelPageOutputs = funnelPageTable.outputs;

/** The Funnel input (dropdown of the location's funnels and websites; Find Funnel can fill it). */
export const funnelField = (helpText: string): FieldSpec<string> =>
  f.id({ label: 'Funnel', required: true, dynamic: 'funnelDropdown.id.name', search: 'findFunnel.id', helpText });
