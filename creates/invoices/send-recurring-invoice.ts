import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { recurringInvoiceAnswer, recurringInvoiceShape, scheduleIdField } from '../../src/records/recurring-invoice';
import { altLocation } from '../../src/records/window';

/**
 * Send Recurring Invoice: POST /invoices/schedule/{scheduleId}/schedule (invoices.json
 * `ScheduleInvoiceScheduleDto`: `altId`, `altType`, `liveMode`; auto-payment is set separately
 * with Set Up Recurring Invoice Auto-Payment). HighLevel then issues and sends the invoices by
 * the repeat rule.
 */
export default defineAction({
  key: 'sendRecurringInvoice',
  noun: 'Recurring Invoice',
  label: 'Send Recurring Invoice',
  description: 'Sends a draft recurring invoice on its way: from its start date on, an invoice is issued and sent to the contact every period.',
  endpoint: endpoint('POST', '/invoices/schedule/{scheduleId}/schedule', '2021-07-28', ['invoices/schedule.write']),
  inputs: {
    scheduleId: scheduleIdField('The recurring invoice to send. Pick one, or map a Recurring Invoice ID from an earlier step (e.g. Create Recurring Invoice).'),
    liveMode: f.boolean({ label: 'Live Mode', default: 'true', helpText: 'Yes: real invoices that can be paid. No: test mode (test payments only). Yes when blank.' }),
  },
  request: ({ liveMode }, { bundle }) => ({ body: { ...altLocation(bundle), liveMode: liveMode ?? true } }),
  output: recurringInvoiceAnswer,
  ...recurringInvoiceShape,
});
