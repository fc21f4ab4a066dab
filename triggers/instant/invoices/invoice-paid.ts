import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { invoiceTable, invoiceOutputs } from '../../../src/records/invoice';

/** Invoice Paid (Instant): HighLevel's InvoicePaid event, delivered by the relay. */
export default defineHookTrigger({
  key: 'invoicePaidInstant',
  noun: 'Invoice',
  label: 'Invoice Paid (Instant)',
  description: 'Triggers when an invoice is paid in full.',
  eventTypes: ['InvoicePaid'],
  inputs: {},
  ...invoiceOutputs,
  records: eventRecords(invoiceTable.parse),
});
