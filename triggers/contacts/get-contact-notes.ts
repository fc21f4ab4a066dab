import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { noteList, noteOutputs } from '../../src/records/note';

/** Get Contact Notes: fires once for each note of the contact. */
export default defineListTrigger({
  key: 'getContactNotes',
  noun: 'Note',
  label: 'Get Contact Notes',
  description: 'Triggers when a new note is added to the contact you choose.',
  endpoint: endpoint('GET', '/contacts/{contactId}/notes', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField() },
  records: noteList,
  ...noteOutputs,
});
