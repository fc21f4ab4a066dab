import { locationId } from '../../src/client';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { resourceList, resourceOutputs, resourcesEndpoint, resourceTypeField } from '../../src/records/calendar-resource';

/**
 * List Calendar Resources: fires once for each new room or piece of equipment. `limit` and
 * `skip` are both required by the spec; the answer is a bare array; one page of the poll limit is asked for.
 */
export default defineListTrigger({
  key: 'listCalendarResources',
  noun: 'Resource',
  label: 'List Calendar Resources',
  description: 'Triggers when a new room or piece of equipment is added to your location\'s calendar resources.',
  endpoint: resourcesEndpoint,
  inputs: { resourceType: resourceTypeField() },
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: pollLimit(bundle), skip: 0 } }),
  records: resourceList,
  ...resourceOutputs,
});
