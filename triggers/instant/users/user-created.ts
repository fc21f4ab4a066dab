import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { userTable, userOutputs } from '../../../src/records/user';

/** User Created (Instant): HighLevel's UserCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'userCreatedInstant',
  noun: 'User',
  label: 'User Created (Instant)',
  description: 'Triggers when a user is added.',
  eventTypes: ['UserCreate'],
  inputs: {},
  ...userOutputs,
  records: eventRecords(userTable.parse),
});
