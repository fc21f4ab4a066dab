import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { DOCUMENT_STATUSES, documentList, documentOutputs, listDocumentsEndpoint } from '../../src/records/document';
import { offsetPaging } from '../../src/records/paging';

/**
 * New Document: GET /proposals/document (skip/limit), optionally of one status. The spec gives
 * the list no sort order and its date filter no field, so a poll reads every page of the set
 * (100 a page, up to the shared bounds) and sorts it newest first by update time; an idle poll
 * is one request while the location has at most 100 documents of the chosen status. With a
 * status chosen, a document fires when it is first seen with it (e.g. once it is signed).
 */
export default defineListTrigger({
  key: 'newDocument',
  noun: 'Document',
  label: 'New Document',
  description: 'Triggers when a document or contract is created, or, with a status chosen, when one reaches that status (e.g. Completed, once every signer has signed).',
  endpoint: listDocumentsEndpoint,
  inputs: {
    status: f.choice({ label: 'Status', choices: DOCUMENT_STATUSES, helpText: 'Only documents with this status: the trigger fires when a document reaches it. Every new document when empty.' }),
  },
  request: ({ status }, { bundle }) => ({ query: { locationId: locationId(bundle), status, limit: pollLimit(bundle), skip: 0 } }),
  records: documentList,
  paging: offsetPaging('skip'),
  newestFirstBy: { time: (d) => d.updatedAt ?? d.createdAt, id: (d) => d.id },
  ...documentOutputs,
});
