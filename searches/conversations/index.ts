import type { Search } from 'zapier-platform-core';

/** The Conversations & Messages searches (in the order the README table shows them). */
export const conversations: Search[] = [];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};

/** Hydrators this category uses for files (z.dehydrateFile). */
export const hydrators: Record<string, (z: import('zapier-platform-core').ZObject, bundle: import('zapier-platform-core').Bundle) => Promise<unknown>> = {};
