import type { Create } from 'zapier-platform-core';

/** The Locations creates (in the order the README table shows them). */
export const locations: Create[] = [];
