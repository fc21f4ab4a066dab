import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';
import { appointmentBody, appointmentDetailInputs, appointmentField } from '../../src/records/appointment-inputs';
import { eventAnswer, eventShape } from '../../src/records/event';
import { calendarField } from '../../src/records/calendar';
import { t } from '../../src/time';

/**
 * Update Appointment: only the fields filled in are sent. The Calendar fills the Appointment
 * dropdown and is sent too (the same calendar changes nothing; another one moves the
 * appointment). A recurring series is changed through its master event id (the spec).
 */
export default defineAction({
  key: 'updateAppointment',
  noun: 'Appointment',
  label: 'Update Appointment',
  description: 'Updates an appointment: reschedules it, changes its status (e.g. confirmed, showed, no-show), assignee or location.',
  endpoint: endpoint('PUT', '/calendars/events/appointments/{eventId}', '2021-04-15', ['calendars/events.write']),
  inputs: {
    calendarId: calendarField(false, 'The appointment\'s calendar: fills the Appointment dropdown. Choosing another calendar moves the appointment there.'),
    eventId: appointmentField('The appointment to change (for a whole recurring series, its master event ID). Pick one, or map an Appointment ID.'),
    startTime: t.moment({ label: 'Start Time', helpText: 'The new start, e.g. 2025-03-20T15:00:00-05:00. Empty: unchanged.' }),
    ...appointmentDetailInputs,
  },
  request: ({ eventId: _e, calendarId, ...details }) => {
    const body = { ...(calendarId ? { calendarId } : {}), ...appointmentBody(details) };
    if (!Object.values(body).some((v) => v !== undefined)) {
      throw invalidInput({ key: 'startTime', label: 'Start Time' }, 'or another field must be filled in: there is nothing to change');
    }
    return { body };
  },
  output: eventAnswer,
  ...eventShape,
});
