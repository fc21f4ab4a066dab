import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { invoiceTable, invoiceOutputs } from '../../../src/records/invoice';

/** Invoice Voided (Instant): HighLevel's InvoiceVoid event, delivered by the relay. */
export default defineHookTrigger({
  key: 'invoiceVoidedInstant',
  noun: 'Invoice',
  label: 'Invoice Voided (Instant)',
  description: 'Triggers when an invoice is voided.',
  eventTypes: ['InvoiceVoid'],
  inputs: {},
  ...invoiceOutputs,
  records: eventRecords(invoiceTable.parse),
});
