import { defineListTrigger, pollLimit } from '../../src/operation';
import { deletedField, emailsField, filterByEmailRequest, filterUsersByEmailEndpoint, userList, userOutputs } from '../../src/records/user';

/**
 * Filter Users by Email: POST /users/search/filter-by-email, which HighLevel serves to agency
 * tokens only (Agency-Access): a sub-account connection gets a clear error and nothing is sent.
 * Fires once for each user found with one of the addresses (e.g. when the user is created).
 */
export default defineListTrigger({
  key: 'filterUsersByEmail',
  noun: 'User',
  label: 'Filter Users By Email',
  description: 'Triggers when a user with one of the email addresses appears anywhere in the agency. Needs an agency connection.',
  connection: 'agency',
  endpoint: filterUsersByEmailEndpoint,
  inputs: { emails: emailsField(), deleted: deletedField() },
  request: (input, { bundle }) => filterByEmailRequest(input, bundle, pollLimit(bundle)),
  records: userList,
  ...userOutputs,
});
