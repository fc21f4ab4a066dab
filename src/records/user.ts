import { z } from 'zod';
import { errors, type Bundle, type PlainOutputField } from 'zapier-platform-core';
import { AGENCY_USER_TYPE, type RequestParts } from '../client';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type FieldSpec } from '../fields';
import { each, type Flat } from '../operation';
import { listOf, parseResponse } from '../schemas';

/**
 * Users (users.json). The user record has no update time, so "watch this user" versions it by a
 * content fingerprint. Permissions and scopes (dozens of flags) are not flattened; the role, type
 * and locations are.
 */
export const getUserEndpoint = endpoint('GET', '/users/{userId}', '2021-07-28', ['users.readonly']);
export const searchUsersEndpoint = endpoint('GET', '/users/search', '2021-07-28', ['users.readonly']);
export const filterUsersByEmailEndpoint = endpoint('POST', '/users/search/filter-by-email', '2021-07-28', ['users.readonly']);

const str = z.string().nullish();

export const HighLevelUser = z.looseObject({
  id: z.string(),
  name: str,
  firstName: str,
  lastName: str,
  email: str,
  phone: str,
  extension: str,
  roles: z.looseObject({ type: str, role: str, locationIds: z.array(z.string()).nullish(), restrictSubAccount: z.boolean().nullish() }).nullish(),
  deleted: z.boolean().nullish(),
  platformLanguage: str,
});
export type HighLevelUser = z.infer<typeof HighLevelUser>;

export const flattenUser = (u: HighLevelUser): Flat => ({
  id: u.id,
  name: u.name ?? ([u.firstName, u.lastName].filter(Boolean).join(' ') || null),
  firstName: u.firstName ?? null,
  lastName: u.lastName ?? null,
  email: u.email ?? null,
  phone: u.phone ?? null,
  extension: u.extension || null,
  type: u.roles?.type ?? null,
  role: u.roles?.role ?? null,
  locationIds: u.roles?.locationIds ?? [],
  deleted: u.deleted ?? null,
  platformLanguage: u.platformLanguage ?? null,
});

export const usersOutput = each(flattenUser);
export const userList = (body: unknown): HighLevelUser[] => parseResponse(listOf('users', HighLevelUser), body, 'the user list');
/** GET/PUT/POST /users answer with the user itself, no envelope (UserSuccessfulResponseDto). */
export const userRecord = (body: unknown): HighLevelUser => parseResponse(HighLevelUser, body, 'the user request');

export const userOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'User ID' },
  { key: 'name', label: 'Full Name' },
  { key: 'firstName', label: 'First Name' },
  { key: 'lastName', label: 'Last Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'extension', label: 'Phone Extension' },
  { key: 'type', label: 'User Type (account or agency)' },
  { key: 'role', label: 'Role (admin or user)' },
  { key: 'locationIds', label: 'Location IDs' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'platformLanguage', label: 'Platform Language' },
];

export const userSample: Flat = {
  id: 'y0BeYjuRIlDwsDcOHOJo',
  name: 'Sam Lee',
  firstName: 'Sam',
  lastName: 'Lee',
  email: 'sam.lee@example.com',
  phone: '+15125550188',
  extension: null,
  type: 'account',
  role: 'user',
  locationIds: ['ve9EPM428h8vShlRW1KT'],
  deleted: false,
  platformLanguage: 'en_US',
};

export const userOutputs = { output: usersOutput, sample: userSample, outputFields: userOutputFields };

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

/** `{ followers, followersAdded }` / `{ followers, followersRemoved }` of the follower endpoints. */
export const followersAnswer = (body: unknown) =>
  parseResponse(
    z.looseObject({ followers: z.array(z.string()).nullish(), followersAdded: z.array(z.string()).nullish(), followersRemoved: z.array(z.string()).nullish() }),
    body,
    'the follower update',
  );
