import type { Ctx } from '../client';
import { invalidInput } from '../errors';
import { f, type InputOf } from '../fields';
import { billedContact, billedContactInput, currencyField, currencyOf, invoiceBody, invoiceBodyInputs, itemsBody, lineItemsField, sendToEmailInput } from './invoice-inputs';
import { altLocation } from './window';

/**
 * What Create Estimate and Update Estimate share: the estimate's inputs (the invoice body's,
 * without due date and invoice number, plus an expiry date) and the body both send
 * (invoices.json `CreateEstimatesDto` / `UpdateEstimateDto`, which require the same fields:
 * name, business details, currency, items, discount, contact details, frequency settings).
 * The billed contact is read first (GET /contacts/{contactId}), as for invoices. A one-off
 * estimate sends `frequencySettings: { enabled: false, schedule: {} }`.
 */
const { dueDate: _due, invoiceNumber: _number, ...shared } = invoiceBodyInputs;

export const estimateInputs = {
  ...billedContactInput,
  name: f.text({ label: 'Estimate Name', required: true, helpText: 'The estimate\'s name in HighLevel\'s list, e.g. "Whitening estimate".' }),
  currency: currencyField(),
  lineItems: lineItemsField('What is quoted: one row per item (name, quantity, unit price). Map line items from an earlier step, or add rows.'),
  ...sendToEmailInput,
  expiryDate: f.date({ label: 'Expiry Date', helpText: 'Until when the estimate can be accepted, e.g. 2025-04-13. Blank: it does not expire.' }),
  ...shared,
};

export type EstimateInput = InputOf<typeof estimateInputs>;

/** The estimate body; bad dates are refused before any request, then the contact is read. */
export async function estimateBody({ contactId, sendToEmail, name, currency, lineItems, expiryDate, ...rest }: EstimateInput, ctx: Ctx) {
  const code = currencyOf(currency);
  const issueDate = invoiceBody(rest).issueDate;
  if (expiryDate && expiryDate < issueDate) throw invalidInput({ key: 'expiryDate', label: 'Expiry Date' }, `must not be before the Issue Date (${issueDate}), got "${expiryDate}"`);
  const billed = await billedContact(ctx, { contactId, sendToEmail });
  return {
    ...altLocation(ctx.bundle), name, currency: code, items: itemsBody(lineItems, code), ...invoiceBody(rest), ...(expiryDate ? { expiryDate } : {}),
    ...billed, frequencySettings: { enabled: false, schedule: {} },
  };
}
