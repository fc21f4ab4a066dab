import { calendarField } from '../../../src/records/calendar';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { bookedEventOutputs, bookedEventTable } from '../../../src/records/event';

/** Appointment Created (Instant): HighLevel's AppointmentCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'appointmentCreatedInstant',
  noun: 'Appointment',
  label: 'Appointment Created (Instant)',
  description: 'Triggers when an appointment is booked (optionally only in one calendar).',
  eventTypes: ['AppointmentCreate'],
  inputs: { calendarId: calendarField(false, 'Only appointments of this calendar. Leave empty for every calendar.') },
  filters: (i) => ({ calendarId: i.calendarId }),
  ...bookedEventOutputs,
  records: eventRecords(bookedEventTable.parse, { nested: 'appointment' }),
});
