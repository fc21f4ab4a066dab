import { locationId } from '../../src/client';
import { timeZoneField } from '../../src/choices';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { availabilityScheduleAnswer, availabilityScheduleShape, hoursField, scheduleUserField, scheduleZone, V } from '../../src/records/availability-schedule';
import { calendarsPickList } from '../../src/records/calendar';

/**
 * Create Availability Schedule: POST /calendars/schedules (calendars.json `CreateScheduleDTO`:
 * name, time zone, location and user required; rules and calendars optional). Hours rows become
 * the spec's rules (rows of one weekday or date merged into one rule with several intervals).
 */
export default defineAction({
  key: 'createAvailabilitySchedule',
  noun: 'Availability Schedule',
  label: 'Create Availability Schedule',
  description: 'Creates a user\'s availability schedule (weekly working hours, optionally date-specific hours) and can apply it to calendars.',
  endpoint: endpoint('POST', '/calendars/schedules', V, ['calendars.write']),
  inputs: {
    userId: scheduleUserField('The user whose availability this is. Pick one, or map a User ID.'),
    name: f.text({ label: 'Name', required: true, helpText: 'The schedule\'s name, e.g. "Front desk hours".' }),
    timezone: timeZoneField({ label: 'Time Zone', required: true, helpText: 'The time zone of the hours below, e.g. America/Chicago (an Area/City zone: HighLevel\'s schedules take no three-part zones).' }),
    rules: hoursField('When the user is available: one row per time range, e.g. monday 08:00 to 12:00 and monday 13:00 to 17:00 for a lunch break. Days without a row are unavailable.', true),
    calendarIds: calendarsPickList(false, 'Calendars that book by this schedule. None when blank (apply it later with Add Calendar To Availability Schedule).'),
  },
  request: (input, { bundle }) => ({ body: { locationId: locationId(bundle), ...input, timezone: scheduleZone(input.timezone) } }),
  output: availabilityScheduleAnswer,
  ...availabilityScheduleShape,
});
