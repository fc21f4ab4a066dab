import { userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { appointmentCalendarField, appointmentField, appointmentNoteField } from '../../src/records/appointment-inputs';
import { appointmentNoteAnswer, appointmentNoteOutputs } from '../../src/records/appointment-note';

/** Update Appointment Note: the spec leaves `{noteId}` undeclared in the path's parameters; it is the note's id. */
export default defineAction({
  key: 'updateAppointmentNote',
  noun: 'Note',
  label: 'Update Appointment Note',
  description: 'Updates the text of a note on an appointment.',
  endpoint: endpoint('PUT', '/calendars/appointments/{appointmentId}/notes/{noteId}', '2021-04-15', ['calendars/events.write']),
  inputs: {
    calendarId: appointmentCalendarField(),
    appointmentId: appointmentField(),
    noteId: appointmentNoteField(),
    body: f.longText({ label: 'Note', required: true, helpText: 'The new text of the note (replaces the old one).' }),
    userId: userField('Written By', 'The user the note is from.'),
  },
  request: ({ body, userId }) => ({ body: { body, userId } }),
  output: appointmentNoteAnswer,
  sample: appointmentNoteOutputs.sample,
  outputFields: appointmentNoteOutputs.outputFields,
});
