import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { calendarLink, V } from '../../src/records/availability-schedule';

/** Add Calendar To Availability Schedule: PUT /calendars/schedules/{id}/associations/{calendarId} (no body); answers `{ success }`. */
export default defineAction({
  key: 'addCalendarToAvailabilitySchedule',
  noun: 'Availability Schedule',
  label: 'Add Calendar To Availability Schedule',
  description: 'Applies an availability schedule to a calendar, so the calendar offers bookings within the schedule\'s hours.',
  endpoint: endpoint('PUT', '/calendars/schedules/{id}/associations/{calendarId}', V, ['calendars.write']),
  ...calendarLink('add'),
});
