import { randomUUID } from 'node:crypto';
import { locationId } from '../../src/client';
import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { isRecord } from '../../src/record-table';
import { contactAnswer, contactTable } from '../../src/records/contact';
import { downloadStepFile, fileField, requireFileType } from '../../src/step-file';

/** The file types the endpoint's description lists. */
const ALLOWED = ['pdf', 'docx', 'doc', 'jpg', 'jpeg', 'png', 'gif', 'csv', 'xlsx', 'xls', 'mp4', 'mpeg', 'zip', 'rar', 'txt', 'svg'];
/** "File size is limited to 50 MB." */
const MAX_BYTES = 50 * 1024 * 1024;

const uploadEndpoint = endpoint('POST', '/forms/upload-custom-files', '2021-07-28', ['forms.write']);
const uploadAnswer = contactAnswer('the custom field upload', { bare: true });

/**
 * Upload File To Custom Field: POST /forms/upload-custom-files?contactId&locationId, multipart
 * with the file under `<custom field id>_<file id>` (the spec: a random file id, here a UUID).
 * The file comes from an earlier Zap step (src/step-file.ts). The spec gives no answer schema and
 * says it is the updated contact: output as a contact (`{ contact }` or the bare record); an
 * answer without one still outputs the contact's ID, the upload having succeeded.
 */
export default defineAction({
  key: 'uploadCustomFieldFile',
  noun: 'Contact',
  label: 'Upload File To Custom Field',
  description: 'Uploads a file from an earlier step into a contact\'s File Upload custom field, e.g. a signed consent form or an insurance card photo.',
  endpoint: uploadEndpoint,
  inputs: {
    contactId: contactField('The contact whose field gets the file. Pick one, or map a Contact ID from an earlier step.'),
    customFieldId: f.id({ label: 'Custom Field', required: true, dynamic: 'fileCustomFieldDropdown.id.name', helpText: 'A contact custom field of type File Upload. Pick one, or map its ID (Settings > Custom Fields).' }),
    file: fileField({ label: 'File', required: true, helpText: 'The file to upload: map a file from an earlier step. Allowed: PDF, DOCX, DOC, JPG, JPEG, PNG, GIF, CSV, XLSX, XLS, MP4, MPEG, ZIP, RAR, TXT, SVG; up to 50 MB.' }),
    fileName: f.text({ label: 'File Name', helpText: 'The name to store it under, with its extension (e.g. `consent-form.pdf`). Leave blank to keep the file\'s own name.' }),
  },
  request: async (i, { z, bundle }) => {
    const loc = locationId(bundle);
    const part = await downloadStepFile(z, i.file, { key: 'file', label: 'File' }, { maxBytes: MAX_BYTES, uploadField: `${i.customFieldId}_${randomUUID()}`, name: i.fileName });
    requireFileType(part, ALLOWED, Boolean(i.fileName));
    return { query: { contactId: i.contactId, locationId: loc }, multipart: { fields: {}, files: [part] } };
  },
  output: async (body, ctx) => {
    const contact = isRecord(body) && isRecord(body.contact) ? body.contact : body;
    return isRecord(contact) && typeof contact.id === 'string' ? uploadAnswer(body, ctx) : { ...contactTable.empty, id: ctx.input.contactId };
  },
  ...contactTable.shape,
});
