import type { Trigger } from 'zapier-platform-core';
import customValueDropdown from '../dropdowns/custom-values';
import tagDropdown from '../dropdowns/tags';

/** The Custom Values & Tags triggers: their dropdown sources. */
export const customValuesTags: Trigger[] = [customValueDropdown, tagDropdown];
