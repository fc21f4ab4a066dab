import { presentContact } from '../contact-model';
import { ApiError, req, route, unprocessable, V_2021_07_28 as V, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import { formOf, partsOf } from '../multipart';

/**
 * POST /forms/upload-custom-files (forms.json): files into a contact's File Upload custom fields.
 * Each file part is named `<custom field id>_<file id>`; the field must be one of the location's
 * contact fields of type FILE_UPLOAD. A file is at most 50 MB. The value of the field becomes
 * `{ <file id>: { meta, url } }` (files already there are kept) and the answer is the updated
 * contact, `{ contact }`.
 */
const MAX_BYTES = 50 * 1024 * 1024;

export function customFieldFileRoutes({ store, baseUrl }: World): Route[] {
  return [
    route({
      method: 'POST',
      path: '/forms/upload-custom-files',
      version: V,
      query: { contactId: req.string(), locationId: req.string() },
      handler: ({ query, rawBody, own, ownLocation }) => {
        ownLocation(query.locationId);
        const contact = own(store.contacts.get(query.contactId), 'Contact not found');
        const { files } = formOf(partsOf(rawBody));
        if (!files.length) throw unprocessable(['No files found: name each file <custom field id>_<file id>']);
        const defs = store.customFieldsOf(query.locationId, 'contact');
        for (const file of files) {
          const [fieldId, fileId] = [file.name.slice(0, file.name.indexOf('_')), file.name.slice(file.name.indexOf('_') + 1)];
          const def = defs.find((d) => d.id === fieldId);
          if (!fieldId || !fileId || !def) throw unprocessable([`${file.name}: no custom field ${fieldId || '(none)'} in this location`]);
          if (def.dataType !== 'FILE_UPLOAD') throw unprocessable([`${def.name} is not a file upload field`]);
          if (file.data.length > MAX_BYTES) throw new ApiError(413, { statusCode: 413, message: 'File too large: 50 MB at most', error: 'Payload Too Large' });
          const name = file.filename ?? 'file';
          const value = { meta: { fieldname: file.name, originalname: name, mimetype: file.contentType ?? 'application/octet-stream', size: file.data.length }, url: `${baseUrl()}/files/${newObjectId()}/${encodeURIComponent(name)}` };
          const current = contact.customFields.find((c) => c.id === def.id);
          const kept = current && typeof current.value === 'object' && !Array.isArray(current.value) ? current.value : {};
          if (current) current.value = { ...kept, [fileId]: value };
          else contact.customFields.push({ id: def.id, value: { [fileId]: value } });
        }
        contact.dateUpdated = store.now();
        return { contact: presentContact(contact) };
      },
    }),
  ];
}
