import type { Trigger } from 'zapier-platform-core';
import blogAuthorDropdown from '../dropdowns/blog-authors';
import blogCategoryDropdown from '../dropdowns/blog-categories';
import blogPostDropdown from '../dropdowns/blog-posts';
import blogDropdown from '../dropdowns/blogs';
import checkBlogUrlSlug from './check-blog-url-slug';
import listBlogAuthors from './list-blog-authors';
import listBlogCategories from './list-blog-categories';
import listBlogPosts from './list-blog-posts';
import listBlogs from './list-blogs';

/** The Blogs triggers (in the order the README table shows them), then their hidden dropdown sources. */
export const blogs: Trigger[] = [
  listBlogs,
  listBlogPosts,
  listBlogAuthors,
  listBlogCategories,
  checkBlogUrlSlug,
  blogDropdown,
  blogPostDropdown,
  blogAuthorDropdown,
  blogCategoryDropdown,
];
