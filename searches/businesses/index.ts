import type { Search } from 'zapier-platform-core';
import findBusiness from './find-business';
import getBusiness from './get-business';

/** The Businesses searches (in the order the README table shows them). */
export const businesses: Search[] = [findBusiness, getBusiness];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {
  findBusiness: {
    key: 'findBusiness',
    display: { label: 'Find Or Create Business', description: 'Finds a business by name, and creates it when none is found.' },
    search: 'findBusiness',
    create: 'createBusiness',
  },
};
