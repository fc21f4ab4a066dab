import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { listLinksEndpoint } from '../../src/records/trigger-link';

/** The location's trigger links (the endpoint has no paging). */
export default defineDropdown({
  key: 'triggerLinkDropdown',
  noun: 'Trigger Link',
  endpoint: listLinksEndpoint,
  listKey: 'links',
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
});
