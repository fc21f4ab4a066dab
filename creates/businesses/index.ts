import type { Create } from 'zapier-platform-core';

/** The Businesses creates (in the order the README table shows them). */
export const businesses: Create[] = [];
