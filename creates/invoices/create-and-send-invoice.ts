import { userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { invoiceEnvelopeAnswer, invoiceShape } from '../../src/records/invoice';
import { billedContact, billedContactInput, sendToEmailInput, checkDates, currencyField, currencyOf, invoiceBody, invoiceBodyInputs, itemsBody, lineItemsField } from '../../src/records/invoice-inputs';
import { isRecord, readAs, t } from '../../src/record-table';
import { altLocation } from '../../src/records/window';

/**
 * Create and Send Invoice: POST /invoices/text2pay (invoices.json `Text2PayDto`), HighLevel's
 * "Text2Pay": creates the invoice and sends its payment link to the contact in one request
 * (`action: 'send'`), or keeps it as a draft (`action: 'draft'`). The answer's `invoiceUrl` (the
 * payment page) is output as Payment Link. The contact is read first, as in Create Invoice.
 */
export default defineAction({
  key: 'createAndSendInvoice',
  noun: 'Invoice',
  label: 'Create And Send Invoice',
  description: 'Creates an invoice for a contact and sends them its payment link by text and email in one step (Text2Pay); outputs the payment link.',
  endpoint: endpoint('POST', '/invoices/text2pay', '2021-07-28', ['invoices.write']),
  inputs: {
    ...billedContactInput,
    userId: userField('Sent By', 'The user the invoice is sent as (HighLevel requires an authorized user of the location).', true),
    name: f.text({ label: 'Invoice Name', required: true, helpText: 'The invoice\'s name in HighLevel\'s list, e.g. "Spring whitening package".' }),
    currency: currencyField(),
    lineItems: lineItemsField('What is billed: one row per item (name, quantity, unit price). Map line items from an earlier step, or add rows.'),
    action: f.choice({ label: 'Send Now', choices: { send: 'Send now', draft: 'Save as draft' }, default: 'send', helpText: 'Send the payment link now, or only create the invoice as a draft. Sends when blank.' }),
    ...sendToEmailInput,
    ...invoiceBodyInputs,
  },
  request: async ({ contactId, sendToEmail, userId, name, currency, lineItems, action, ...rest }, ctx) => {
    const code = currencyOf(currency);
    checkDates(rest);
    const billed = await billedContact(ctx, { contactId, sendToEmail });
    return { body: { ...altLocation(ctx.bundle), name, currency: code, items: itemsBody(lineItems, code), ...invoiceBody(rest), ...billed, action: action ?? 'send', userId } };
  },
  output: async (body, ctx) => ({ ...(await invoiceEnvelopeAnswer(body, ctx)), invoiceUrl: readAs(t.text, isRecord(body) ? body.invoiceUrl : undefined) }),
  sample: { ...invoiceShape.sample, invoiceUrl: 'https://link.example.com/invoice/6578278e879ad2646715ba9c' },
  outputFields: [...invoiceShape.outputFields, { key: 'invoiceUrl', label: 'Payment Link' }],
});
