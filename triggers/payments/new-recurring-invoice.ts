import { defineListTrigger } from '../../src/operation';
import { listSchedulesEndpoint, recurringInvoiceOutputs } from '../../src/records/recurring-invoice';
import { offsetNext, paymentsWindowRequest } from '../../src/records/window';

/**
 * New Recurring Invoice: GET /invoices/schedule, which offers no sort. As New Estimate, each
 * poll reads a bounded window (`startAt`..`endAt`: the last 2 days to tomorrow), up to 10 pages
 * of 100, and sorts it newest created first; an idle poll is one request. Zapier dedupes on the
 * schedule id, so each recurring invoice fires once, drafts included.
 */
export default defineListTrigger({
  key: 'newRecurringInvoice',
  noun: 'Recurring Invoice',
  label: 'New Recurring Invoice',
  description: 'Triggers when a recurring invoice is created in your location (drafts included), with its repeat rule, items and contact.',
  endpoint: listSchedulesEndpoint,
  inputs: {},
  request: paymentsWindowRequest,
  paging: { next: (body, current, page) => offsetNext(body, current, page.pageItems) },
  newestFirstBy: { time: (r) => r.createdAt, id: (r) => r.id },
  ...recurringInvoiceOutputs,
});
