import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { listSchedulesEndpoint, recurringInvoiceOutputs } from '../../src/records/recurring-invoice';
import { field } from '../../src/records/step-input';
import { altLocation } from '../../src/records/window';

/** Statuses a recurring invoice goes through (the spec's `status` filter is free text; these are HighLevel's, not verified live). */
export const SCHEDULE_STATUSES = { draft: 'Draft', scheduled: 'Scheduled', active: 'Active', completed: 'Completed', cancelled: 'Cancelled' } as const;

/**
 * Find Recurring Invoice: GET /invoices/schedule with `search` (HighLevel matches the id, name
 * and the contact's email and phone) and `status`; the first 10 matches in HighLevel's order
 * (the list has no sort). At least one criterion is needed.
 */
export default defineSearch({
  key: 'findRecurringInvoice',
  noun: 'Recurring Invoice',
  label: 'Find Recurring Invoice',
  description: 'Finds recurring invoices by name or the contact\'s email or phone (and optionally status); use it to get a Recurring Invoice ID for a later step.',
  endpoint: listSchedulesEndpoint,
  inputs: {
    search: f.text({ label: 'Search', helpText: 'Text to look for in the recurring invoice\'s name or ID, or the contact\'s name, email or phone, e.g. rosa@example.com.' }),
    status: f.choice({ label: 'Status', choices: SCHEDULE_STATUSES, helpText: 'Only recurring invoices with this status. Any status when blank.' }),
  },
  request: ({ search, status }, { bundle }) => {
    if (!search && !status) throw invalidInput(field('search', 'Search'), 'is required unless Status is given');
    return { query: { ...altLocation(bundle), search, status, limit: 10, offset: 0 } };
  },
  ...recurringInvoiceOutputs,
});
