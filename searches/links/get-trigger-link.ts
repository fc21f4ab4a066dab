import { locationId } from '../../src/client';
import { defineSearch } from '../../src/operation';
import { getLinkEndpoint, linkField, linkOutputs, linkRecord } from '../../src/records/trigger-link';

/** Get Trigger Link By ID: the link, or no result when it does not exist (404). */
export default defineSearch({
  key: 'getTriggerLink',
  noun: 'Trigger Link',
  label: 'Get Trigger Link By ID',
  description: 'Finds a trigger link by ID, with its destination and merge field.',
  endpoint: getLinkEndpoint,
  inputs: { linkId: linkField(true, 'The trigger link to get. Pick one, or map a Trigger Link ID.') },
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  records: (body) => [linkRecord(body)],
  ...linkOutputs,
});
