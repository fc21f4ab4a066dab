import type { Create } from 'zapier-platform-core';
import createBusiness from './create-business';
import deleteBusiness from './delete-business';
import updateBusiness from './update-business';

/** The Businesses creates (in the order the README table shows them). */
export const businesses: Create[] = [createBusiness, updateBusiness, deleteBusiness];
