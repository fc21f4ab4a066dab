import type { Trigger } from 'zapier-platform-core';

/** The Opportunities triggers (in the order the README table shows them). */
export const opportunities: Trigger[] = [];
