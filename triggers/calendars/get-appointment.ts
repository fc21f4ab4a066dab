import { endpoint } from '../../src/endpoint';
import { defineRecordTrigger } from '../../src/operation';
import { appointmentCalendarField, appointmentField } from '../../src/records/appointment-inputs';
import { appointmentVersion, bookedEventOutputs, bookedEventRecord } from '../../src/records/event';

/**
 * Get Appointment: watches one appointment; fires when first seen and again whenever it changes
 * (version: dateUpdated, else a fingerprint of status, start and end). A recurring instance id
 * (masterId_start_duration) works as the spec says. Its output is the appointment triggers' and the
 * Get Appointment search's: with the contact's name, email and phone, calendar and assignee names.
 */
export default defineRecordTrigger({
  key: 'getAppointment',
  noun: 'Appointment',
  label: 'Get Appointment',
  description: 'Triggers when the appointment you choose is first seen and again whenever it changes (status, time, notes).',
  endpoint: endpoint('GET', '/calendars/events/appointments/{eventId}', '2021-04-15', ['calendars/events.readonly']),
  inputs: { calendarId: appointmentCalendarField(), eventId: appointmentField('The appointment to watch. Pick one (choose its Calendar first), or map an Appointment ID.') },
  record: bookedEventRecord,
  ...bookedEventOutputs,
  recordIdKey: 'appointmentId',
  recordIdLabel: 'Appointment ID',
  version: appointmentVersion,
});
