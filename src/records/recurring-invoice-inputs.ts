import { invalidInput } from '../errors';
import { f } from '../fields';
import { invoiceBody, invoiceBodyInputs } from './invoice-inputs';
import { field, wholeNumber } from './step-input';

/**
 * The repeat rule of a recurring invoice (invoices.json `CustomRRuleOptionsDto`) as Zap inputs,
 * and the template fields the create and update share. `endType` follows the spec's examples:
 * `after` with `count`, `by` with `endDate`, else `never`. Day of month takes 1-28 or -1 (the
 * last day), as the spec documents.
 */
export const INTERVAL_TYPES = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', yearly: 'Yearly' } as const;
const WEEKDAYS = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' } as const;

const ruleInputs = (required: boolean) => ({
  intervalType: required
    ? f.choice({ label: 'Repeats', required: true, choices: INTERVAL_TYPES, helpText: 'How often an invoice is issued: daily, weekly, monthly or yearly (see Repeat Every).' })
    : f.choice({ label: 'Repeats', choices: INTERVAL_TYPES, helpText: 'A new period: daily, weekly, monthly or yearly. Unchanged when blank.' }),
  startDate: required
    ? f.date({ label: 'Start Date', required: true, helpText: 'The date of the first invoice, e.g. 2025-04-01.' })
    : f.date({ label: 'Start Date', helpText: 'A new date for the first invoice, e.g. 2025-04-01. Unchanged when blank.' }),
});

/** The optional parts of the rule (same for create and update). */
const ruleDetails = {
  interval: f.number({ label: 'Repeat Every', helpText: 'Every how many periods, e.g. 2 with Monthly for every second month. 1 when blank.' }),
  dayOfMonth: f.number({ label: 'Day of Month', helpText: 'For monthly and yearly invoices: the day they are issued, 1 to 28, or -1 for the last day of the month. The start date\'s day when blank.' }),
  dayOfWeek: f.choice({ label: 'Day of Week', choices: WEEKDAYS, helpText: 'For weekly invoices: the weekday they are issued. The start date\'s weekday when blank.' }),
  count: f.number({ label: 'Number of Invoices', helpText: 'Stop after this many invoices, e.g. 12. Leave blank (and End Date blank) to repeat until cancelled.' }),
  endDate: f.date({ label: 'End Date', helpText: 'Issue no invoice after this date, e.g. 2026-03-31. Use either this or Number of Invoices.' }),
};

export const createRuleInputs = ruleInputs(true);
export const updateRuleInputs = ruleInputs(false);
export { ruleDetails };

export interface RuleInput {
  intervalType?: keyof typeof INTERVAL_TYPES;
  startDate?: string;
  interval?: number;
  dayOfMonth?: number;
  dayOfWeek?: keyof typeof WEEKDAYS;
  count?: number;
  endDate?: string;
}

/** The given parts of the rule, checked (naming the field) before any request. */
export function ruleParts(i: RuleInput): Record<string, string | number> {
  if (i.count !== undefined && i.endDate) throw invalidInput(field('endDate', 'End Date'), 'cannot be combined with Number of Invoices: use one of them');
  if (i.endDate && i.startDate && i.endDate < i.startDate) throw invalidInput(field('endDate', 'End Date'), `must not be before the Start Date (${i.startDate}), got "${i.endDate}"`);
  if (i.dayOfMonth !== undefined && !(Number.isInteger(i.dayOfMonth) && ((i.dayOfMonth >= 1 && i.dayOfMonth <= 28) || i.dayOfMonth === -1))) {
    throw invalidInput(field('dayOfMonth', 'Day of Month'), `must be a day from 1 to 28, or -1 for the last day, got ${i.dayOfMonth}`);
  }
  const interval = wholeNumber(i.interval, field('interval', 'Repeat Every'), 1);
  const count = wholeNumber(i.count, field('count', 'Number of Invoices'), 1);
  return Object.fromEntries(
    Object.entries({
      intervalType: i.intervalType,
      interval,
      startDate: i.startDate,
      dayOfMonth: i.dayOfMonth,
      dayOfWeek: i.dayOfWeek,
      ...(count !== undefined ? { endType: 'after', count } : i.endDate ? { endType: 'by', endDate: i.endDate } : {}),
    }).filter((e): e is [string, string | number] => e[1] !== undefined),
  );
}

/** The template inputs shared with the invoice writes (no issue/due date or number: each issued invoice gets its own). */
const { title, termsNotes, discountType, discountValue, businessName, liveMode } = invoiceBodyInputs;
export const templateInputs = { title, termsNotes, discountType, discountValue, businessName, liveMode };

/** The template part of the body (title, notes, discount, business, live mode), as the invoice writes send it. */
export function templateBody(input: { title?: string; termsNotes?: string; discountType?: 'percentage' | 'fixed'; discountValue?: number; businessName?: string; liveMode?: boolean }) {
  const { issueDate: _issue, dueDate: _due, invoiceNumber: _number, ...rest } = invoiceBody(input);
  return rest;
}
