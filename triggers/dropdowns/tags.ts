import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { listTagsEndpoint, locationTagList } from '../../src/records/location-tag';

/**
 * The location's tags, by name: the Tag dropdown of the tag actions uses the id
 * (`tagDropdown.id.name`), the Tags inputs of contacts the name (`tagDropdown.name.name`, since
 * contacts carry tags by name). The list does not page.
 */
export default defineListTrigger({
  key: 'tagDropdown',
  noun: 'Tag',
  label: 'Tags (Dropdown)',
  description: 'Triggers when a Tag or Tags dropdown loads: lists the location\'s tags.',
  hidden: true,
  endpoint: listTagsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ path: { locationId: locationId(bundle) } }),
  records: locationTagList,
  output: (tags) => tags.filter((t) => t.name).map((t) => ({ id: t.id, name: String(t.name) })),
  sample: { id: 'flGwEuzsfJOia1i1ikRN', name: 'postcard' },
  outputFields: [
    { key: 'id', label: 'Tag ID' },
    { key: 'name', label: 'Tag' },
  ],
});
