import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { blogField, listPostsEndpoint, postList } from '../../src/records/blog';

/** The posts of the blog chosen in the same step, 100 a page, labelled with title and status. */
export default defineListTrigger({
  key: 'blogPostDropdown',
  noun: 'Post',
  label: 'Blog Posts (Dropdown)',
  description: 'Triggers when the Post dropdown loads: lists the posts of a blog.',
  hidden: true,
  canPaginate: true,
  endpoint: listPostsEndpoint,
  inputs: { blogId: blogField('The blog whose posts the dropdown lists.') },
  request: (input, { bundle }) => ({
    query: { locationId: locationId(bundle), blogId: input.blogId, limit: 100, offset: (Number(bundle.meta?.page) || 0) * 100 },
  }),
  records: postList,
  output: each((p) => ({ id: p.id, name: `${p.title || p.urlSlug || p.id}${p.status && p.status !== 'PUBLISHED' ? ` (${p.status.toLowerCase()})` : ''}` })),
  sample: { id: '66c381b38be80858b9af62b6', name: 'Five habits for healthier gums' },
  outputFields: [
    { key: 'id', label: 'Post ID' },
    { key: 'name', label: 'Post' },
  ],
});
