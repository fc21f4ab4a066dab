import { timeZoneField } from '../../src/choices';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { availabilityScheduleAnswer, availabilityScheduleField, availabilityScheduleShape, dropdownUserInput, hoursField, scheduleZone, V } from '../../src/records/availability-schedule';
import { field } from '../../src/records/step-input';

/**
 * Update Availability Schedule: PUT /calendars/schedules/{id} (calendars.json `UpdateScheduleDTO`:
 * "only provided fields will be updated"), so no read is needed: name, time zone and the rules
 * are sent when given; Hours, when given, replace all rules.
 */
export default defineAction({
  key: 'updateAvailabilitySchedule',
  noun: 'Availability Schedule',
  label: 'Update Availability Schedule',
  description: 'Updates an availability schedule\'s name, time zone or hours (new hours replace all current ones); only the fields you fill in change.',
  endpoint: endpoint('PUT', '/calendars/schedules/{id}', V, ['calendars.write']),
  inputs: {
    availabilityScheduleId: availabilityScheduleField('The schedule to change. Pick one (after choosing its Schedule Owner below), or map an Availability Schedule ID.'),
    name: f.text({ label: 'Name', helpText: 'A new name for the schedule. Unchanged when blank.' }),
    timezone: timeZoneField({ label: 'Time Zone', helpText: 'A new time zone for the hours, e.g. America/Los_Angeles. Unchanged when blank.' }),
    rules: hoursField('All available time ranges after the update (they replace the current hours): one row per range, e.g. friday 08:00 to 14:00. Unchanged when left empty.', false),
    ...dropdownUserInput,
  },
  request: ({ availabilityScheduleId, name, timezone, rules }) => {
    if (name === undefined && timezone === undefined && rules === undefined) throw invalidInput(field('name', 'Name'), 'is required unless Time Zone or Hours is given: there is nothing to update');
    return { path: { id: availabilityScheduleId }, body: { ...(name ? { name } : {}), ...(timezone ? { timezone: scheduleZone(timezone) } : {}), ...(rules ? { rules } : {}) } };
  },
  output: availabilityScheduleAnswer,
  ...availabilityScheduleShape,
});
