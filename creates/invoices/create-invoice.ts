import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { invoiceAnswer, invoiceShape } from '../../src/records/invoice';
import { billedContact, billedContactInput, sendToEmailInput, checkDates, currencyField, currencyOf, invoiceBody, invoiceBodyInputs, itemsBody, lineItemsField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';

/**
 * Create Invoice: POST /invoices/ (invoices.json `CreateInvoiceDto`) as a draft, after reading
 * the billed contact (GET /contacts/{contactId}) for the contact details and recipient the spec
 * requires. Send it with Send Invoice, or use Create and Send Invoice for one step.
 */
export default defineAction({
  key: 'createInvoice',
  noun: 'Invoice',
  label: 'Create Invoice',
  description: 'Creates a draft invoice for a contact with line items from your Zap (e.g. an order\'s items); send it with Send Invoice.',
  endpoint: endpoint('POST', '/invoices/', '2021-07-28', ['invoices.write']),
  inputs: {
    ...billedContactInput,
    name: f.text({ label: 'Invoice Name', required: true, helpText: 'The invoice\'s name in HighLevel\'s list, e.g. "Spring whitening package".' }),
    currency: currencyField(),
    lineItems: lineItemsField('What is billed: one row per item (name, quantity, unit price). Map line items from an earlier step, or add rows.'),
    ...sendToEmailInput,
    ...invoiceBodyInputs,
  },
  request: async ({ contactId, sendToEmail, name, currency, lineItems, ...rest }, ctx) => {
    const code = currencyOf(currency);
    checkDates(rest);
    const billed = await billedContact(ctx, { contactId, sendToEmail });
    return { body: { ...altLocation(ctx.bundle), name, currency: code, items: itemsBody(lineItems, code), ...invoiceBody(rest), ...billed } };
  },
  output: invoiceAnswer,
  ...invoiceShape,
});
