import { defineDropdown } from '../../src/dropdown';
import { searchLocationsEndpoint } from '../../src/records/location';

/**
 * Sub-accounts (locations) GET /locations/search shows, 100 a page, for Find Location by ID: the
 * connected location on a sub-account connection (HighLevel shows a location token nothing else),
 * the agency's locations on an agency connection (called with the agency token).
 * Not the agency `locationDropdown` (installed locations), which picks the location a step works on.
 */
export default defineDropdown({
  key: 'subAccountDropdown',
  noun: 'Sub-Account',
  endpoint: searchLocationsEndpoint,
  listKey: 'locations',
  pagedBySkip: true,
  connection: 'either',
  request: (_input, { bundle }) => ({ query: { companyId: bundle.authData?.companyId } }),
});
