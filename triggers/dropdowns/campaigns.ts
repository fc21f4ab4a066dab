import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { endpoint } from '../../src/endpoint';

export default defineDropdown({
  key: 'campaignDropdown',
  noun: 'Campaign',
  endpoint: endpoint('GET', '/campaigns/', '2021-07-28', ['campaigns.readonly']),
  listKey: 'campaigns',
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  label: (c) => (c.status && c.status !== 'published' ? `${c.name ?? c.id} (${c.status})` : (c.name ?? c.id)),
});
