import type { Trigger } from 'zapier-platform-core';

/** The Workflows & Campaigns triggers (in the order the README table shows them). */
export const workflows: Trigger[] = [];
