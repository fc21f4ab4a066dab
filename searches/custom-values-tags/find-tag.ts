import { findByName } from '../../src/find-by-name';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { listTagsEndpoint, locationTagList, locationTagTable } from '../../src/records/location-tag';

/** HighLevel has no tag search: the (unpaged) tag list is read and matched by name. */
export default defineSearch({
  key: 'findTag',
  noun: 'Tag',
  label: 'Find Tag',
  description: 'Finds a tag of the location\'s tag list by its name, e.g. to rename or delete it in a later step (pair it with Create Tag).',
  endpoint: listTagsEndpoint,
  inputs: { name: f.text({ label: 'Name', required: true, helpText: 'The tag to look for, e.g. `postcard` (case does not matter).' }) },
  records: locationTagList,
  perform: (ctx) => findByName(ctx, listTagsEndpoint, locationTagList, ctx.input.name),
  ...locationTagTable.outputs,
});
