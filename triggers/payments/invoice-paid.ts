import { changeId, defineListTrigger } from '../../src/operation';
import { invoiceOutputs, newestInvoicesRequest } from '../../src/records/invoice';
import { listInvoicesEndpoint } from './new-invoice';

/**
 * Invoice Paid: GET /invoices/ with status=paid, newest first by issue date (the only sort the
 * spec offers), one request per poll. HighLevel gives no paid time on an invoice, so the dedupe
 * id is the invoice id plus the marker "paid": an invoice fires once, when the poll first sees it
 * paid (not again when a paid invoice is edited, which would change `updatedAt`). Partially paid
 * invoices have their own status and do not fire. Limit: a paid invoice whose issue date is older
 * than those of the 100 most recently issued paid invoices is not seen.
 */
export default defineListTrigger({
  key: 'invoicePaid',
  noun: 'Invoice',
  label: 'Invoice Paid',
  description:
    'Triggers when an invoice in your location is paid in full (once per invoice), with the amounts, currency and the billed contact\'s mailing address.',
  endpoint: listInvoicesEndpoint,
  inputs: {},
  request: newestInvoicesRequest('paid'),
  ...invoiceOutputs,
  output: async (invoices, ctx) => (await invoiceOutputs.output(invoices, ctx)).map((flat) => ({ ...flat, invoiceId: flat.id, id: changeId(String(flat.id), 'paid') })),
  sample: {
    ...invoiceOutputs.sample,
    id: changeId(String(invoiceOutputs.sample.id), 'paid'),
    invoiceId: invoiceOutputs.sample.id,
    status: 'paid',
    amountPaid: 99,
    amountDue: 0,
  },
  outputFields: [
    { key: 'id', label: 'Paid Event ID (invoice ID and "paid")' },
    { key: 'invoiceId', label: 'Invoice ID' },
    ...invoiceOutputs.outputFields.filter((o) => o.key !== 'id'),
  ],
});
