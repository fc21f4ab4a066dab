import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { listMediaEndpoint, mediaList, owner } from '../../src/records/media';

const PAGE = 100;

/** The media library's folders (every level: fetchAll), by name, 100 a page. */
export default defineListTrigger({
  key: 'mediaFolderDropdown',
  noun: 'Media Folder',
  label: 'Media Folders (Dropdown)',
  description: 'Triggers when the Folder dropdown loads: lists the media library\'s folders.',
  hidden: true,
  canPaginate: true,
  endpoint: listMediaEndpoint,
  inputs: {},
  request: (_i, { bundle }) => ({
    query: { sortBy: 'name', sortOrder: 'asc', type: 'folder', ...owner(locationId(bundle)), fetchAll: 'true', limit: PAGE, offset: (Number(bundle.meta?.page) || 0) * PAGE },
  }),
  records: mediaList,
  output: each((m) => ({ id: m.id, name: m.name ?? m.id })),
  sample: { id: '64af50c42d567a3b4f5989e0', name: 'Brochures' },
  outputFields: [
    { key: 'id', label: 'Folder ID' },
    { key: 'name', label: 'Folder' },
  ],
});
