import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type FieldSpec } from '../fields';
import { defineRecord, t } from '../record-table';
import { isHttpUrl } from './blog';

/**
 * Trigger links (links.json): the record table, the endpoints and the Trigger Link input.
 *
 * Decisions where the spec is unclear:
 * - GET /links/id/{linkId} and GET /links/search declare no scope (`bearer: []`); they read the
 *   same records as GET /links/ (links.readonly), so they are declared with links.readonly.
 * - GET /links/search takes Version 2021-04-15 in the spec, every other links endpoint 2021-07-28:
 *   each is sent with its own.
 * - PUT /links/{linkId} requires both name and redirectTo: Update Trigger Link reads the link first
 *   when one of them is left empty, so a Zap can change just the destination.
 */
const V = '2021-07-28' as const;
const READ = ['links.readonly'];
const WRITE = ['links.write'];
export const listLinksEndpoint = endpoint('GET', '/links/', V, READ);
export const getLinkEndpoint = endpoint('GET', '/links/id/{linkId}', V, READ);
export const searchLinksEndpoint = endpoint('GET', '/links/search', '2021-04-15', READ);
export const createLinkEndpoint = endpoint('POST', '/links/', V, WRITE);
export const updateLinkEndpoint = endpoint('PUT', '/links/{linkId}', V, WRITE);
export const deleteLinkEndpoint = endpoint('DELETE', '/links/{linkId}', V, WRITE);

export const linkTable = defineRecord(
  {
    id: { label: 'Trigger Link ID', type: t.text, sample: 'n4AriwEnFrGh3tu08W0U' },
    name: { label: 'Name', type: t.text, sample: 'Spring whitening offer' },
    redirectTo: { label: 'Redirect URL', type: t.text, sample: 'https://delgadodental.example.com/offers/whitening' },
    fieldKey: { label: 'Merge Field', type: t.text, sample: '{{trigger_link.n4AriwEnFrGh3tu08W0U}}' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'trigger link' },
);

export const linkList = linkTable.list('links');
export const linkRecord = linkTable.one('link');
export const linkOutputs = linkTable.outputs;
export const linkShape = linkTable.shape;
export const linkAnswer = linkTable.answer('link', 'the trigger link request');

function linkField(required: true, helpText: string): FieldSpec<string>;
function linkField(required: false, helpText: string): FieldSpec<string | undefined>;
function linkField(required: boolean, helpText: string) {
  const common = { label: 'Trigger Link', dynamic: 'triggerLinkDropdown.id.name', search: 'findTriggerLink.id', helpText };
  return required ? f.id({ ...common, required: true }) : f.id(common);
}
export { linkField };

/** The destination URL, refused naming the field unless it is an http(s) web address. */
export function redirectOf(url: string): string {
  if (!isHttpUrl(url)) throw invalidInput({ key: 'redirectTo', label: 'Redirect URL' }, `must be a web address starting with https://, got "${url}"`);
  return url;
}

/** Name and Redirect URL inputs of Create (required) and Update (optional) Trigger Link. */
export const nameInput = (required: boolean) =>
  required
    ? f.text({ label: 'Name', required: true, helpText: 'The name the link has in HighLevel\'s Trigger Links list and in workflow triggers, e.g. "Spring whitening offer".' })
    : f.text({ label: 'Name', helpText: 'The link\'s new name. Empty: unchanged.' });
export const redirectInput = (required: boolean) =>
  required
    ? f.text({ label: 'Redirect URL', required: true, helpText: 'Where a click takes the contact, a web address starting with `https://`, e.g. `https://example.com/offer`.' })
    : f.text({ label: 'Redirect URL', helpText: 'The link\'s new destination, a web address starting with `https://`. Empty: unchanged.' });
