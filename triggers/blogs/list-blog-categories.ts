import { locationId } from '../../src/client';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { categoryList, categoryOutputs, listCategoriesEndpoint } from '../../src/records/blog';
import { offsetPaging } from '../../src/records/paging';

/** Get Blog Categories: the location's blog categories, paged with offset/limit (required); each new category fires once. */
export default defineListTrigger({
  key: 'listBlogCategories',
  noun: 'Category',
  label: 'Get Blog Categories',
  description: 'Triggers when a new blog category is added to your location.',
  endpoint: listCategoriesEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: pollLimit(bundle), offset: 0 } }),
  paging: offsetPaging('offset'),
  records: categoryList,
  ...categoryOutputs,
});
