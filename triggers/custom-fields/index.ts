import type { Trigger } from 'zapier-platform-core';
import listCustomFields from './list-custom-fields';

/** The Custom Fields triggers (in the order the README table shows them). */
export const customFields: Trigger[] = [listCustomFields];
