import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { invoiceTable, invoiceOutputs } from '../../../src/records/invoice';

/** Invoice Deleted (Instant): HighLevel's InvoiceDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'invoiceDeletedInstant',
  noun: 'Invoice',
  label: 'Invoice Deleted (Instant)',
  description: 'Triggers when an invoice is deleted.',
  eventTypes: ['InvoiceDelete'],
  inputs: {},
  ...invoiceOutputs,
  records: eventRecords(invoiceTable.parse),
});
