import { endpoint } from '../../src/endpoint';
import { defineListTrigger, each } from '../../src/operation';
import { invoiceList } from '../../src/records/invoice';
import { altLocation } from '../../src/records/window';

const PAGE = 100;

/**
 * The location's invoices for the Invoice dropdown, most recently issued first, 100 per page
 * (Zapier's "load more" asks for the next page through `bundle.meta.page`).
 */
export default defineListTrigger({
  key: 'invoiceDropdown',
  noun: 'Invoice',
  label: 'Invoices (Dropdown)',
  description: 'Triggers when the Invoice dropdown loads: lists the location\'s invoices.',
  hidden: true,
  endpoint: endpoint('GET', '/invoices/', '2021-07-28', ['invoices.readonly']),
  inputs: {},
  request: (_input, { bundle }) => ({
    query: { ...altLocation(bundle), limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE, sortField: 'issueDate', sortOrder: 'descend' },
  }),
  canPaginate: true,
  records: invoiceList,
  output: each((i) => ({
    id: i.id,
    name: [i.invoiceNumber ? `#${i.invoiceNumber}` : null, i.name ?? i.id, i.contactName ? `(${i.contactName}, ${i.status ?? 'draft'})` : i.status ? `(${i.status})` : null].filter(Boolean).join(' '),
  })),
  sample: { id: '6578278e879ad2646715ba9c', name: '#1042 Spring whitening package (Rosa Delgado, sent)' },
  outputFields: [
    { key: 'id', label: 'Invoice ID' },
    { key: 'name', label: 'Invoice' },
  ],
});
