import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { recurringInvoiceAnswer, recurringInvoiceShape, scheduleIdField } from '../../src/records/recurring-invoice';
import { altLocation } from '../../src/records/window';

/** Cancel Recurring Invoice: POST /invoices/schedule/{scheduleId}/cancel with `altId`/`altType` (CancelInvoiceScheduleDto); answers the schedule. */
export default defineAction({
  key: 'cancelRecurringInvoice',
  noun: 'Recurring Invoice',
  label: 'Cancel Recurring Invoice',
  description: 'Cancels a recurring invoice: no further invoices are issued; invoices already sent stay open for payment.',
  endpoint: endpoint('POST', '/invoices/schedule/{scheduleId}/cancel', '2021-07-28', ['invoices/schedule.write']),
  inputs: { scheduleId: scheduleIdField('The recurring invoice to cancel. Pick one, or map a Recurring Invoice ID from an earlier step.') },
  request: (_input, { bundle }) => ({ body: altLocation(bundle) }),
  output: recurringInvoiceAnswer,
  ...recurringInvoiceShape,
});
