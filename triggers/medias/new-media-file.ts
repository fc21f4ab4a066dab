import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { folderField, listMediaEndpoint, mediaList, mediaOutputs, owner } from '../../src/records/media';

/**
 * New Media File: GET /medias/files, files newest first (sortBy createdAt, desc), one request
 * per poll; Zapier dedupes on the file id. Without a folder the whole library is asked for
 * (`fetchAll=true`: the spec's "fetch all files or folders"); with one, that folder's files.
 * Also the source of the File dropdown (Delete / Rename Media File).
 */
export default defineListTrigger({
  key: 'newMediaFile',
  noun: 'Media File',
  label: 'New Media File',
  description: 'Triggers when a file is added to the location\'s media library (uploaded by your team, by a form or by a Zap), optionally only in one folder.',
  endpoint: listMediaEndpoint,
  inputs: {
    parentId: folderField('Only files added to this folder. Leave blank for files anywhere in the media library.'),
    query: f.text({ label: 'Name Contains', helpText: 'Only files whose name contains this text, e.g. `invoice`.' }),
  },
  request: (i, { bundle }) => ({
    query: {
      sortBy: 'createdAt',
      sortOrder: 'desc',
      type: 'file',
      ...owner(locationId(bundle)),
      limit: pollLimit(bundle),
      ...(i.parentId ? { parentId: i.parentId } : { fetchAll: 'true' }),
      query: i.query,
    },
  }),
  records: mediaList,
  ...mediaOutputs,
});
