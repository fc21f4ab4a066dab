import { locationId } from '../../src/client';
import { defineSearch } from '../../src/operation';
import { getTagEndpoint, locationTagField, locationTagRecord, locationTagTable } from '../../src/records/location-tag';

export default defineSearch({
  key: 'getTag',
  noun: 'Tag',
  label: 'Get Tag',
  description: 'Finds one tag of the location\'s tag list by its ID.',
  endpoint: getTagEndpoint,
  inputs: { tagId: locationTagField('The tag. Pick one, or map a Tag ID.') },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), tagId: input.tagId } }),
  records: (body: unknown) => [locationTagRecord(body)],
  ...locationTagTable.outputs,
});
