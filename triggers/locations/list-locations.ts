import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { locationList, locationOutputs, searchLocationsEndpoint } from '../../src/records/location';
import { offsetPaging } from '../../src/records/paging';

/**
 * List Locations: GET /locations/search (the only location listing), newest first (order=desc),
 * paged with skip/limit; each location fires once. `companyId` comes from the connection. With a
 * location connection HighLevel lists the connected location only; an agency connection sees the
 * agency's sub-accounts.
 */
export default defineListTrigger({
  key: 'listLocations',
  noun: 'Location',
  label: 'List Locations',
  description: 'Triggers when a new sub-account (location) becomes visible to the connection (all of the agency\'s on an agency connection).',
  endpoint: searchLocationsEndpoint,
  // Either token (operations.json): an agency connection lists all its locations with its own token.
  connection: 'either',
  inputs: {
    email: f.email({ label: 'Email', helpText: 'Only locations with this email address.' }),
  },
  request: (input, { bundle }) => ({
    query: { companyId: bundle.authData?.companyId, skip: 0, limit: pollLimit(bundle), order: 'desc', email: input.email },
  }),
  paging: offsetPaging('skip'),
  records: locationList,
  ...locationOutputs,
});
