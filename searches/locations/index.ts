import type { Search } from 'zapier-platform-core';
import findLocation from './find-location';

/** The Locations searches (in the order the README table shows them). */
export const locations: Search[] = [findLocation];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};
