import type { Trigger } from 'zapier-platform-core';

/** The Companies triggers (in the order the README table shows them). */
export const companies: Trigger[] = [];
