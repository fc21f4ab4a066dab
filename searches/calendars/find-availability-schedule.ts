import { locationId } from '../../src/client';
import { defineSearch } from '../../src/operation';
import { availabilityScheduleOutputs, scheduleUserField, searchSchedulesEndpoint } from '../../src/records/availability-schedule';
import { calendarField } from '../../src/records/calendar';

/** Find Availability Schedule: GET /calendars/schedules/search (the user is required; a calendar narrows it), the first 10 in HighLevel's order. */
export default defineSearch({
  key: 'findAvailabilitySchedule',
  noun: 'Availability Schedule',
  label: 'Find Availability Schedule',
  description: 'Finds a user\'s availability schedules (working hours), optionally only the one applied to a calendar; use it to get an Availability Schedule ID for a later step.',
  endpoint: searchSchedulesEndpoint,
  inputs: {
    userId: scheduleUserField('The user whose availability schedules to find. Pick one, or map a User ID.'),
    calendarId: calendarField(false, 'Only the schedule applied to this calendar. Any calendar when blank.'),
  },
  request: ({ userId, calendarId }, { bundle }) => ({ query: { locationId: locationId(bundle), userId, calendarId, skip: 0, limit: 10 } }),
  ...availabilityScheduleOutputs,
});
