import { defineSearch } from '../../src/operation';
import { getScheduleEndpoint, recurringInvoiceOutputs, recurringInvoiceRecord, scheduleIdField } from '../../src/records/recurring-invoice';
import { altLocation } from '../../src/records/window';

/** Get Recurring Invoice: GET /invoices/schedule/{scheduleId}?altId=<location>&altType=location; a 404 is "no result". */
export default defineSearch({
  key: 'getRecurringInvoice',
  noun: 'Recurring Invoice',
  label: 'Get Recurring Invoice',
  description: 'Finds one recurring invoice by its ID, with its repeat rule, items, status and the invoices issued so far.',
  endpoint: getScheduleEndpoint,
  inputs: { scheduleId: scheduleIdField() },
  request: (_input, { bundle }) => ({ query: altLocation(bundle) }),
  ...recurringInvoiceOutputs,
  records: (body) => [recurringInvoiceRecord(body)],
});
