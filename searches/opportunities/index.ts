import type { Search } from 'zapier-platform-core';
import findOpportunity from './find-opportunity';
import getOpportunity from './get-opportunity';

/** The Opportunities searches (in the order the README table shows them). */
export const opportunities: Search[] = [findOpportunity, getOpportunity];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {
  findOpportunity: {
    key: 'findOpportunity',
    display: {
      label: 'Find Or Create Opportunity',
      description: 'Finds an opportunity by contact (and pipeline) or by name, and creates it when none is found.',
    },
    search: 'findOpportunity',
    create: 'createOpportunity',
  },
};
