import type { Search } from 'zapier-platform-core';

/** The Workflows & Campaigns searches (in the order the README table shows them). */
export const workflows: Search[] = [];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};
