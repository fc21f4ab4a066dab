import type { Trigger } from 'zapier-platform-core';

/** The Forms & Surveys triggers (beyond the catalog). */
export const forms: Trigger[] = [];
