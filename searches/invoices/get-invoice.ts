import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { invoiceOutputs, invoiceRecord } from '../../src/records/invoice';
import { invoiceIdField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';

export const getInvoiceEndpoint = endpoint('GET', '/invoices/{invoiceId}', '2021-07-28', ['invoices.readonly']);

/** Get Invoice: GET /invoices/{invoiceId}?altId=<location>&altType=location; a 404 is "no result". */
export default defineSearch({
  key: 'getInvoice',
  noun: 'Invoice',
  label: 'Get Invoice',
  description: 'Finds one invoice by its ID, with its amounts, status, line items and the billed contact\'s mailing address.',
  endpoint: getInvoiceEndpoint,
  inputs: { invoiceId: invoiceIdField() },
  request: (_input, { bundle }) => ({ query: altLocation(bundle) }),
  ...invoiceOutputs,
  records: (body) => [invoiceRecord(body)],
});
