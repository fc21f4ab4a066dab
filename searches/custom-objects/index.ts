import type { Search } from 'zapier-platform-core';
import findCustomObjectRecords from './find-custom-object-records';
import getCustomObjectRecord from './get-custom-object-record';

/** The Custom Objects searches (in the order the README table shows them). */
export const customObjects: Search[] = [findCustomObjectRecords, getCustomObjectRecord];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {
  findCustomObjectRecords: {
    key: 'findCustomObjectRecords',
    display: { label: 'Find Or Create Custom Object Record', description: 'Finds a record of a custom object by its searchable fields, and creates it when none is found.' },
    search: 'findCustomObjectRecords',
    create: 'createCustomObjectRecord',
  },
};
