import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { succeeded } from '../../src/records/result';

export default defineAction({
  key: 'deleteContact',
  noun: 'Contact',
  label: 'Delete Contact',
  description: 'Deletes a contact permanently, with its tasks, notes and appointments. This cannot be undone.',
  endpoint: endpoint('DELETE', '/contacts/{contactId}', '2021-07-28', ['contacts.write']),
  inputs: { contactId: contactField('The contact to delete permanently.') },
  output: (body, { input }) => ({ contactId: input.contactId, ...succeeded(body) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', succeeded: true },
  outputFields: [
    { key: 'contactId', label: 'Deleted Contact ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
