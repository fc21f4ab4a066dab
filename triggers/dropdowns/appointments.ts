import { defineListTrigger } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { aroundNow, CHANGED_WINDOW, eventList, eventsEndpoint, eventsQuery } from '../../src/records/event';
import { epochOf, isoOut } from '../../src/time';

/**
 * Appointments of the calendar chosen in the same step, starting from 30 days ago to 180 days
 * ahead (GET /calendars/events needs a window and has no paging), soonest first.
 */
export default defineListTrigger({
  key: 'appointmentDropdown',
  noun: 'Appointment',
  label: 'Appointments (Dropdown)',
  description: 'Triggers when the Appointment dropdown loads: lists the appointments of a calendar.',
  hidden: true,
  endpoint: eventsEndpoint,
  inputs: { calendarId: calendarField(true, 'Pick the calendar first: its appointments fill the dropdown.') },
  request: (input, { bundle }) => eventsQuery(bundle, input, aroundNow(CHANGED_WINDOW)),
  records: (body) => eventList(body).sort((a, b) => epochOf(a.startTime) - epochOf(b.startTime)),
  output: (items) =>
    items.map((e) => ({ id: e.id, name: `${e.title || 'Appointment'} (${isoOut(e.startTime) ?? 'no time'}${e.status ? `, ${e.status}` : ''})` })),
  sample: { id: 'YS3jaqqeehkR2Is80miy', name: 'Consultation with Rosa Delgado (2025-03-20T15:00:00-05:00, confirmed)' },
  outputFields: [
    { key: 'id', label: 'Appointment ID' },
    { key: 'name', label: 'Appointment' },
  ],
});
