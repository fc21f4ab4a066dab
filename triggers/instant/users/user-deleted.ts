import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { userTable, userOutputs } from '../../../src/records/user';

/** User Deleted (Instant): HighLevel's UserDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'userDeletedInstant',
  noun: 'User',
  label: 'User Deleted (Instant)',
  description: 'Triggers when a user is deleted.',
  eventTypes: ['UserDelete'],
  inputs: {},
  ...userOutputs,
  records: eventRecords(userTable.parse),
});
