import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { documentList, listDocumentsEndpoint } from '../../src/records/document';

/** The location's documents and contracts, 100 a page, with their status (the send takes `documentId`, which NamedItem lists do not carry). */
export default defineListTrigger({
  key: 'documentDropdown',
  noun: 'Document',
  label: 'Documents (Dropdown)',
  description: 'Triggers when the Document dropdown loads: lists the location\'s documents and contracts.',
  hidden: true,
  canPaginate: true,
  endpoint: listDocumentsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: 100, skip: (Number(bundle.meta?.page) || 0) * 100 } }),
  records: documentList,
  output: each((d) => ({ id: d.documentId ?? d.id, name: d.status ? `${d.name ?? d.id} (${d.status})` : (d.name ?? d.id) })),
  sample: { id: '67ac9a51106ee8311e911a2b', name: 'Smile Makeover Proposal (draft)' },
  outputFields: [
    { key: 'id', label: 'Document ID' },
    { key: 'name', label: 'Document' },
  ],
});
