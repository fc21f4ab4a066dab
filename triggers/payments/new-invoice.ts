import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { invoiceOutputs, newestInvoicesRequest } from '../../src/records/invoice';

export const listInvoicesEndpoint = endpoint('GET', '/invoices/', '2021-07-28', ['invoices.readonly']);

/**
 * New Invoice: GET /invoices/?altId=<location>&altType=location, newest first by issue date
 * (sortField=issueDate&sortOrder=descend, the only sort the spec offers), one request per poll.
 * Zapier dedupes on the invoice id, so each invoice fires once, drafts included. An invoice
 * created with an issue date older than the newest 100 invoices' is not seen (HighLevel cannot
 * sort by creation time).
 */
export default defineListTrigger({
  key: 'newInvoice',
  noun: 'Invoice',
  label: 'New Invoice',
  description:
    'Triggers when an invoice is created in your location (drafts included), with its amounts, status and the billed contact\'s mailing address.',
  endpoint: listInvoicesEndpoint,
  inputs: {},
  request: newestInvoicesRequest(),
  ...invoiceOutputs,
});
