import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { invoiceTable, invoiceOutputs } from '../../../src/records/invoice';

/** Invoice Partially Paid (Instant): HighLevel's InvoicePartiallyPaid event, delivered by the relay. */
export default defineHookTrigger({
  key: 'invoicePartiallyPaidInstant',
  noun: 'Invoice',
  label: 'Invoice Partially Paid (Instant)',
  description: 'Triggers when an invoice is partly paid.',
  eventTypes: ['InvoicePartiallyPaid'],
  inputs: {},
  ...invoiceOutputs,
  records: eventRecords(invoiceTable.parse),
});
