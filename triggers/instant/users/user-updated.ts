import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { userTable, userOutputs } from '../../../src/records/user';

/** User Updated (Instant): HighLevel's UserUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'userUpdatedInstant',
  noun: 'User',
  label: 'User Updated (Instant)',
  description: 'Triggers when a user is changed.',
  eventTypes: ['UserUpdate'],
  inputs: {},
  ...userOutputs,
  records: eventRecords(userTable.parse),
});
