import type { Create } from 'zapier-platform-core';

/** The Companies creates (in the order the README table shows them). */
export const companies: Create[] = [];
