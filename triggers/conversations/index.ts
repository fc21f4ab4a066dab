import type { Trigger } from 'zapier-platform-core';

/** The Conversations & Messages triggers (in the order the README table shows them). */
export const conversations: Trigger[] = [];
