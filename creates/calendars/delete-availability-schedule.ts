import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { availabilityScheduleField, dropdownUserInput, V } from '../../src/records/availability-schedule';
import { succeededOf } from '../../src/records/result';

/** Delete Availability Schedule: DELETE /calendars/schedules/{id}; answers `{ success }`. */
export default defineAction({
  key: 'deleteAvailabilitySchedule',
  noun: 'Availability Schedule',
  label: 'Delete Availability Schedule',
  description: 'Deletes an availability schedule with all its hours; calendars it was applied to no longer book by it. This cannot be undone.',
  endpoint: endpoint('DELETE', '/calendars/schedules/{id}', V, ['calendars.write']),
  inputs: {
    availabilityScheduleId: availabilityScheduleField('The schedule to delete. Pick one (after choosing its Schedule Owner below), or map an Availability Schedule ID.'),
    ...dropdownUserInput,
  },
  request: ({ availabilityScheduleId }) => ({ path: { id: availabilityScheduleId } }),
  output: (body, { input }) => ({ availabilityScheduleId: input.availabilityScheduleId, succeeded: succeededOf(body) }),
  sample: { availabilityScheduleId: 'IkqiJlXJ7o9h61tCHHod', succeeded: true },
  outputFields: [
    { key: 'availabilityScheduleId', label: 'Deleted Availability Schedule ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
