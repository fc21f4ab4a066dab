import { calendarField } from '../../../src/records/calendar';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { bookedEventOutputs, bookedEventTable } from '../../../src/records/event';

/** Appointment Deleted (Instant): HighLevel's AppointmentDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'appointmentDeletedInstant',
  noun: 'Appointment',
  label: 'Appointment Deleted (Instant)',
  description: 'Triggers when an appointment is deleted (optionally only in one calendar).',
  eventTypes: ['AppointmentDelete'],
  inputs: { calendarId: calendarField(false, 'Only appointments of this calendar. Leave empty for every calendar.') },
  filters: (i) => ({ calendarId: i.calendarId }),
  ...bookedEventOutputs,
  records: eventRecords(bookedEventTable.parse, { nested: 'appointment' }),
});
