import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { noteTable, noteOutputs } from '../../../src/records/note';

/** Note Created (Instant): HighLevel's NoteCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'noteCreatedInstant',
  noun: 'Note',
  label: 'Note Created (Instant)',
  description: 'Triggers when a note is added to a contact.',
  eventTypes: ['NoteCreate'],
  inputs: {},
  ...withContactOutputs(noteOutputs),
  records: eventRecords(noteTable.parse),
});
