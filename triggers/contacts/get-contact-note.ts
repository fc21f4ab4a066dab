import { contactField, noteField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { noteOutputs, noteRecord } from '../../src/records/note';

/** Get Contact Note by ID: watches one note; notes have no update time, so a content fingerprint versions it. */
export default defineRecordTrigger({
  key: 'getContactNote',
  noun: 'Note',
  label: 'Get Contact Note By ID',
  description: 'Triggers when the note you choose is first seen and again whenever it is edited.',
  endpoint: endpoint('GET', '/contacts/{contactId}/notes/{id}', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField(), noteId: noteField() },
  request: (input) => ({ path: { id: input.noteId } }),
  record: noteRecord,
  ...noteOutputs,
  recordIdKey: 'noteId',
  recordIdLabel: 'Note ID',
  version: fingerprint,
});
