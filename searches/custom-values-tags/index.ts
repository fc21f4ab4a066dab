import type { Search } from 'zapier-platform-core';
import findCustomValue from './find-custom-value';
import findTag from './find-tag';
import getCustomValue from './get-custom-value';
import getTag from './get-tag';
import createCustomValue from '../../creates/custom-values-tags/create-custom-value';
import createTag from '../../creates/custom-values-tags/create-tag';

/** The Custom Values & Tags searches (in the order the README table shows them). */
export const customValuesTags: Search[] = [findCustomValue, getCustomValue, findTag, getTag];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {
  findCustomValue: {
    key: 'findCustomValue',
    display: { label: 'Find Or Create Custom Value', description: 'Finds a custom value by name, and creates it when none is found.' },
    search: 'findCustomValue',
    create: createCustomValue.key,
  },
  findTag: {
    key: 'findTag',
    display: { label: 'Find Or Create Tag', description: 'Finds a tag by name, and creates it when none is found.' },
    search: 'findTag',
    create: createTag.key,
  },
};
