import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { categoryList, listCategoriesEndpoint } from '../../src/records/blog';

/** The location's blog categories, 100 a page. */
export default defineListTrigger({
  key: 'blogCategoryDropdown',
  noun: 'Category',
  label: 'Blog Categories (Dropdown)',
  description: 'Triggers when the Categories dropdown loads: lists the location\'s blog categories.',
  hidden: true,
  canPaginate: true,
  endpoint: listCategoriesEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: 100, offset: (Number(bundle.meta?.page) || 0) * 100 } }),
  records: categoryList,
  output: each((c) => ({ id: c.id, name: c.label || c.urlSlug || c.id })),
  sample: { id: '9c48df2694a849b6089f9d0d3513efe', name: 'Oral Health' },
  outputFields: [
    { key: 'id', label: 'Category ID' },
    { key: 'name', label: 'Category' },
  ],
});
