import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { invoiceAnswer, invoiceShape } from '../../src/records/invoice';
import { invoiceIdField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';

/** Delete Invoice: DELETE /invoices/{invoiceId}?altId=<location>&altType=location; answers the deleted invoice. */
export default defineAction({
  key: 'deleteInvoice',
  noun: 'Invoice',
  label: 'Delete Invoice',
  description: 'Deletes an invoice permanently (to keep a record of it, use Void Invoice instead). This cannot be undone.',
  endpoint: endpoint('DELETE', '/invoices/{invoiceId}', '2021-07-28', ['invoices.write']),
  inputs: { invoiceId: invoiceIdField('The invoice to delete. Pick one, or map an Invoice ID from an earlier step.') },
  request: (_input, { bundle }) => ({ query: altLocation(bundle) }),
  output: invoiceAnswer,
  ...invoiceShape,
});
