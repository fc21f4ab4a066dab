import { contactField, noteField, userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { noteAnswer, noteOutputFields, noteSample } from '../../src/records/note';

export default defineAction({
  key: 'updateContactNote',
  noun: 'Note',
  label: 'Update Contact Note',
  description: 'Updates an existing note: replaces its text or title.',
  endpoint: endpoint('PUT', '/contacts/{contactId}/notes/{id}', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField(),
    noteId: noteField(),
    body: f.longText({ label: 'Note', helpText: 'The new text; replaces the old text.' }),
    title: f.text({ label: 'Title', helpText: 'The note\'s new title, e.g. "Call summary".' }),
    userId: userField('Author', 'The user the note is written by.'),
  },
  request: ({ contactId: _c, noteId, ...fields }) => {
    const body = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(body).length === 0) throw invalidInput({ key: 'body', label: 'Note' }, 'or Title must be filled in to update the note');
    return { path: { id: noteId }, body };
  },
  output: noteAnswer,
  sample: noteSample,
  outputFields: noteOutputFields,
});
