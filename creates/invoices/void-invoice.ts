import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { invoiceAnswer, invoiceShape } from '../../src/records/invoice';
import { invoiceIdField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';

/** Void Invoice: POST /invoices/{invoiceId}/void with `altId`/`altType` (VoidInvoiceDto); answers the invoice. */
export default defineAction({
  key: 'voidInvoice',
  noun: 'Invoice',
  label: 'Void Invoice',
  description: 'Voids an unpaid invoice so it can no longer be paid; the invoice stays in the list with status void. This cannot be undone.',
  endpoint: endpoint('POST', '/invoices/{invoiceId}/void', '2021-07-28', ['invoices.write']),
  inputs: { invoiceId: invoiceIdField('The invoice to void. Pick one, or map an Invoice ID from an earlier step.') },
  request: (_input, { bundle }) => ({ body: altLocation(bundle) }),
  output: invoiceAnswer,
  ...invoiceShape,
});
