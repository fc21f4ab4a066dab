import type { Trigger } from 'zapier-platform-core';

/** The Businesses triggers (in the order the README table shows them). */
export const businesses: Trigger[] = [];
