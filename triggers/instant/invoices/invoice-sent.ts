import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { invoiceTable, invoiceOutputs } from '../../../src/records/invoice';

/** Invoice Sent (Instant): HighLevel's InvoiceSent event, delivered by the relay. */
export default defineHookTrigger({
  key: 'invoiceSentInstant',
  noun: 'Invoice',
  label: 'Invoice Sent (Instant)',
  description: 'Triggers when an invoice is sent to the customer.',
  eventTypes: ['InvoiceSent'],
  inputs: {},
  ...invoiceOutputs,
  records: eventRecords(invoiceTable.parse),
});
