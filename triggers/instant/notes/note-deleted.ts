import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { noteTable, noteOutputs } from '../../../src/records/note';

/** Note Deleted (Instant): HighLevel's NoteDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'noteDeletedInstant',
  noun: 'Note',
  label: 'Note Deleted (Instant)',
  description: 'Triggers when a note of a contact is deleted.',
  eventTypes: ['NoteDelete'],
  inputs: {},
  ...withContactOutputs(noteOutputs),
  records: eventRecords(noteTable.parse),
});
