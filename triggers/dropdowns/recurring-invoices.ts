import { defineListTrigger, each } from '../../src/operation';
import { listSchedulesEndpoint, recurringInvoiceList } from '../../src/records/recurring-invoice';
import { altLocation } from '../../src/records/window';

const PAGE = 100;

/** The location's recurring invoices for the Recurring Invoice dropdown, 100 per page (Zapier's "load more" pages on). */
export default defineListTrigger({
  key: 'recurringInvoiceDropdown',
  noun: 'Recurring Invoice',
  label: 'Recurring Invoices (Dropdown)',
  description: 'Triggers when the Recurring Invoice dropdown loads: lists the location\'s recurring invoices.',
  hidden: true,
  endpoint: listSchedulesEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { ...altLocation(bundle), limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE } }),
  canPaginate: true,
  records: recurringInvoiceList,
  output: each((r) => {
    const details = [r.contactName, r.intervalType, r.status].filter(Boolean).join(', ');
    return { id: r.id, name: `${r.name ?? r.id}${details ? ` (${details})` : ''}` };
  }),
  sample: { id: '6578278e879ad2646715ba9c', name: 'Smile membership (monthly) (Rosa Delgado, monthly, active)' },
  outputFields: [
    { key: 'id', label: 'Recurring Invoice ID' },
    { key: 'name', label: 'Recurring Invoice' },
  ],
});
