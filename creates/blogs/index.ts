import type { Create } from 'zapier-platform-core';
import createBlogPost from './create-blog-post';
import updateBlogPost from './update-blog-post';

/** The Blogs creates (in the order the README table shows them). */
export const blogs: Create[] = [createBlogPost, updateBlogPost];
