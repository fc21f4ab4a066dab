import type { Create } from 'zapier-platform-core';

/** The Opportunities creates (in the order the README table shows them). */
export const opportunities: Create[] = [];
