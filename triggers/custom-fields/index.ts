import type { Trigger } from 'zapier-platform-core';

/** The Custom Fields triggers (in the order the README table shows them). */
export const customFields: Trigger[] = [];
