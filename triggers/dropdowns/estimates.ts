import { endpoint } from '../../src/endpoint';
import { defineListTrigger, each } from '../../src/operation';
import { estimateList } from '../../src/records/estimate';
import { altLocation } from '../../src/records/window';

const PAGE = 100;

/** The location's estimates for the Estimate dropdown, 100 per page (Zapier's "load more" pages on). */
export default defineListTrigger({
  key: 'estimateDropdown',
  noun: 'Estimate',
  label: 'Estimates (Dropdown)',
  description: 'Triggers when the Estimate dropdown loads: lists the location\'s estimates.',
  hidden: true,
  endpoint: endpoint('GET', '/invoices/estimate/list', '2021-07-28', ['invoices/estimate.readonly']),
  inputs: {},
  request: (_input, { bundle }) => ({ query: { ...altLocation(bundle), limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE } }),
  canPaginate: true,
  records: estimateList,
  output: each((e) => ({
    id: e.id,
    name: [e.estimateNumber ? `#${e.estimateNumber}` : null, e.name ?? e.id, e.contactName ? `(${e.contactName}, ${e.status ?? 'draft'})` : e.status ? `(${e.status})` : null].filter(Boolean).join(' '),
  })),
  sample: { id: '67a1c0e5f2b3d4a5b6c7d8e9', name: '#12 Whitening estimate (Rosa Delgado, sent)' },
  outputFields: [
    { key: 'id', label: 'Estimate ID' },
    { key: 'name', label: 'Estimate' },
  ],
});
