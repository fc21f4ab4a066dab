import { contactField, userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { noteAnswer, noteOutputFields, noteSample } from '../../src/records/note';

export default defineAction({
  key: 'createContactNote',
  noun: 'Note',
  label: 'Create Contact Note',
  description: 'Adds a note to a contact\'s record.',
  endpoint: endpoint('POST', '/contacts/{contactId}/notes', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField(),
    body: f.longText({ label: 'Note', required: true, helpText: 'What the note says, e.g. "Called about the spring postcard; call back Friday."' }),
    title: f.text({ label: 'Title', helpText: 'A short title shown above the note.' }),
    userId: userField('Author', 'The user the note is written by.'),
  },
  request: ({ contactId: _c, ...fields }) => ({ body: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) }),
  output: noteAnswer,
  sample: noteSample,
  outputFields: noteOutputFields,
});
