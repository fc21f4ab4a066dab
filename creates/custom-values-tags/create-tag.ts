import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { locationTagAnswer, locationTagTable } from '../../src/records/location-tag';

export default defineAction({
  key: 'createTag',
  noun: 'Tag',
  label: 'Create Tag',
  description: 'Creates a tag in the location\'s tag list (Settings > Tags), so it can be picked for contacts, workflows and smart lists.',
  endpoint: endpoint('POST', '/locations/{locationId}/tags', '2021-07-28', ['locations/tags.write']),
  inputs: { name: f.text({ label: 'Name', required: true, helpText: 'The tag, e.g. `spring postcard`. HighLevel refuses a name the location already has.' }) },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle) }, body: { name: input.name } }),
  ...locationTagTable.shape,
  output: locationTagAnswer,
});
