import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { locationTagField } from '../../src/records/location-tag';
import { succeededOf } from '../../src/records/result';

export default defineAction({
  key: 'deleteTag',
  noun: 'Tag',
  label: 'Delete Tag',
  description: 'Deletes a tag from the location\'s tag list; to take a tag off one contact, use Remove Tags From Contact instead. This cannot be undone.',
  endpoint: endpoint('DELETE', '/locations/{locationId}/tags/{tagId}', '2021-07-28', ['locations/tags.write']),
  inputs: { tagId: locationTagField('The tag to delete permanently.') },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), tagId: input.tagId } }),
  output: (body, { input }) => ({ tagId: input.tagId, succeeded: succeededOf(body) }),
  sample: { tagId: 'flGwEuzsfJOia1i1ikRN', succeeded: true },
  outputFields: [
    { key: 'tagId', label: 'Deleted Tag ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
