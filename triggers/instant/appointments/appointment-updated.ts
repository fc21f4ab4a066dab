import { appointmentTable, appointmentOutputs } from '../../../src/records/appointment';
import { calendarField } from '../../../src/records/calendar';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';

/** Appointment Updated (Instant): HighLevel's AppointmentUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'appointmentUpdatedInstant',
  noun: 'Appointment',
  label: 'Appointment Updated (Instant)',
  description: 'Triggers when an appointment is changed or rescheduled (optionally only in one calendar).',
  eventTypes: ['AppointmentUpdate'],
  inputs: { calendarId: calendarField(false, 'Only appointments of this calendar. Leave empty for every calendar.') },
  filters: (i) => ({ calendarId: i.calendarId }),
  ...appointmentOutputs,
  records: eventRecords(appointmentTable.parse, { nested: 'appointment' }),
});
