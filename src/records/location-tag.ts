import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t } from '../record-table';

/** A location's tags (locations.json): the tags contacts can carry, as Settings > Tags lists them. */
export const locationTagTable = defineRecord(
  {
    id: { label: 'Tag ID', type: t.text, sample: 'flGwEuzsfJOia1i1ikRN' },
    name: { label: 'Tag', type: t.text, important: true, sample: 'postcard' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'tag' },
);

export const locationTagList = locationTagTable.list('tags', 'the tags list');
export const locationTagRecord = locationTagTable.one('tag');
export const locationTagAnswer = locationTagTable.answer('tag');

const V = '2021-07-28';
export const listTagsEndpoint = endpoint('GET', '/locations/{locationId}/tags', V, ['locations/tags.readonly']);
// The spec gives the single-tag routes no scope; docs/oauth/Scopes.md lists them under locations/tags.*.
export const getTagEndpoint = endpoint('GET', '/locations/{locationId}/tags/{tagId}', V, ['locations/tags.readonly']);

export const locationTagField = (helpText: string) =>
  f.id({ label: 'Tag', required: true, dynamic: 'tagDropdown.id.name', search: 'findTag.id', helpText });
