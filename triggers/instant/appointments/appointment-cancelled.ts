import { calendarField } from '../../../src/records/calendar';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { bookedEventOutputs, bookedEventTable } from '../../../src/records/event';

/** Appointment Cancelled (Instant): HighLevel's AppointmentUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'appointmentCancelledInstant',
  noun: 'Appointment',
  label: 'Appointment Cancelled (Instant)',
  description: 'Triggers when an appointment is cancelled (optionally only in one calendar).',
  eventTypes: ['AppointmentUpdate'],
  inputs: { calendarId: calendarField(false, 'Only appointments of this calendar. Leave empty for every calendar.') },
  filters: (i) => ({ calendarId: i.calendarId, status: 'cancelled' }),
  ...bookedEventOutputs,
  records: eventRecords(bookedEventTable.parse, { nested: 'appointment' }),
});
