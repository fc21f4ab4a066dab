import { errors, type Bundle } from 'zapier-platform-core';
import { AGENCY_USER_TYPE, type RequestParts } from '../client';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type FieldSpec } from '../fields';
import { defineRecord, isRecord, readAs, t, type Output } from '../record-table';

/**
 * Users (users.json). The user record has no update time, so "watch this user" versions it by a
 * content fingerprint. Permissions and scopes (dozens of flags) are not flattened; the role, type
 * and locations are.
 */
export const getUserEndpoint = endpoint('GET', '/users/{userId}', '2021-07-28', ['users.readonly']);
export const searchUsersEndpoint = endpoint('GET', '/users/search', '2021-07-28', ['users.readonly']);
export const filterUsersByEmailEndpoint = endpoint('POST', '/users/search/filter-by-email', '2021-07-28', ['users.readonly'], { readOnly: true });

/** "Extension" is sent as "" when there is none: an empty text counts as none. */
export const userTable = defineRecord(
  {
    id: { label: 'User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo' },
    name: { label: 'Full Name', type: t.text, derive: (u) => [u.firstName, u.lastName].filter(Boolean).join(' ') || null, sample: 'Sam Lee' },
    firstName: { label: 'First Name', type: t.text, sample: 'Sam' },
    lastName: { label: 'Last Name', type: t.text, sample: 'Lee' },
    email: { label: 'Email', type: t.text, sample: 'sam.lee@example.com' },
    phone: { label: 'Phone', type: t.text, sample: '+15125550188' },
    extension: { label: 'Phone Extension', type: t.nonEmptyText, sample: null },
    type: { label: 'User Type (account or agency)', type: t.text, from: 'roles.type', sample: 'account' },
    role: { label: 'Role (admin or user)', type: t.text, from: 'roles.role', sample: 'user' },
    locationIds: { label: 'Location IDs', type: t.strings, from: 'roles.locationIds', sample: ['ve9EPM428h8vShlRW1KT'] },
    deleted: { label: 'Deleted', type: t.boolean, sample: false },
    platformLanguage: { label: 'Platform Language', type: t.text, sample: 'en_US' },
  },
  { name: 'user' },
);
export type HighLevelUser = Output<typeof userTable.fields>;

export const userList = userTable.list('users');
/** GET/PUT/POST /users answer with the user itself, no envelope (UserSuccessfulResponseDto). */
export const userRecord = userTable.one('', 'the user request');
export const userAnswer = userTable.answer('', 'the user request');
export const userOutputs = userTable.outputs;
export const userShape = userTable.shape;

/** The agency (company) of the connection; /users/search and user writes need it. */
export function companyId(bundle: Bundle): string {
  const id = bundle.authData?.companyId;
  if (!id) throw new errors.Error('This connection has no company ID; reconnect HighLevel.', 'InvalidConnection', 400);
  return id;
}

export const isAgency = (bundle: Bundle): boolean => bundle.authData?.userType === AGENCY_USER_TYPE;

export const userIdField = (helpText: string) =>
  f.id({ label: 'User', required: true, dynamic: 'userDropdown.id.name', helpText });

export const USER_TYPES = { account: 'Sub-account user', agency: 'Agency user' } as const;
export const USER_ROLES = { admin: 'Admin', user: 'User' } as const;

/** A password input, masked in the Zap editor. */
export const passwordField = (o: { required: true; helpText: string } | { required?: false; helpText: string }) => {
  const spec = o.required ? f.text({ label: 'Password', required: true, helpText: o.helpText }) : f.text({ label: 'Password', helpText: o.helpText });
  return { ...spec, field: { ...spec.field, type: 'password' as const } };
};

/**
 * POST /users/search/filter-by-email (agency only). `emails` is one comma-separated string in the
 * spec; `projection: 'all'` asks for whole users (by default HighLevel returns only id and email).
 * Each address is checked before anything is sent.
 */
export const emailsField = () =>
  f.list({ label: 'Emails', required: true, helpText: 'Email addresses of the users to find, as a list or separated by commas.' });

export function filterByEmailRequest(input: { emails: string[]; deleted?: boolean | undefined }, bundle: Bundle, limit: number): RequestParts {
  const bad = input.emails.find((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
  if (bad) throw invalidInput({ key: 'emails', label: 'Emails' }, `must be email addresses, got "${bad}"`);
  return {
    body: {
      companyId: companyId(bundle),
      emails: input.emails.join(','),
      ...(input.deleted !== undefined ? { deleted: input.deleted } : {}),
      projection: 'all',
      skip: '0',
      limit: String(limit),
    },
  };
}

export const deletedField = () => f.boolean({ label: 'Deleted Users', helpText: 'Yes finds deleted users only; No (or empty) finds active users.' });

/** User ids as a list, with the user dropdown (followers). */
export function usersListField(label: string, required: true, helpText: string): FieldSpec<string[]>;
export function usersListField(label: string, required: false, helpText: string): FieldSpec<string[] | undefined>;
export function usersListField(label: string, required: boolean, helpText: string): FieldSpec<string[] | undefined> {
  const spec = required ? f.list({ label, required: true, helpText }) : f.list({ label, helpText });
  return { ...spec, field: { ...spec.field, dynamic: 'userDropdown.id.name' } };
}

/** `{ followers, followersAdded }` / `{ followers, followersRemoved }` of the follower endpoints (lists of user ids; anything else reads as none). */
export const followersAnswer = (body: unknown) => {
  const o = isRecord(body) ? body : {};
  return { followers: readAs(t.strings, o.followers), followersAdded: readAs(t.strings, o.followersAdded), followersRemoved: readAs(t.strings, o.followersRemoved) };
};
