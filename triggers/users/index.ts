import type { Trigger } from 'zapier-platform-core';

/** The Users triggers (in the order the README table shows them). */
export const users: Trigger[] = [];
