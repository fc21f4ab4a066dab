import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { locationTagAnswer, locationTagField, locationTagTable } from '../../src/records/location-tag';

export default defineAction({
  key: 'updateTag',
  noun: 'Tag',
  label: 'Rename Tag',
  description: 'Renames a tag of the location\'s tag list, e.g. to fix a typo; use Add Tags to Contact to tag a contact.',
  endpoint: endpoint('PUT', '/locations/{locationId}/tags/{tagId}', '2021-07-28', ['locations/tags.write']),
  inputs: {
    tagId: locationTagField('The tag to rename. Pick one, or map a Tag ID.'),
    name: f.text({ label: 'New Name', required: true, helpText: 'The tag\'s new name, e.g. `spring postcard`.' }),
  },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), tagId: input.tagId }, body: { name: input.name } }),
  ...locationTagTable.shape,
  output: locationTagAnswer,
});
