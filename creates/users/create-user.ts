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
  userShape,
} from '../../src/records/user';

/**
 * POST /users/ (CreateUserDto requires companyId, firstName, lastName, email, password, type,
 * role, locationIds). companyId comes from the connection; on a sub-account connection the type
 * is "account" and the locations default to the connected one. Permissions and scopes are left
 * to HighLevel's defaults for the role.
 */
export default defineAction({
  key: 'createUser',
  noun: 'User',
  label: 'Create User',
  description: 'Creates a new team member with a role and access to the connected sub-account (or the locations you choose).',
  endpoint: endpoint('POST', '/users/', '2021-07-28', ['users.write']),
  // HighLevel serves users to either token: an agency connection manages its users with its own token.
  connection: 'either',
  inputs: {
    firstName: f.text({ label: 'First Name', required: true, helpText: 'The user\'s given name, e.g. Sam.' }),
    lastName: f.text({ label: 'Last Name', required: true, helpText: 'The user\'s family name (surname), e.g. Lee.' }),
    email: f.email({ label: 'Email', required: true, helpText: 'The user\'s login email, e.g. sam.lee@example.com.' }),
    password: passwordField({ required: true, helpText: 'The initial password; the user can change it later.' }),
    role: f.choice({ label: 'Role', required: true, default: 'user', choices: USER_ROLES, helpText: 'Admin or User.' }),
    phone: f.phone({ label: 'Phone', helpText: 'Phone number with country code, e.g. +1 512 555 0188.' }),
    type: f.choice({ label: 'User Type', default: 'account', choices: USER_TYPES, helpText: 'Sub-account user (default) or agency user (agency connection only).' }),
    locationIds: f.list({ label: 'Locations', dynamic: 'subAccountDropdown.id.name', helpText: 'Sub-accounts the user may access: pick them, or map Location IDs. Leave empty for the connected sub-account.' }),
  },
  request: ({ type, locationIds, ...fields }, { bundle }) => {
    const userType = type ?? 'account';
    if (userType === 'agency' && !isAgency(bundle)) {
      throw invalidInput({ key: 'type', label: 'User Type' }, 'can be "agency" only on an agency connection');
    }
    const locations = locationIds ?? (bundle.authData?.locationId ? [bundle.authData.locationId] : []);
    if (userType === 'account' && locations.length === 0) throw invalidInput({ key: 'locationIds', label: 'Locations' }, 'is required for a sub-account user');
    return { body: { companyId: companyId(bundle), ...fields, type: userType, locationIds: locations } };
  },
  output: userAnswer,
  ...userShape,
});
