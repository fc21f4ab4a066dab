import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { contactDetails, billedContactInput, currencyField, currencyOf, itemsBody, lineItemsField, readContact } from '../../src/records/invoice-inputs';
import { recurringInvoiceAnswer, recurringInvoiceShape } from '../../src/records/recurring-invoice';
import { createRuleInputs, ruleDetails, ruleParts, templateBody, templateInputs } from '../../src/records/recurring-invoice-inputs';
import { altLocation } from '../../src/records/window';

/**
 * Create Recurring Invoice: POST /invoices/schedule (invoices.json `CreateInvoiceScheduleDto`):
 * the template (contact, items, currency, discount, business) and the repeat rule
 * (`schedule.rrule`), as a draft. The contact is read first (GET /contacts/{contactId}) for the
 * name, email, phone and address the spec requires, as for invoices. Nothing is sent to the
 * contact until the schedule is started (Send Recurring Invoice).
 */
export default defineAction({
  key: 'createRecurringInvoice',
  noun: 'Recurring Invoice',
  label: 'Create Recurring Invoice',
  description: 'Creates a draft recurring invoice for a contact (line items and a repeat rule such as monthly on the 1st); send it with Send Recurring Invoice.',
  endpoint: endpoint('POST', '/invoices/schedule', '2021-07-28', ['invoices/schedule.write']),
  inputs: {
    ...billedContactInput,
    name: f.text({ label: 'Name', required: true, helpText: 'The recurring invoice\'s name in HighLevel\'s list (each invoice issued carries it), e.g. "Smile membership (monthly)".' }),
    currency: currencyField(),
    lineItems: lineItemsField('What each invoice bills: one row per item (name, quantity, unit price). Map line items from an earlier step, or add rows.'),
    ...createRuleInputs,
    ...ruleDetails,
    ...templateInputs,
  },
  request: async ({ contactId, name, currency, lineItems, intervalType, startDate, interval, dayOfMonth, dayOfWeek, count, endDate, ...template }, ctx) => {
    const code = currencyOf(currency);
    const rrule = ruleParts({ intervalType, startDate, interval: interval ?? 1, dayOfMonth, dayOfWeek, count, endDate });
    const contact = await readContact(ctx, contactId);
    return {
      body: {
        ...altLocation(ctx.bundle), name, currency: code, items: itemsBody(lineItems, code), contactDetails: contactDetails(contact),
        schedule: { rrule: { ...rrule, endType: rrule.endType ?? 'never' } }, ...templateBody(template),
      },
    };
  },
  output: recurringInvoiceAnswer,
  ...recurringInvoiceShape,
});
