import { locationId } from '../../src/client';
import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { appointmentBody, appointmentDetailInputs } from '../../src/records/appointment-inputs';
import { eventAnswer, eventShape } from '../../src/records/event';
import { calendarField } from '../../src/records/calendar';
import { t } from '../../src/time';

/**
 * Create Appointment: times are sent as ISO 8601 (the spec's form, e.g. 2021-06-23T03:30:00+05:30):
 * with the Time Zone's offset when one is given, else in UTC. The answer is the appointment
 * itself (AppointmentSchemaResponse, not wrapped).
 */
export default defineAction({
  key: 'createAppointment',
  noun: 'Appointment',
  label: 'Create Appointment',
  description: 'Books a new appointment for a contact in a calendar, at a time you choose.',
  endpoint: endpoint('POST', '/calendars/events/appointments', '2021-04-15', ['calendars/events.write']),
  inputs: {
    calendarId: calendarField(true, 'The calendar to book in. Pick one, or map a Calendar ID.'),
    contactId: contactField('The contact the appointment is for. Pick one, or map a Contact ID from an earlier step.'),
    startTime: t.moment({ label: 'Start Time', required: true, helpText: 'When it starts, e.g. 2025-03-20T15:00:00-05:00, or a date and time from an earlier step.' }),
    ...appointmentDetailInputs,
  },
  request: ({ calendarId, contactId, ...details }, { bundle }) => ({
    body: { calendarId, locationId: locationId(bundle), contactId, ...appointmentBody(details) },
  }),
  output: eventAnswer,
  ...eventShape,
});
