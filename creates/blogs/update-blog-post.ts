import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { postRequest, updatePostInputs } from '../../src/records/blog';
import { updatedNamedPostAnswer, namedPostShape } from '../../src/enrich/blog-posts';

/**
 * Update Blog Post: PUT /blogs/posts/{postId} (the spec does not declare {postId}); the whole
 * post is replaced, so blank optional fields are saved blank. See src/records/blog.ts.
 */
export default defineAction({
  key: 'updateBlogPost',
  noun: 'Post',
  label: 'Update Blog Post',
  description: 'Updates a blog post: replaces its title, HTML content, status, author, categories and image (fields left blank are saved blank).',
  endpoint: endpoint('PUT', '/blogs/posts/{postId}', '2021-07-28', ['blogs/post-update.write']),
  inputs: updatePostInputs,
  request: postRequest,
  output: updatedNamedPostAnswer,
  ...namedPostShape,
});
