import type { Search } from 'zapier-platform-core';
import checkBlogUrlSlug from './check-blog-url-slug';

/** The Blogs searches (in the order the README table shows them). */
export const blogs: Search[] = [checkBlogUrlSlug];

/** Search-or-create pairs of this category (key = the search's key). */
export const searchOrCreates: Record<string, { key: string; display: { label: string; description: string }; search: string; create: string }> = {};
