import { contactField, noteField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { noteOutputs, noteRecord } from '../../src/records/note';

export default defineSearch({
  key: 'getContactNote',
  noun: 'Note',
  label: 'Get Contact Note By ID',
  description: 'Finds a contact\'s note by its ID, with its text.',
  endpoint: endpoint('GET', '/contacts/{contactId}/notes/{id}', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField(), noteId: noteField() },
  request: (input) => ({ path: { id: input.noteId } }),
  records: (body) => [noteRecord(body)],
  ...noteOutputs,
});
