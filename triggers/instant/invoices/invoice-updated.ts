import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { invoiceTable, invoiceOutputs } from '../../../src/records/invoice';

/** Invoice Updated (Instant): HighLevel's InvoiceUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'invoiceUpdatedInstant',
  noun: 'Invoice',
  label: 'Invoice Updated (Instant)',
  description: 'Triggers when an invoice is changed.',
  eventTypes: ['InvoiceUpdate'],
  inputs: {},
  ...invoiceOutputs,
  records: eventRecords(invoiceTable.parse),
});
