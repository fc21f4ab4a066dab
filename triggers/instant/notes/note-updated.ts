import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { noteTable, noteOutputs } from '../../../src/records/note';

/** Note Updated (Instant): HighLevel's NoteUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'noteUpdatedInstant',
  noun: 'Note',
  label: 'Note Updated (Instant)',
  description: 'Triggers when a note of a contact is changed.',
  eventTypes: ['NoteUpdate'],
  inputs: {},
  ...withContactOutputs(noteOutputs),
  records: eventRecords(noteTable.parse),
});
