import type { Search } from 'zapier-platform-core';
import filterUsersByEmail from './filter-users-by-email';
import getUser from './get-user';

/** The Users searches (in the order the README table shows them). */
export const users: Search[] = [getUser, filterUsersByEmail];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};
