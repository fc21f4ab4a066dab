import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type FieldSpec } from '../fields';
import { defineRecord, t } from '../record-table';
import { isHttpUrl } from './blog';

/**
 * URL redirects of the location's funnel and website domains (funnels.json, "lookup/redirect").
 *
 * Decisions where the spec is unclear:
 * - PATCH and DELETE /funnels/lookup/redirect/{id} declare Location-Access with no scope; HighLevel's
 *   scope table (docs/oauth/Scopes.md) lists both under funnels/redirect.write.
 * - The list answers `{ data: { count, data: [...] } }` (the spec's example); it is read from there.
 * - The spec's action enum is lowercase (funnel, website, url, all) while its example says "URL":
 *   the enum is sent.
 */
const V = '2021-07-28' as const;
export const listRedirectsEndpoint = endpoint('GET', '/funnels/lookup/redirect/list', V, ['funnels/redirect.readonly']);
export const createRedirectEndpoint = endpoint('POST', '/funnels/lookup/redirect', V, ['funnels/redirect.write']);
export const updateRedirectEndpoint = endpoint('PATCH', '/funnels/lookup/redirect/{id}', V, ['funnels/redirect.write']);
export const deleteRedirectEndpoint = endpoint('DELETE', '/funnels/lookup/redirect/{id}', V, ['funnels/redirect.write']);

export const redirectTable = defineRecord(
  {
    id: { label: 'URL Redirect ID', type: t.text, sample: '6p2RxpgtMKQwO3E6IUaT' },
    domain: { label: 'Domain', type: t.text, sample: 'www.delgadodental.example.com' },
    path: { label: 'Path', type: t.text, sample: '/old-offers' },
    pathLowercase: { label: 'Path (Lowercase)', type: t.text, sample: '/old-offers' },
    type: { label: 'Redirect Type', type: t.text, sample: 'Permanent' },
    target: { label: 'Target URL', type: t.text, sample: 'https://www.delgadodental.example.com/offers' },
    action: { label: 'Applies To', type: t.text, sample: 'url' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'URL redirect' },
);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const inner = redirectTable.list('data');
/** `{ data: { count, data: [...] } }` -> the redirects. */
export const redirectList = (body: unknown) => inner(isObject(body) && isObject(body.data) ? body.data : { data: [] });
export const redirectOutputs = redirectTable.outputs;
export const redirectShape = redirectTable.shape;
export const redirectAnswer = redirectTable.answer('data', 'the URL redirect request');

export const REDIRECT_ACTIONS = { url: 'URL', funnel: 'Funnel', website: 'Website', all: 'All' } as const;

function redirectField(required: true, helpText: string): FieldSpec<string>;
function redirectField(required: false, helpText: string): FieldSpec<string | undefined>;
function redirectField(required: boolean, helpText: string) {
  const common = { label: 'URL Redirect', dynamic: 'urlRedirectDropdown.id.name', helpText };
  return required ? f.id({ ...common, required: true }) : f.id(common);
}
export { redirectField };

export const targetInput = () =>
  f.text({ label: 'Target URL', required: true, helpText: 'Where visitors of the path are sent, a web address starting with `https://`, e.g. `https://example.com/offers`.' });
export const actionInput = () =>
  f.choice({ label: 'Applies To', default: 'url', choices: REDIRECT_ACTIONS, helpText: 'What the redirect points at: a URL, a funnel, a website, or all. URL when empty.' });

/** The target URL, refused naming the field unless it is an http(s) web address. */
export function targetOf(url: string): string {
  if (!isHttpUrl(url)) throw invalidInput({ key: 'target', label: 'Target URL' }, `must be a web address starting with https://, got "${url}"`);
  return url;
}
