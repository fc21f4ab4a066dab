import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { estimateAnswer, estimateShape } from '../../src/records/estimate';
import { billedContact, billedContactInput, sendToEmailInput, currencyField, currencyOf, invoiceBody, invoiceBodyInputs, itemsBody, lineItemsField } from '../../src/records/invoice-inputs';
import { invalidInput } from '../../src/errors';
import { altLocation } from '../../src/records/window';

/**
 * Create Estimate: POST /invoices/estimate (invoices.json `CreateEstimatesDto`) as a draft, after
 * reading the contact (GET /contacts/{contactId}), as Create Invoice does. The spec requires
 * `frequencySettings`: a one-off estimate sends `{ enabled: false, schedule: {} }`. Send it with
 * Send Estimate.
 */
const { dueDate: _due, invoiceNumber: _number, ...shared } = invoiceBodyInputs;

export default defineAction({
  key: 'createEstimate',
  noun: 'Estimate',
  label: 'Create Estimate',
  description: 'Creates a draft estimate (quote) for a contact with line items from your Zap; send it with Send Estimate and turn it into an invoice once accepted.',
  endpoint: endpoint('POST', '/invoices/estimate', '2021-07-28', ['invoices/estimate.write']),
  inputs: {
    ...billedContactInput,
    name: f.text({ label: 'Estimate Name', required: true, helpText: 'The estimate\'s name in HighLevel\'s list, e.g. "Whitening estimate".' }),
    currency: currencyField(),
    lineItems: lineItemsField('What is quoted: one row per item (name, quantity, unit price). Map line items from an earlier step, or add rows.'),
    ...sendToEmailInput,
    expiryDate: f.date({ label: 'Expiry Date', helpText: 'Until when the estimate can be accepted, e.g. 2025-04-13. Blank: it does not expire.' }),
    ...shared,
  },
  request: async ({ contactId, sendToEmail, name, currency, lineItems, expiryDate, ...rest }, ctx) => {
    const code = currencyOf(currency);
    const issueDate = invoiceBody(rest).issueDate;
    if (expiryDate && expiryDate < issueDate) throw invalidInput({ key: 'expiryDate', label: 'Expiry Date' }, `must not be before the Issue Date (${issueDate}), got "${expiryDate}"`);
    const billed = await billedContact(ctx, { contactId, sendToEmail });
    return {
      body: {
        ...altLocation(ctx.bundle), name, currency: code, items: itemsBody(lineItems, code), ...invoiceBody(rest), ...(expiryDate ? { expiryDate } : {}),
        ...billed, frequencySettings: { enabled: false, schedule: {} },
      },
    };
  },
  output: estimateAnswer,
  ...estimateShape,
});
