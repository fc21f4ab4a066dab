import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { availabilityScheduleField, availabilityScheduleOutputs, availabilityScheduleRecord, dropdownUserInput, V } from '../../src/records/availability-schedule';

/** Get Availability Schedule: GET /calendars/schedules/{id} (`{ schedule }`); a 404 is "no result". */
export default defineSearch({
  key: 'getAvailabilitySchedule',
  noun: 'Availability Schedule',
  label: 'Get Availability Schedule',
  description: 'Finds one availability schedule by its ID, with its weekly hours, date-specific hours, time zone and calendars.',
  endpoint: endpoint('GET', '/calendars/schedules/{id}', V, ['calendars.readonly']),
  inputs: {
    availabilityScheduleId: availabilityScheduleField('The schedule. Pick one (after choosing its Schedule Owner below), or map an Availability Schedule ID.'),
    ...dropdownUserInput,
  },
  request: ({ availabilityScheduleId }) => ({ path: { id: availabilityScheduleId } }),
  ...availabilityScheduleOutputs,
  records: (body) => [availabilityScheduleRecord(body)],
});
