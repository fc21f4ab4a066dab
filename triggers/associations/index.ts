import type { Trigger } from 'zapier-platform-core';

/** The Associations triggers (in the order the README table shows them). */
export const associations: Trigger[] = [];
