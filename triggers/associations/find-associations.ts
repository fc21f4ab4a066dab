import { locationId } from '../../src/client';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { associationList, associationOutputs, listAssociationsEndpoint } from '../../src/records/association';
import { offsetPaging } from '../../src/records/paging';

/**
 * Find Associations: all associations of the location (system and user defined), paged with
 * skip/limit (both required by the spec); each new association fires once. The list's shape is
 * undocumented: see src/records/association.ts.
 */
export default defineListTrigger({
  key: 'findAssociations',
  noun: 'Association',
  label: 'Find Associations',
  description: 'Triggers when a new association (a link type between contacts, opportunities or custom objects) is defined in your location.',
  endpoint: listAssociationsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), skip: 0, limit: pollLimit(bundle) } }),
  paging: offsetPaging('skip'),
  records: associationList,
  ...associationOutputs,
});
