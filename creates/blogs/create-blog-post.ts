import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { createPostInputs, postRequest } from '../../src/records/blog';
import { createdNamedPostAnswer, namedPostShape } from '../../src/enrich/blog-posts';

/** Create Blog Post: see src/records/blog.ts for the over-required body and the slug check. */
export default defineAction({
  key: 'createBlogPost',
  noun: 'Post',
  label: 'Create Blog Post',
  description: 'Creates a blog post (HTML content, author, categories, image) on one of your blogs, as a draft, published or scheduled.',
  endpoint: endpoint('POST', '/blogs/posts', '2021-07-28', ['blogs/post.write']),
  inputs: createPostInputs,
  request: postRequest,
  output: createdNamedPostAnswer,
  ...namedPostShape,
});
