import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { appointmentCalendarField, appointmentField, appointmentNoteField } from '../../src/records/appointment-inputs';
import { succeededOf } from '../../src/records/result';

/** Delete Appointment Note: `{noteId}` is undeclared in the spec's parameters; it is the note's id. */
export default defineAction({
  key: 'deleteAppointmentNote',
  noun: 'Note',
  label: 'Delete Appointment Note',
  description: 'Deletes a note from an appointment permanently. This cannot be undone.',
  endpoint: endpoint('DELETE', '/calendars/appointments/{appointmentId}/notes/{noteId}', '2021-04-15', ['calendars/events.write']),
  inputs: { calendarId: appointmentCalendarField(), appointmentId: appointmentField(), noteId: appointmentNoteField() },
  output: (body, { input }) => ({ noteId: input.noteId, appointmentId: input.appointmentId, succeeded: succeededOf(body) }),
  sample: { noteId: 'HGPcayliwcdoUFzvbTok', appointmentId: 'YS3jaqqeehkR2Is80miy', succeeded: true },
  outputFields: [
    { key: 'noteId', label: 'Deleted Note ID' },
    { key: 'appointmentId', label: 'Appointment ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
