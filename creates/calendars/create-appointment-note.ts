import { userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { appointmentCalendarField, appointmentField } from '../../src/records/appointment-inputs';
import { appointmentNoteAnswer, appointmentNoteOutputs } from '../../src/records/appointment-note';

export default defineAction({
  key: 'createAppointmentNote',
  noun: 'Note',
  label: 'Create Appointment Note',
  description: 'Adds a note to an appointment, e.g. what was discussed or what to prepare.',
  endpoint: endpoint('POST', '/calendars/appointments/{appointmentId}/notes', '2021-04-15', ['calendars/events.write']),
  inputs: {
    calendarId: appointmentCalendarField(),
    appointmentId: appointmentField(),
    body: f.longText({ label: 'Note', required: true, helpText: 'What the note says, e.g. "Called about the spring postcard; call back Friday."' }),
    userId: userField('Written By', 'The user the note is from.'),
  },
  request: ({ body, userId }) => ({ body: { body, userId } }),
  output: appointmentNoteAnswer,
  sample: appointmentNoteOutputs.sample,
  outputFields: appointmentNoteOutputs.outputFields,
});
