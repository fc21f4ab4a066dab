import type { Trigger } from 'zapier-platform-core';

/** The Locations triggers (in the order the README table shows them). */
export const locations: Trigger[] = [];
