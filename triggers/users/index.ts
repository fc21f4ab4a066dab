import type { Trigger } from 'zapier-platform-core';
import filterUsersByEmail from './filter-users-by-email';
import getUser from './get-user';
import listUsersByLocation from './list-users-by-location';
import searchUsers from './search-users';

/** The Users triggers (in the order the README table shows them). */
export const users: Trigger[] = [searchUsers, filterUsersByEmail, getUser, listUsersByLocation];
