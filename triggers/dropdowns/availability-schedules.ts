import { locationId } from '../../src/client';
import { userField } from '../../src/common-fields';
import { defineDropdown } from '../../src/dropdown';
import { searchSchedulesEndpoint } from '../../src/records/availability-schedule';

/** The availability schedules of the user picked in the same step (the search requires a user), 100 per page. */
export default defineDropdown({
  key: 'availabilityScheduleDropdown',
  noun: 'Availability Schedule',
  endpoint: searchSchedulesEndpoint,
  listKey: 'schedules',
  inputs: { userId: userField('Schedule Owner', 'Pick the Schedule Owner first: HighLevel lists availability schedules per user.', true) },
  request: ({ userId }, { bundle }) => ({ query: { locationId: locationId(bundle), userId } }),
  pagedBySkip: true,
});
