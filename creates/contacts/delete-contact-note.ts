import { contactField, noteField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { succeeded } from '../../src/records/result';

export default defineAction({
  key: 'deleteContactNote',
  noun: 'Note',
  label: 'Delete Contact Note',
  description: 'Deletes a note from a contact permanently. This cannot be undone.',
  endpoint: endpoint('DELETE', '/contacts/{contactId}/notes/{id}', '2021-07-28', ['contacts.write']),
  inputs: { contactId: contactField(), noteId: noteField() },
  request: (input) => ({ path: { id: input.noteId } }),
  output: (body, { input }) => ({ noteId: input.noteId, contactId: input.contactId, ...succeeded(body) }),
  sample: { noteId: 'HGPcayliwcdoUFzvbTok', contactId: 'seD4PfOuKoVMLkEZqohJ', succeeded: true },
  outputFields: [
    { key: 'noteId', label: 'Deleted Note ID' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
