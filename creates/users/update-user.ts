import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import {
  companyId,
  isAgency,
  passwordField,
  USER_ROLES,
  USER_TYPES,
  userAnswer,
  userIdField,
  userShape,
} from '../../src/records/user';

/**
 * PUT /users/{userId} (the spec forgets to declare the {userId} path parameter). Only filled
 * fields are sent. The email is not offered: the spec marks it deprecated ("Email update is no
 * longer supported"). companyId is added on agency connections ("Required for Agency Level access").
 */
export default defineAction({
  key: 'updateUser',
  noun: 'User',
  label: 'Update User',
  description: 'Updates a user\'s name, phone, password, role, type or locations. Only the fields you fill in are changed.',
  endpoint: endpoint('PUT', '/users/{userId}', '2021-07-28', ['users.write']),
  // HighLevel serves users to either token: an agency connection manages its users with its own token.
  connection: 'either',
  inputs: {
    userId: userIdField('The user to update. Pick one, or map an User ID from an earlier step.'),
    firstName: f.text({ label: 'First Name', helpText: 'The user\'s new first name.' }),
    lastName: f.text({ label: 'Last Name', helpText: 'The user\'s new last name.' }),
    phone: f.phone({ label: 'Phone', helpText: 'Phone number with country code, e.g. +1 512 555 0188.' }),
    password: passwordField({ helpText: 'A new password for the user.' }),
    type: f.choice({ label: 'User Type', choices: USER_TYPES, helpText: 'Sub-account user or agency user.' }),
    role: f.choice({ label: 'Role', choices: USER_ROLES, helpText: 'Admin or User.' }),
    locationIds: f.list({ label: 'Locations', dynamic: 'subAccountDropdown.id.name', helpText: 'Replaces the sub-accounts the user may access: pick them, or map Location IDs.' }),
  },
  request: ({ userId: _id, ...fields }, { bundle }) => {
    if (Object.values(fields).every((v) => v === undefined)) {
      throw invalidInput({ key: 'userId', label: 'User' }, 'needs at least one field to change; all fields are empty');
    }
    return { body: { ...fields, ...(isAgency(bundle) ? { companyId: companyId(bundle) } : {}) } };
  },
  output: userAnswer,
  ...userShape,
});
