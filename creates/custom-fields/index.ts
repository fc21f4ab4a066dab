import type { Create } from 'zapier-platform-core';

/** The Custom Fields creates (in the order the README table shows them). */
export const customFields: Create[] = [];
