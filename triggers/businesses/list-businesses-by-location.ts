import { locationId } from '../../src/client';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { businessList, businessOutputs, listBusinessesEndpoint } from '../../src/records/business';

/**
 * List Businesses by Location: GET /businesses/ (skip/limit, no sort parameter), one page of up
 * to 100 per poll, output newest first by createdAt. Fires once per new business. The spec does
 * not say in which order HighLevel lists businesses; a location with more than 100 may need
 * "Get Business" or a search for the newest ones.
 */
export default defineListTrigger({
  key: 'listBusinesses',
  noun: 'Business',
  label: 'List Businesses By Location',
  description: 'Triggers when a new business is added to the connected location.',
  endpoint: listBusinessesEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: pollLimit(bundle), skip: 0 } }),
  records: businessList,
  ...businessOutputs,
  output: (records, ctx) =>
    businessOutputs.output([...records].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '')), ctx),
});
