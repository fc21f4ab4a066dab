import { calendarField } from '../../../src/records/calendar';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { bookedEventOutputs, bookedEventTable } from '../../../src/records/event';

/** Appointment Updated (Instant): HighLevel's AppointmentUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'appointmentUpdatedInstant',
  noun: 'Appointment',
  label: 'Appointment Updated (Instant)',
  description: 'Triggers when an appointment is changed or rescheduled (optionally only in one calendar).',
  eventTypes: ['AppointmentUpdate'],
  inputs: { calendarId: calendarField(false, 'Only appointments of this calendar. Leave empty for every calendar.') },
  filters: (i) => ({ calendarId: i.calendarId }),
  ...bookedEventOutputs,
  records: eventRecords(bookedEventTable.parse, { nested: 'appointment' }),
});
