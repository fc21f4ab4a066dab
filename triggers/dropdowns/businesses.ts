import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { endpoint } from '../../src/endpoint';

export default defineDropdown({
  key: 'businessDropdown',
  noun: 'Business',
  plural: 'Businesses',
  endpoint: endpoint('GET', '/businesses/', '2021-07-28', ['businesses.readonly']),
  listKey: 'businesses',
  pagedBySkip: true,
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
});
