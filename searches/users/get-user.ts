import { defineSearch } from '../../src/operation';
import { getUserEndpoint, userIdField, userOutputs, userRecord } from '../../src/records/user';

/** Get User as a Zap step: the user by ID, or no result when there is none. */
export default defineSearch({
  key: 'getUser',
  noun: 'User',
  label: 'Get User',
  description: 'Finds a user by ID, with name, email, phone, role, type and locations.',
  endpoint: getUserEndpoint,
  // HighLevel serves users to either token: an agency connection manages its users with its own token.
  connection: 'either',
  inputs: { userId: userIdField('The user to get. Pick one, or map an User ID from an earlier step.') },
  records: (body) => [userRecord(body)],
  ...userOutputs,
});
