import { locationId } from '../../src/client';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { authorList, authorOutputs, listAuthorsEndpoint } from '../../src/records/blog';
import { offsetPaging } from '../../src/records/paging';

/** Get Blog Authors: the location's blog authors, paged with offset/limit (required); each new author fires once. */
export default defineListTrigger({
  key: 'listBlogAuthors',
  noun: 'Author',
  label: 'Get Blog Authors',
  description: 'Triggers when a new blog author is added to your location.',
  endpoint: listAuthorsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: pollLimit(bundle), offset: 0 } }),
  paging: offsetPaging('offset'),
  records: authorList,
  ...authorOutputs,
});
