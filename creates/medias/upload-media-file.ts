import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { defineResult, t } from '../../src/record-table';
import { folderField, MAX_MEDIA_BYTES, uploadMediaEndpoint } from '../../src/records/media';
import { downloadStepFile, fileField } from '../../src/step-file';

const uploaded = defineResult(
  {
    id: { label: 'File ID', type: t.text, from: ['fileId', '_id', 'id'], sample: '686f9817f0d3165be9fbcef6' },
    url: { label: 'File URL', type: t.text, sample: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/spring-catalogue.pdf' },
  },
  { name: 'the uploaded file', what: 'the media upload' },
);

/**
 * Upload File To Media Library: POST /medias/upload-file, multipart with the file under `file`,
 * its `name` and folder (`parentId`). The file comes from an earlier Zap step
 * (src/step-file.ts); HighLevel takes up to 25 MB. The spec's other mode (`hosted` with a
 * `fileUrl` HighLevel links to) is not offered: the step always sends the file itself, so the
 * library never points at a temporary Zapier URL.
 */
export default defineAction({
  key: 'uploadMediaFile',
  noun: 'Media File',
  label: 'Upload File To Media Library',
  description: 'Uploads a file from an earlier step to the location\'s media library (e.g. a signed PDF or a photo), optionally into a folder, and returns its public URL for emails, funnels or messages.',
  endpoint: uploadMediaEndpoint,
  inputs: {
    file: fileField({ label: 'File', required: true, helpText: 'The file to upload: map a file from an earlier step. Up to 25 MB.' }),
    name: f.text({ label: 'File Name', helpText: 'The name to store it under, with its extension (e.g. `signed-consent.pdf`). Leave blank to keep the file\'s own name.' }),
    parentId: folderField('The folder to put it in. Leave blank for the top level of the media library.'),
  },
  request: async (i, { z, bundle }) => {
    locationId(bundle); // an agency step names its location before the download
    const part = await downloadStepFile(z, i.file, { key: 'file', label: 'File' }, { maxBytes: MAX_MEDIA_BYTES, uploadField: 'file', name: i.name });
    return { multipart: { fields: { name: part.filename, parentId: i.parentId }, files: [part] } };
  },
  output: (body, ctx) => uploaded.output(body, ctx),
  sample: uploaded.sample,
  outputFields: uploaded.outputFields,
});
