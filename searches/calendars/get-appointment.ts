import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { appointmentCalendarField, appointmentField } from '../../src/records/appointment-inputs';
import { bookedEventOutputs, bookedEventRecord } from '../../src/records/event';

/**
 * Get Appointment as a Zap step: the appointment, or no result when it does not exist. Like the
 * appointment triggers, it adds the contact's name, email and phone, the calendar's name and the
 * assigned user's name (one request each at most, cached), so the Zap needs no Find Contact step.
 */
export default defineSearch({
  key: 'getAppointment',
  noun: 'Appointment',
  label: 'Get Appointment',
  description: 'Finds an appointment by ID, with its contact\'s name, email and phone, calendar, time, status and assignee.',
  endpoint: endpoint('GET', '/calendars/events/appointments/{eventId}', '2021-04-15', ['calendars/events.readonly']),
  inputs: { calendarId: appointmentCalendarField(), eventId: appointmentField('The appointment to get. Pick one (choose its Calendar first), or map an Appointment ID.') },
  records: (body) => [bookedEventRecord(body)],
  ...bookedEventOutputs,
});
