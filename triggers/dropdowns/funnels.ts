import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { funnelList, listFunnelsEndpoint } from '../../src/records/funnel';

/** The location's funnels and websites, 100 a page (limit/offset, which defineDropdown's skip paging does not send). */
export default defineListTrigger({
  key: 'funnelDropdown',
  noun: 'Funnel',
  label: 'Funnels (Dropdown)',
  description: 'Triggers when the Funnel dropdown loads: lists the location\'s funnels and websites.',
  hidden: true,
  canPaginate: true,
  endpoint: listFunnelsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: '100', offset: String((Number(bundle.meta?.page) || 0) * 100) } }),
  records: funnelList,
  output: each((fn) => ({ id: fn.id, name: fn.type === 'website' ? `${fn.name ?? fn.id} (website)` : (fn.name ?? fn.id) })),
  sample: { id: 'SkIDfu0S4m3NYQyvWHC6', name: 'Free Whitening Consultation' },
  outputFields: [
    { key: 'id', label: 'Funnel ID' },
    { key: 'name', label: 'Funnel' },
  ],
});
