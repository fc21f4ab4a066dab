import type { Search } from 'zapier-platform-core';
import findTriggerLink from './find-trigger-link';
import getTriggerLink from './get-trigger-link';

/** The Trigger Links searches (in the order the README table shows them). */
export const links: Search[] = [findTriggerLink, getTriggerLink];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {
  findTriggerLink: {
    key: 'findTriggerLink',
    display: { label: 'Find Or Create Trigger Link', description: 'Finds a trigger link by name, and creates it when none is found.' },
    search: 'findTriggerLink',
    create: 'createTriggerLink',
  },
};
