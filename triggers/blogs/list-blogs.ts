import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { blogList, blogOutputs, listBlogsEndpoint } from '../../src/records/blog';
import { offsetPaging } from '../../src/records/paging';

/** Get Blogs by Location: the location's blog sites, paged with skip/limit (required); each new blog fires once. */
export default defineListTrigger({
  key: 'listBlogs',
  noun: 'Blog',
  label: 'Get Blogs By Location',
  description: 'Triggers when a new blog site is added to your location.',
  endpoint: listBlogsEndpoint,
  inputs: { searchTerm: f.text({ label: 'Search Text', helpText: 'Only blogs whose name matches this text.' }) },
  request: (input, { bundle }) => ({ query: { locationId: locationId(bundle), skip: 0, limit: pollLimit(bundle), searchTerm: input.searchTerm } }),
  paging: offsetPaging('skip'),
  records: blogList,
  ...blogOutputs,
});
