import newInvoice from '../../payments/new-invoice';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { invoiceTable, invoiceOutputs } from '../../../src/records/invoice';

/** Invoice Created (Instant): HighLevel's InvoiceCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'invoiceCreatedInstant',
  noun: 'Invoice',
  label: 'Invoice Created (Instant)',
  description: 'Triggers when an invoice is created.',
  eventTypes: ['InvoiceCreate'],
  inputs: {},
  ...invoiceOutputs,
  records: eventRecords(invoiceTable.parse),
  poll: newInvoice,
});
