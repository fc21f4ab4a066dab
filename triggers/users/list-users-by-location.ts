import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { userList, userOutputs } from '../../src/records/user';

/**
 * List Users by Location: GET /users/, which HighLevel marks deprecated in favour of
 * GET /users/search with locationId and companyId (the "Search Users" trigger). Kept for the
 * catalog; fires once per user of the connected sub-account.
 */
export default defineListTrigger({
  key: 'listUsersByLocation',
  noun: 'User',
  label: 'List Users By Location',
  description: 'Triggers when a new user is added to the connected location (deprecated list). Use "Search Users" instead.',
  endpoint: endpoint('GET', '/users/', '2021-07-28', ['users.readonly']),
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  records: userList,
  ...userOutputs,
});
