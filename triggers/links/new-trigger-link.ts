import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { linkList, linkOutputs, listLinksEndpoint } from '../../src/records/trigger-link';

/** New Trigger Link: GET /links/ answers every link of the location in one list (no paging). */
export default defineListTrigger({
  key: 'newTriggerLink',
  noun: 'Trigger Link',
  label: 'New Trigger Link',
  description: 'Triggers when a new trigger link is created in your location, e.g. to share its merge field with another app.',
  endpoint: listLinksEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  records: linkList,
  ...linkOutputs,
});
