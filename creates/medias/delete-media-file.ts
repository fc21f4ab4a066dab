import { locationId } from '../../src/client';
import { defineAction } from '../../src/operation';
import { deleteMediaEndpoint, mediaFileField, owner } from '../../src/records/media';
import { succeededOf } from '../../src/records/result';

/** Delete Media File: DELETE /medias/{id}?altType=location&altId=<location>; HighLevel answers 200 with no body. */
export default defineAction({
  key: 'deleteMediaFile',
  noun: 'Media File',
  label: 'Delete Media File',
  description: 'Deletes a file or folder from the location\'s media library; a deleted folder takes its files with it. This cannot be undone, and links to the file stop working.',
  endpoint: deleteMediaEndpoint,
  inputs: {
    id: mediaFileField('The file (or folder) to delete. Pick a recent file, or map a File ID (from New Media File or Upload File To Media Library).'),
  },
  request: (_i, { bundle }) => ({ query: owner(locationId(bundle)) }),
  output: (body, { input }) => ({ id: input.id, deleted: succeededOf(body) }),
  sample: { id: '686f9817f0d3165be9fbcef6', deleted: true },
  outputFields: [
    { key: 'id', label: 'File ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ],
});
