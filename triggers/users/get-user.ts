import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { getUserEndpoint, userIdField, userOutputs, userRecord } from '../../src/records/user';

/**
 * Get User: watches one user. Users have no update time in the API, so the version is a
 * fingerprint of the user's content: any change (name, role, locations, permissions) fires.
 */
export default defineRecordTrigger({
  key: 'getUser',
  noun: 'User',
  label: 'Get User',
  description: 'Triggers when the user you choose is first seen and again whenever the user changes.',
  endpoint: getUserEndpoint,
  // HighLevel serves users to either token: an agency connection manages its users with its own token.
  connection: 'either',
  inputs: { userId: userIdField('The user to watch. Pick one, or map an User ID from an earlier step.') },
  record: userRecord,
  ...userOutputs,
  recordIdKey: 'userId',
  recordIdLabel: 'User ID',
  version: fingerprint,
});
