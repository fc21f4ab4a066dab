import type { Case } from '../support/table';

/** Documents & contracts (proposals.json): documents, templates and the two sends. */
const V = '2021-07-28' as const;
const LOC = 'LOC123';

const doc = (id: string, name: string, status: string, updatedAt: string) => ({
  _id: id, documentId: `d-${id}`, locationId: LOC, name, type: 'proposal', deleted: false, isExpired: false, documentRevision: 1, fillableFields: [], locale: 'en-US',
  grandTotal: { amount: 3200, currency: 'USD', discountPercentage: 0, discounts: [] },
  status: [status], paymentStatus: ['no_payment'],
  recipients: [
    { id: 'u1', email: 'front.desk@example.com', firstName: 'Front', lastName: 'Desk', role: 'user', hasCompleted: true, isPrimary: false, signingOrder: 2 },
    { id: 'c1', email: 'rosa@example.com', firstName: 'Rosa', lastName: 'Delgado', role: 'signer', hasCompleted: status === 'completed', isPrimary: true, signingOrder: 1 },
  ],
  links: [], createdAt: '2025-03-12T16:20:00.000Z', updatedAt,
});
const flat = (id: string, name: string, status: string, updatedAt: string) => ({
  id, documentId: `d-${id}`, name, type: 'proposal', status, paymentStatus: 'no_payment', amount: 3200, currency: 'USD',
  recipientId: 'c1', recipientName: 'Rosa Delgado', recipientEmail: 'rosa@example.com', recipientCompleted: status === 'completed',
  documentRevision: 1, isExpired: false, createdAt: '2025-03-12T16:20:00.000Z', updatedAt, locationId: LOC,
});
const OLD = doc('a1', 'Crown Proposal', 'completed', '2025-03-13T10:00:00.000Z');
const NEW = doc('a2', 'Smile Makeover Proposal', 'completed', '2025-03-14T18:00:00.000Z');
const LINK = { referenceId: 'ref-1', documentId: 'd-a2', recipientId: 'c1', entityName: 'contacts', recipientCategory: 'recipient', documentRevision: 1, createdBy: 'u1', deleted: false };
const SENT = { success: true, documentId: 'd-a2', recipientIds: ['c1'], referenceIds: ['ref-1'] };

