import { callApi } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { isRecord, readAs, t } from '../../src/record-table';
import { contactDetails, currencyOf, itemsBody, keptItem, lineItemsField, readContact } from '../../src/records/invoice-inputs';
import { getScheduleEndpoint, recurringInvoiceAnswer, recurringInvoiceShape, scheduleIdField } from '../../src/records/recurring-invoice';
import { ruleDetails, ruleParts, updateRuleInputs } from '../../src/records/recurring-invoice-inputs';
import { field } from '../../src/records/step-input';
import { altLocation } from '../../src/records/window';

/**
 * Update Recurring Invoice: PUT /invoices/schedule/{scheduleId} (invoices.json
 * `UpdateInvoiceScheduleDto`, which requires the whole template: name, contact, schedule, live
 * mode, business, currency, items, discount). The recurring invoice is read first (GET
 * /invoices/schedule/{scheduleId}) and only the fields given here change; Line Items, when given,
 * replace all items; a changed repeat rule keeps the parts not given. Invoices already issued
 * keep their amounts. A new end (Number of Invoices or End Date) replaces the old one.
 */
export default defineAction({
  key: 'updateRecurringInvoice',
  noun: 'Recurring Invoice',
  label: 'Update Recurring Invoice',
  description: 'Updates a recurring invoice\'s items, contact, repeat rule or texts: only the fields you fill in change; invoices already issued stay as they are.',
  endpoint: endpoint('PUT', '/invoices/schedule/{scheduleId}', '2021-07-28', ['invoices/schedule.write']),
  inputs: {
    scheduleId: scheduleIdField('The recurring invoice to change. Pick one, or map a Recurring Invoice ID from an earlier step.'),
    name: f.text({ label: 'Name', helpText: 'A new name. Unchanged when blank.' }),
    contactId: f.id({ label: 'Contact', dynamic: 'contactDropdown.id.name', search: 'findContact.id', helpText: 'Bill another contact from now on (their name, email, phone and address are copied). Unchanged when blank.' }),
    currency: f.text({ label: 'Currency', helpText: 'A new three-letter currency code, e.g. `USD`. Unchanged when blank.' }),
    lineItems: lineItemsField('New items replacing all current ones (name, quantity, unit price per row). Unchanged when left empty.', false),
    ...updateRuleInputs,
    ...ruleDetails,
    title: f.text({ label: 'Title', helpText: 'A new heading printed on each invoice. Unchanged when blank.' }),
    termsNotes: f.longText({ label: 'Terms & Notes', helpText: 'New payment terms or note (HTML allowed). Unchanged when blank.' }),
    discountType: f.choice({ label: 'Discount Type', choices: { percentage: 'Percentage of the subtotal', fixed: 'Fixed amount' }, helpText: 'How Discount Value is read. The current type when blank.' }),
    discountValue: f.number({ label: 'Discount Value', helpText: 'A new discount, e.g. 10 (percent or amount, see Discount Type); 0 removes it. Unchanged when blank.' }),
    liveMode: f.boolean({ label: 'Live Mode', helpText: 'Yes: real invoices; No: test mode. Unchanged when blank.' }),
  },
  request: async (input, ctx) => {
    const code = input.currency === undefined ? undefined : currencyOf(input.currency);
    if (input.discountType && input.discountValue === undefined) throw invalidInput(field('discountValue', 'Discount Value'), 'is required when Discount Type is set');
    const given = ruleParts(input);
    const cur = await callApi(ctx, getScheduleEndpoint, { path: { scheduleId: input.scheduleId }, query: altLocation(ctx.bundle) });
    const now = isRecord(cur) ? cur : {};
    const oldRule = isRecord(now.schedule) && isRecord(now.schedule.rrule) ? now.schedule.rrule : {};
    const { count: _c, endDate: _e, endType: _t, ...keptRule } = oldRule;
    const rrule = given.endType ? { ...keptRule, ...given } : { ...oldRule, ...given };
    const startDate = readAs(t.text, rrule.startDate);
    if (input.endDate === undefined && typeof rrule.endDate === 'string' && startDate && rrule.endDate < startDate) {
      throw invalidInput(field('startDate', 'Start Date'), `must not be after the recurring invoice's End Date (${rrule.endDate}), got "${startDate}"`);
    }
    const currency = code ?? readAs(t.text, now.currency) ?? 'USD';
    const items = input.lineItems
      ? itemsBody(input.lineItems, currency)
      : (Array.isArray(now.items) ? now.items : []).filter(isRecord).map((i) => ({ ...keptItem(i), currency: code ?? i.currency ?? currency, qty: typeof i.qty === 'number' ? i.qty : 1 }));
    const oldDiscount = isRecord(now.discount) ? now.discount : {};
    const discount = input.discountValue !== undefined
      ? { type: input.discountType ?? (oldDiscount.type === 'fixed' ? 'fixed' : 'percentage'), value: input.discountValue }
      : { type: oldDiscount.type === 'fixed' ? 'fixed' : 'percentage', value: typeof oldDiscount.value === 'number' ? oldDiscount.value : 0 };
    const keep = (key: string) => (now[key] !== undefined && now[key] !== null ? { [key]: now[key] } : {});
    return {
      body: {
        ...altLocation(ctx.bundle),
        name: input.name ?? readAs(t.text, now.name) ?? '',
        contactDetails: input.contactId ? contactDetails(await readContact(ctx, input.contactId)) : isRecord(now.contactDetails) ? now.contactDetails : {},
        schedule: { ...(isRecord(now.schedule) ? now.schedule : {}), rrule },
        liveMode: input.liveMode ?? readAs(t.boolean, now.liveMode) ?? true,
        businessDetails: isRecord(now.businessDetails) ? now.businessDetails : {},
        currency,
        items,
        discount,
        ...(input.title ? { title: input.title } : keep('title')),
        ...(input.termsNotes ? { termsNotes: input.termsNotes } : keep('termsNotes')),
      },
    };
  },
  output: recurringInvoiceAnswer,
  ...recurringInvoiceShape,
});
