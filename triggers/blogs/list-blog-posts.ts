import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { namedPostList, namedPostOutputs } from '../../src/enrich/blog-posts';
import { blogField, listPostsEndpoint, POST_STATUSES } from '../../src/records/blog';
import { offsetPaging } from '../../src/records/paging';

/**
 * Get Blog Posts: the posts of one blog (the answer's array is named `blogs` although it holds
 * posts), paged with offset/limit (required); each new post fires once, with its author's and
 * categories' names.
 */
export default defineListTrigger({
  key: 'listBlogPosts',
  noun: 'Post',
  label: 'Get Blog Posts',
  description: 'Triggers when a new post is added to the blog you choose, optionally only posts with a given status.',
  endpoint: listPostsEndpoint,
  inputs: {
    blogId: blogField('The blog whose posts to watch. Pick one, or map a Blog ID.'),
    status: f.choice({ label: 'Status', choices: POST_STATUSES, helpText: 'Only posts with this status (e.g. Published). Defaults to all.' }),
    searchTerm: f.text({ label: 'Search Text', helpText: 'Only posts whose title matches this text.' }),
  },
  request: (input, { bundle }) => ({
    query: { locationId: locationId(bundle), blogId: input.blogId, limit: pollLimit(bundle), offset: 0, status: input.status, searchTerm: input.searchTerm },
  }),
  paging: offsetPaging('offset'),
  records: namedPostList,
  ...namedPostOutputs,
});
