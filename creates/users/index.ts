import type { Create } from 'zapier-platform-core';
import createUser from './create-user';
import deleteUser from './delete-user';
import updateUser from './update-user';

/** The Users creates (in the order the README table shows them). */
export const users: Create[] = [createUser, updateUser, deleteUser];
