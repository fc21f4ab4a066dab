import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { calendarLink, V } from '../../src/records/availability-schedule';

/** Remove Calendar From Availability Schedule: DELETE /calendars/schedules/{id}/associations/{calendarId} (no body); answers `{ success }`. */
export default defineAction({
  key: 'removeCalendarFromAvailabilitySchedule',
  noun: 'Availability Schedule',
  label: 'Remove Calendar From Availability Schedule',
  description: 'Removes a calendar from an availability schedule, so the calendar no longer books by the schedule\'s hours.',
  endpoint: endpoint('DELETE', '/calendars/schedules/{id}/associations/{calendarId}', V, ['calendars.write']),
  ...calendarLink('remove'),
});
