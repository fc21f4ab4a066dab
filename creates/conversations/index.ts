import type { Create } from 'zapier-platform-core';

/** The Conversations & Messages creates (in the order the README table shows them). */
export const conversations: Create[] = [];
