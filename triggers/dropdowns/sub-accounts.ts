import { defineDropdown } from '../../src/dropdown';
import { searchLocationsEndpoint } from '../../src/records/location';

/**
 * Sub-accounts (locations) GET /locations/search shows, 100 a page, for Find Location by ID: the
 * connected location on a sub-account connection (HighLevel shows a location token nothing else).
 * Not the agency `locationDropdown` (installed locations), which picks the location a step works on.
 */
export default defineDropdown({
  key: 'subAccountDropdown',
  noun: 'Sub-Account',
  endpoint: searchLocationsEndpoint,
  listKey: 'locations',
  pagedBySkip: true,
  request: (_input, { bundle }) => ({ query: { companyId: bundle.authData?.companyId } }),
});
