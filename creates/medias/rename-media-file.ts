import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { mediaFileField, owner, renameMediaEndpoint } from '../../src/records/media';
import { succeededOf } from '../../src/records/result';

/** Rename Media File: POST /medias/{id} with `name` and the owner; the spec gives the answer no schema. */
export default defineAction({
  key: 'renameMediaFile',
  noun: 'Media File',
  label: 'Rename Media File',
  description: 'Renames a file or folder in the location\'s media library; its URL stays the same.',
  endpoint: renameMediaEndpoint,
  inputs: {
    id: mediaFileField('The file (or folder) to rename. Pick a recent file, or map a File ID.'),
    name: f.text({ label: 'New Name', required: true, helpText: 'The new name, with the extension for a file (e.g. `consent-signed.pdf`).' }),
  },
  request: (i, { bundle }) => ({ body: { name: i.name, ...owner(locationId(bundle)) } }),
  output: (body, { input }) => ({ id: input.id, name: input.name, updated: succeededOf(body) }),
  sample: { id: '686f9817f0d3165be9fbcef6', name: 'consent-signed.pdf', updated: true },
  outputFields: [
    { key: 'id', label: 'File ID' },
    { key: 'name', label: 'Name' },
    { key: 'updated', label: 'Updated', type: 'boolean' },
  ],
});
