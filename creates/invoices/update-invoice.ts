import { callApi } from '../../src/client';
import { f } from '../../src/fields';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';
import { isRecord, readAs, t } from '../../src/record-table';
import { invoiceAnswer, invoiceShape } from '../../src/records/invoice';
import { currencyOf, invoiceBodyInputs, invoiceIdField, itemsBody, keptItem, lineItemsField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';
import { getInvoiceEndpoint } from '../../searches/invoices/get-invoice';

/**
 * Update Invoice: PUT /invoices/{invoiceId} (invoices.json `UpdateInvoiceDto`). The PUT replaces
 * the invoice and requires name, currency, items, issue and due date, so the invoice is read
 * first (GET /invoices/{invoiceId}) and only the fields given here change; Line Items, when
 * given, replace all items. Paid and void invoices are refused by HighLevel with its own message.
 */
export default defineAction({
  key: 'updateInvoice',
  noun: 'Invoice',
  label: 'Update Invoice',
  description: 'Updates a draft or sent invoice: only the fields you fill in change; line items, when given, replace all of its items.',
  endpoint: endpoint('PUT', '/invoices/{invoiceId}', '2021-07-28', ['invoices.write']),
  inputs: {
    invoiceId: invoiceIdField(),
    name: f.text({ label: 'Invoice Name', helpText: 'A new name for the invoice. Unchanged when blank.' }),
    currency: f.text({ label: 'Currency', helpText: 'A new three-letter currency code, e.g. `USD`. Unchanged when blank.' }),
    lineItems: lineItemsField('New items replacing all current ones (name, quantity, unit price per row). Unchanged when left empty.', false),
    issueDate: f.date({ label: 'Issue Date', helpText: 'A new invoice date, e.g. 2025-03-14. Unchanged when blank.' }),
    dueDate: f.date({ label: 'Due Date', helpText: 'A new due date, e.g. 2025-03-28. Unchanged when blank.' }),
    title: f.text({ label: 'Title', helpText: 'A new heading printed on the invoice. Unchanged when blank.' }),
    invoiceNumber: f.text({ label: 'Invoice Number', helpText: 'A new invoice number. Unchanged when blank.' }),
    termsNotes: f.longText({ label: 'Terms & Notes', helpText: 'New payment terms or note (HTML allowed). Unchanged when blank.' }),
    discountType: invoiceBodyInputs.discountType,
    discountValue: f.number({ label: 'Discount Value', helpText: 'A new discount, e.g. 10 (percent or amount, see Discount Type); 0 removes it. Unchanged when blank.' }),
    liveMode: f.boolean({ label: 'Live Mode', helpText: 'Yes: a real invoice; No: test mode. Unchanged when blank.' }),
  },
  request: async (input, ctx) => {
    const code = input.currency === undefined ? undefined : currencyOf(input.currency);
    if (input.discountType && input.discountValue === undefined) throw invalidInput({ key: 'discountValue', label: 'Discount Value' }, 'is required when Discount Type is set');
    const current = await callApi(ctx, getInvoiceEndpoint, { path: { invoiceId: input.invoiceId }, query: altLocation(ctx.bundle) });
    const cur = isRecord(current) ? current : {};
    const currency = code ?? readAs(t.text, cur.currency) ?? 'USD';
    const issueDate = input.issueDate ?? readAs(t.text, cur.issueDate) ?? undefined;
    const dueDate = input.dueDate ?? readAs(t.text, cur.dueDate) ?? issueDate;
    if (issueDate && dueDate && dueDate < issueDate) throw invalidInput({ key: 'dueDate', label: 'Due Date' }, `must not be before the Issue Date (${issueDate}), got "${dueDate}"`);
    const keep = (key: string) => (cur[key] !== undefined && cur[key] !== null ? { [key]: cur[key] } : {});
    const items = input.lineItems
      ? itemsBody(input.lineItems, currency)
      : (Array.isArray(cur.invoiceItems) ? cur.invoiceItems : []).filter(isRecord).map((i) => ({ ...keptItem(i), currency: code ?? i.currency ?? currency, qty: typeof i.qty === 'number' ? i.qty : 1 }));
    const discount = input.discountValue !== undefined
      ? { discount: { type: input.discountType ?? (isRecord(cur.discount) && cur.discount.type === 'fixed' ? 'fixed' : 'percentage'), value: input.discountValue } }
      : keep('discount');
    return {
      body: {
        ...altLocation(ctx.bundle),
        name: input.name ?? readAs(t.text, cur.name) ?? '',
        currency,
        invoiceItems: items,
        issueDate,
        dueDate,
        ...(input.title ? { title: input.title } : keep('title')),
        ...(input.invoiceNumber ? { invoiceNumber: input.invoiceNumber } : cur.invoiceNumber !== undefined && cur.invoiceNumber !== null ? { invoiceNumber: String(cur.invoiceNumber) } : {}),
        ...(input.termsNotes ? { termsNotes: input.termsNotes } : keep('termsNotes')),
        ...discount,
        ...(input.liveMode !== undefined ? { liveMode: input.liveMode } : keep('liveMode')),
      },
    };
  },
  output: invoiceAnswer,
  ...invoiceShape,
});
