import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t } from '../record-table';

/**
 * The media library (medias.json, Version 2021-07-28): files and folders of a location, owned as
 * `altType: location` + `altId: <locationId>` (the only owner type the spec allows).
 * Decisions where the spec is unclear:
 * - The list's items are typed as strings in the spec, with an object as the example
 *   ({ altId, altType, name, parentId, url, path }); they are read as objects, the id from `_id`
 *   (what the bulk endpoints name it) or `id`.
 * - Folder create and rename list no scope (Location-Access with an empty list): the media
 *   writes' `medias.write` is used (test/conformance.test.ts records the inference).
 * - Bulk rename / delete (PUT /medias/update-files, /medias/delete-files) are not operations: a
 *   Zap acts on one file per run, which Rename and Delete cover (the reasons file says so).
 */
const V = '2021-07-28' as const;

export const listMediaEndpoint = endpoint('GET', '/medias/files', V, ['medias.readonly']);
export const uploadMediaEndpoint = endpoint('POST', '/medias/upload-file', V, ['medias.write']);
export const deleteMediaEndpoint = endpoint('DELETE', '/medias/{id}', V, ['medias.write']);
export const renameMediaEndpoint = endpoint('POST', '/medias/{id}', V, ['medias.write']);
export const createFolderEndpoint = endpoint('POST', '/medias/folder', V, ['medias.write']);

/** HighLevel's limit for a file added to the media library (the upload endpoint's description). */
export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;

export const mediaTable = defineRecord(
  {
    id: { label: 'File ID', type: t.text, from: ['_id', 'id'], sample: '686f9817f0d3165be9fbcef6' },
    name: { label: 'Name', type: t.text, sample: 'spring-catalogue.pdf', primary: true },
    type: { label: 'Type (file or folder)', type: t.text, sample: 'file' },
    url: { label: 'File URL', type: t.text, sample: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/spring-catalogue.pdf' },
    path: { label: 'Path', type: t.text, sample: 'spring-catalogue.pdf' },
    parentId: { label: 'Folder ID', type: t.text, sample: null },
    contentType: { label: 'Content Type', type: t.text, sample: 'application/pdf' },
    size: { label: 'Size (bytes)', type: t.integer, sample: 482133 },
    locationId: { label: 'Location ID', type: t.text, from: 'altId', sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T18:13:49.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-14T18:13:49.000Z' },
  },
  { name: 'media file' },
);

export const mediaList = mediaTable.list('files', 'the media library list');
export const mediaOutputs = mediaTable.outputs;

/** The owner of every media request: the step's location. */
export const owner = (loc: string) => ({ altType: 'location', altId: loc });

export const folderField = (helpText: string) => f.id({ label: 'Folder', dynamic: 'mediaFolderDropdown.id.name', helpText });
export const mediaFileField = (helpText: string) => f.id({ label: 'File', required: true, dynamic: 'newMediaFile.id.name', helpText });
