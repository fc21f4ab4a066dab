import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { companyId, searchUsersEndpoint, USER_ROLES, USER_TYPES, userList, userOutputs } from '../../src/records/user';

/**
 * Search Users: GET /users/search, newest first (sort=dateAdded, sortDirection=desc; mapping
 * report, section 7). `companyId` is required even with a location token; a location connection
 * also sends its `locationId`, so only that sub-account's users are seen. Fires once per user.
 */
export default defineListTrigger({
  key: 'searchUsers',
  noun: 'User',
  label: 'Search Users',
  description: 'Triggers when a new user matches the text, role or type you choose.',
  endpoint: searchUsersEndpoint,
  // HighLevel serves users to either token: an agency connection manages its users with its own token.
  connection: 'either',
  inputs: {
    query: f.text({ label: 'Search Text', helpText: 'Only users whose name, email or phone matches this text.' }),
    role: f.choice({ label: 'Role', choices: USER_ROLES, helpText: 'Only users with this role. Leave empty for any role.' }),
    type: f.choice({ label: 'User Type', choices: USER_TYPES, helpText: 'Only agency or only sub-account users. Leave empty for both.' }),
  },
  request: (input, { bundle }) => ({
    query: {
      companyId: companyId(bundle),
      locationId: bundle.authData?.locationId,
      ...input,
      sort: 'dateAdded',
      sortDirection: 'desc',
      skip: 0,
      limit: pollLimit(bundle),
    },
  }),
  records: userList,
  ...userOutputs,
});
