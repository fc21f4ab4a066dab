import type { Search } from 'zapier-platform-core';
import getCompany from './get-company';

/** The Companies searches (in the order the README table shows them). */
export const companies: Search[] = [getCompany];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};
