import type { Create } from 'zapier-platform-core';

/** The Workflows & Campaigns creates (in the order the README table shows them). */
export const workflows: Create[] = [];
