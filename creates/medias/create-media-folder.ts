import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { createFolderEndpoint, folderField, mediaTable, owner } from '../../src/records/media';

/** Create Media Folder: POST /medias/folder; the answer is the folder (the spec's FolderDTO). */
export default defineAction({
  key: 'createMediaFolder',
  noun: 'Media Folder',
  label: 'Create Media Folder',
  description: 'Creates a folder in the location\'s media library, e.g. one per client or project, to upload files into with Upload File To Media Library.',
  endpoint: createFolderEndpoint,
  inputs: {
    name: f.text({ label: 'Folder Name', required: true, helpText: 'The new folder\'s name, e.g. `Rosa Delgado - X-rays`.' }),
    parentId: folderField('Create it inside this folder. Leave blank for the top level.'),
  },
  request: (i, { bundle }) => ({ body: { ...owner(locationId(bundle)), name: i.name, ...(i.parentId ? { parentId: i.parentId } : {}) } }),
  output: mediaTable.answer('', 'the new folder'),
  ...mediaTable.shape,
  sample: { ...mediaTable.sample, id: '64af50c42d567a3b4f5989e0', name: 'Rosa Delgado - X-rays', type: 'folder', url: null, path: null, contentType: null, size: null },
});
