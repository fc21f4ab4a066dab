import { appointmentTable, appointmentOutputs } from '../../../src/records/appointment';
import { calendarField } from '../../../src/records/calendar';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';

/** Appointment Deleted (Instant): HighLevel's AppointmentDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'appointmentDeletedInstant',
  noun: 'Appointment',
  label: 'Appointment Deleted (Instant)',
  description: 'Triggers when an appointment is deleted (optionally only in one calendar).',
  eventTypes: ['AppointmentDelete'],
  inputs: { calendarId: calendarField(false, 'Only appointments of this calendar. Leave empty for every calendar.') },
  filters: (i) => ({ calendarId: i.calendarId }),
  ...appointmentOutputs,
  records: eventRecords(appointmentTable.parse, { nested: 'appointment' }),
});
