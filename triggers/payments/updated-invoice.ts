import { changeId, defineListTrigger, fingerprint } from '../../src/operation';
import { invoiceOutputs, newestInvoicesRequest } from '../../src/records/invoice';
import { listInvoicesEndpoint } from './new-invoice';

/**
 * Updated Invoice: GET /invoices/ newest first by issue date (the only sort the spec offers), one
 * request per poll, ordered by `updatedAt` (newest change first). The dedupe id is the invoice id
 * plus its `updatedAt` (a content fingerprint when HighLevel gives none), so each change fires
 * once; a new invoice fires too (its first version). Limit: only the 100 most recently issued
 * invoices are watched (HighLevel cannot sort by update time).
 */
export default defineListTrigger({
  key: 'updatedInvoice',
  noun: 'Invoice',
  label: 'Updated Invoice',
  description:
    'Triggers when an invoice in your location is created or changes (edited, sent, paid, partially paid or voided), with its current amounts and status.',
  endpoint: listInvoicesEndpoint,
  inputs: {},
  request: newestInvoicesRequest(),
  ...invoiceOutputs,
  newestFirstBy: { time: (i) => i.updatedAt, id: (i) => i.id },
  output: async (invoices, ctx) =>
    (await invoiceOutputs.output(invoices, ctx)).map((flat) => ({ ...flat, invoiceId: flat.id, id: changeId(String(flat.id), String(flat.updatedAt ?? fingerprint(flat))) })),
  sample: { ...invoiceOutputs.sample, id: changeId(String(invoiceOutputs.sample.id), String(invoiceOutputs.sample.updatedAt)), invoiceId: invoiceOutputs.sample.id },
  outputFields: [
    { key: 'id', label: 'Change ID (invoice ID and update time)' },
    { key: 'invoiceId', label: 'Invoice ID' },
    ...invoiceOutputs.outputFields.filter((o) => o.key !== 'id'),
  ],
});
