import type { Create } from 'zapier-platform-core';

/** The Associations creates (in the order the README table shows them). */
export const associations: Create[] = [];
