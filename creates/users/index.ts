import type { Create } from 'zapier-platform-core';

/** The Users creates (in the order the README table shows them). */
export const users: Create[] = [];
