import { defineSearch } from '../../src/operation';
import { deletedField, emailsField, filterByEmailRequest, filterUsersByEmailEndpoint, userList, userOutputs } from '../../src/records/user';

/** Filter Users by Email as a Zap step (agency connections only, like the trigger). */
export default defineSearch({
  key: 'filterUsersByEmail',
  noun: 'User',
  label: 'Filter Users By Email',
  description: 'Finds the users with these email addresses across the agency. Needs an agency connection.',
  connection: 'agency',
  endpoint: filterUsersByEmailEndpoint,
  inputs: { emails: emailsField(), deleted: deletedField() },
  request: (input, { bundle }) => filterByEmailRequest(input, bundle, 25),
  records: userList,
  ...userOutputs,
});
