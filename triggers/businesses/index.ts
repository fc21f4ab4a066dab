import type { Trigger } from 'zapier-platform-core';
import getBusiness from './get-business';
import listBusinesses from './list-businesses-by-location';

/** The Businesses triggers (in the order the README table shows them). */
export const businesses: Trigger[] = [getBusiness, listBusinesses];
