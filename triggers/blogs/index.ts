import type { Trigger } from 'zapier-platform-core';

/** The Blogs triggers (in the order the README table shows them). */
export const blogs: Trigger[] = [];