export const proposalCases: Case[] = [
  {
    name: 'new document of a status: every page of the set, newest first by update',
    op: 'triggers.newDocument',
    input: { status: 'completed' },
    calls: [{ method: 'GET', path: '/proposals/document', version: V, query: { locationId: LOC, status: 'completed', limit: '100', skip: '0' }, reply: { body: { documents: [OLD, NEW], total: 2 } } }],
    output: [flat('a2', 'Smile Makeover Proposal', 'completed', '2025-03-14T18:00:00.000Z'), flat('a1', 'Crown Proposal', 'completed', '2025-03-13T10:00:00.000Z')],
  },
  {
    name: 'new document: a full page reads the next one (skip), and several statuses are comma-separated text',
    op: 'triggers.newDocument',
    calls: [
      { method: 'GET', path: '/proposals/document', version: V, query: { locationId: LOC, limit: '100', skip: '0' }, reply: { body: { documents: Array.from({ length: 100 }, (_, i) => ({ ...OLD, _id: `p${i}`, status: ['sent', 'viewed'] })), total: 101 } } },
      { method: 'GET', path: '/proposals/document', version: V, query: { locationId: LOC, limit: '100', skip: '100' }, reply: { body: { documents: [NEW], total: 101 } } },
    ],
    output: [
      flat('a2', 'Smile Makeover Proposal', 'completed', '2025-03-14T18:00:00.000Z'),
      ...Array.from({ length: 100 }, (_, i) => ({ ...flat('a1', 'Crown Proposal', 'completed', '2025-03-13T10:00:00.000Z'), id: `p${i}`, status: 'sent, viewed', recipientCompleted: true })),
    ],
  },
  { name: 'new document: an unknown status is refused', op: 'triggers.newDocument', input: { status: 'signed' }, calls: [], error: /"Status" \(status\) must be one of draft, sent, viewed, completed, accepted, got "signed"/ },
  {
    name: 'document dropdown, page 2: the send\'s document ID, with the status',
    op: 'triggers.documentDropdown',
    meta: { page: 1 },
    calls: [{ method: 'GET', path: '/proposals/document', version: V, query: { locationId: LOC, limit: '100', skip: '100' }, reply: { body: { documents: [doc('a3', 'Whitening Consent', 'draft', '2025-03-14T18:00:00.000Z')], total: 101 } } }],
    output: [{ id: 'd-a3', name: 'Whitening Consent (draft)' }],
  },
  {
    name: 'document template dropdown: estimates are marked',
    op: 'triggers.documentTemplateDropdown',
    calls: [{ method: 'GET', path: '/proposals/templates', version: V, query: { locationId: LOC, limit: '100', skip: '0' }, reply: { body: { data: [{ _id: 't1', id: 't1', name: 'Smile Makeover Proposal', type: 'proposal' }, { _id: 't2', id: 't2', name: 'Implant Estimate', type: 'estimate' }], total: 2, traceId: 'x' } } }],
    output: [{ id: 't1', name: 'Smile Makeover Proposal' }, { id: 't2', name: 'Implant Estimate (estimate)' }],
  },
  {
    name: 'send document by email',
    op: 'creates.sendDocument',
    input: { documentId: 'd-a2', sentBy: 'u1', medium: 'email' },
    calls: [{ method: 'POST', path: '/proposals/document/send', version: V, body: { locationId: LOC, documentId: 'd-a2', sentBy: 'u1', medium: 'email' }, reply: { body: { success: true, links: [LINK] } } }],
    output: SENT,
  },
  { name: 'send document: the sender is required', op: 'creates.sendDocument', input: { documentId: 'd-a2' }, calls: [], error: /"Sent By" \(sentBy\) is required/ },
  { name: 'send document: the document is required', op: 'creates.sendDocument', input: { sentBy: 'u1' }, calls: [], error: /"Document" \(documentId\) is required/ },
  { name: 'send document: an unknown medium is refused', op: 'creates.sendDocument', input: { documentId: 'd-a2', sentBy: 'u1', medium: 'sms' }, calls: [], error: /"Send By" \(medium\) must be one of email, link, got "sms"/ },
  {
    name: 'send document from template: sent by default, with the opportunity',
    op: 'creates.sendDocumentFromTemplate',
    input: { templateId: 't1', contactId: 'c1', userId: 'u1', opportunityId: 'o1' },
    calls: [{ method: 'POST', path: '/proposals/templates/send', version: V, body: { templateId: 't1', userId: 'u1', sendDocument: true, locationId: LOC, contactId: 'c1', opportunityId: 'o1' }, reply: { body: { success: true, links: [LINK] } } }],
    output: SENT,
  },
  {
    name: 'send document from template as a draft: an answer without links',
    op: 'creates.sendDocumentFromTemplate',
    input: { templateId: 't1', contactId: 'c1', userId: 'u1', sendDocument: 'no' },
    calls: [{ method: 'POST', path: '/proposals/templates/send', version: V, body: { templateId: 't1', userId: 'u1', sendDocument: false, locationId: LOC, contactId: 'c1' }, reply: { body: { success: true, links: [] } } }],
    output: { success: true, documentId: null, recipientIds: [], referenceIds: [] },
  },
  { name: 'send document from template: the contact is required', op: 'creates.sendDocumentFromTemplate', input: { templateId: 't1', userId: 'u1' }, calls: [], error: /"Contact" \(contactId\) is required/ },
  { name: 'send document from template: Send must be yes or no', op: 'creates.sendDocumentFromTemplate', input: { templateId: 't1', contactId: 'c1', userId: 'u1', sendDocument: 'later' }, calls: [], error: /"Send" \(sendDocument\)/ },
];

