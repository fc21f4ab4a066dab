import { appointmentTable, appointmentOutputs } from '../../../src/records/appointment';
import { calendarField } from '../../../src/records/calendar';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';

/** Appointment Created (Instant): HighLevel's AppointmentCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'appointmentCreatedInstant',
  noun: 'Appointment',
  label: 'Appointment Created (Instant)',
  description: 'Triggers when an appointment is booked (optionally only in one calendar).',
  eventTypes: ['AppointmentCreate'],
  inputs: { calendarId: calendarField(false, 'Only appointments of this calendar. Leave empty for every calendar.') },
  filters: (i) => ({ calendarId: i.calendarId }),
  ...appointmentOutputs,
  records: eventRecords(appointmentTable.parse, { nested: 'appointment' }),
});
