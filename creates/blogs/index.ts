import type { Create } from 'zapier-platform-core';

/** The Blogs creates (in the order the README table shows them). */
export const blogs: Create[] = [];
