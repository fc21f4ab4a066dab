import { endpoint } from '../endpoint';
import { f, type FieldSpec } from '../fields';
import { defineRecord, defineResult, isRecord, t } from '../record-table';

/**
 * Documents & contracts (proposals.json): the documents of a location, its templates, and the two
 * sends.
 *
 * Decisions where the spec is unclear:
 * - The spec declares no scope for any of the four endpoints (Location-Access / Agency-Access with
 *   none listed) and ../shared's docs/oauth/Scopes.md does not list them. HighLevel's marketplace
 *   scope list names four: documents_contracts/list.readonly (GET /proposals/document),
 *   documents_contracts/sendLink.write (POST /proposals/document/send),
 *   documents_contracts_template/list.readonly (GET /proposals/templates) and
 *   documents_contracts_template/sendLink.write (POST /proposals/templates/send); those are declared.
 * - A document carries `_id` (the record) and `documentId`; the send takes `documentId`, so the
 *   Document dropdown offers `documentId` (its `_id` when absent). Outputs keep both.
 * - `status` and `paymentStatus` are typed as lists (an example gives one string): output as
 *   comma-separated text, so a Zap can filter on them.
 * - The sends answer `{ success, links }`, the links naming a recipient and a reference but no URL;
 *   their recipient and reference IDs are output as lists.
 */
const V = '2021-07-28' as const;
export const listDocumentsEndpoint = endpoint('GET', '/proposals/document', V, ['documents_contracts/list.readonly']);
export const sendDocumentEndpoint = endpoint('POST', '/proposals/document/send', V, ['documents_contracts/sendLink.write']);
export const listTemplatesEndpoint = endpoint('GET', '/proposals/templates', V, ['documents_contracts_template/list.readonly']);
export const sendTemplateEndpoint = endpoint('POST', '/proposals/templates/send', V, ['documents_contracts_template/sendLink.write']);

type Raw = Readonly<Record<string, unknown>>;
const joined = (v: unknown): string | null => {
  const items = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  const text = items.filter((s): s is string => typeof s === 'string' && s !== '').join(', ');
  return text || null;
};
/** The primary recipient (the first when none is marked). */
const primary = (raw: Raw): Record<string, unknown> => {
  const all = Array.isArray(raw.recipients) ? raw.recipients.filter(isRecord) : [];
  return all.find((r) => r.isPrimary === true) ?? all[0] ?? {};
};
const textOf = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const nameOf = (r: Record<string, unknown>): string | null =>
  textOf(r.contactName) ?? ([r.firstName, r.lastName].filter((s): s is string => typeof s === 'string' && s !== '').join(' ') || null);
const completedOf = (r: Record<string, unknown>): boolean | null => (typeof r.hasCompleted === 'boolean' ? r.hasCompleted : null);

export const documentTable = defineRecord(
  {
    id: { label: 'Document Record ID', type: t.text, from: ['_id', 'id'], sample: '67ac9a51106ee8311e911a2b' },
    documentId: { label: 'Document ID', type: t.text, from: ['documentId', '_id'], sample: '67ac9a51106ee8311e911a2b' },
    name: { label: 'Document Name', type: t.text, sample: 'Smile Makeover Proposal' },
    type: { label: 'Type', type: t.text, sample: 'proposal' },
    status: { label: 'Status', type: t.text, from: [], derive: (_, raw) => joined(raw.status), sample: 'completed' },
    paymentStatus: { label: 'Payment Status', type: t.text, from: [], derive: (_, raw) => joined(raw.paymentStatus), sample: 'paid' },
    amount: { label: 'Total Amount', type: t.number, from: 'grandTotal.amount', sample: 3200 },
    currency: { label: 'Currency', type: t.text, from: 'grandTotal.currency', sample: 'USD' },
    recipientId: { label: 'Recipient Contact ID', type: t.text, from: [], derive: (_, raw) => textOf(primary(raw).id), sample: 'seD4PfOuKoVMLkEZqohJ' },
    recipientName: { label: 'Recipient Name', type: t.text, from: [], derive: (_, raw) => nameOf(primary(raw)), sample: 'Rosa Delgado' },
    recipientEmail: { label: 'Recipient Email', type: t.text, from: [], derive: (_, raw) => textOf(primary(raw).email), sample: 'rosa.delgado@example.com' },
    recipientCompleted: { label: 'Recipient Has Signed', type: t.boolean, from: [], derive: (_, raw) => completedOf(primary(raw)), sample: true },
    documentRevision: { label: 'Revision', type: t.integer, sample: 1 },
    isExpired: { label: 'Expired', type: t.boolean, sample: false },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-12T16:20:00.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-14T18:29:59.999Z' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'document' },
);

export const documentList = documentTable.list('documents');
export const documentOutputs = documentTable.outputs;

export const documentTemplateTable = defineRecord(
  {
    id: { label: 'Template ID', type: t.text, from: ['id', '_id'], sample: '685d11c371c22e636e9c04b2' },
    name: { label: 'Template Name', type: t.text, sample: 'Smile Makeover Proposal' },
    type: { label: 'Type', type: t.text, sample: 'proposal' },
  },
  { name: 'document template' },
);
export const documentTemplateList = documentTemplateTable.list('data');

/** What both sends answer: success and the recipients' links. */
export const sent = defineResult(
  {
    success: { label: 'Sent', type: t.boolean, sample: true },
    documentId: { label: 'Document ID', type: t.text, from: [], derive: (_, raw) => (Array.isArray(raw.links) ? (raw.links.filter(isRecord).map((l) => textOf(l.documentId)).find(Boolean) ?? null) : null), sample: '67ac9a51106ee8311e911a2b' },
    recipientIds: { label: 'Recipient IDs', type: t.pluck('recipientId'), from: 'links', sample: ['seD4PfOuKoVMLkEZqohJ'] },
    referenceIds: { label: 'Reference IDs', type: t.pluck('referenceId'), from: 'links', sample: ['550e8400-e29b-41d4-a716-446655440000'] },
  },
  { name: 'the sent document', what: 'the document send' },
);

export const DOCUMENT_STATUSES = { draft: 'Draft', sent: 'Sent', viewed: 'Viewed', completed: 'Completed (signed)', accepted: 'Accepted' } as const;

export const documentField = (): FieldSpec<string> =>
  f.id({ label: 'Document', required: true, dynamic: 'documentDropdown.id.name', helpText: 'The document or contract to send. Pick one, or map a Document ID from an earlier step.' });

export const documentTemplateField = (): FieldSpec<string> =>
  f.id({ label: 'Template', required: true, dynamic: 'documentTemplateDropdown.id.name', helpText: 'The document template (proposal, estimate or contract) to make the document from. Pick one, or map a Template ID.' });
