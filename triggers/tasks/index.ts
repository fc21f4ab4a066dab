import type { Trigger } from 'zapier-platform-core';

/** The Tasks triggers (beyond the catalog). */
export const tasks: Trigger[] = [];
