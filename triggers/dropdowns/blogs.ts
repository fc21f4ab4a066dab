import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { blogList, listBlogsEndpoint } from '../../src/records/blog';

/** The location's blogs, 100 a page (items carry `_id`, so defineDropdown's `{ id, name }` parser does not fit). */
export default defineListTrigger({
  key: 'blogDropdown',
  noun: 'Blog',
  label: 'Blogs (Dropdown)',
  description: 'Triggers when the Blog dropdown loads: lists the location\'s blogs.',
  hidden: true,
  canPaginate: true,
  endpoint: listBlogsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), skip: (Number(bundle.meta?.page) || 0) * 100, limit: 100 } }),
  records: blogList,
  output: each((b) => ({ id: b.id, name: b.name || b.id })),
  sample: { id: 'lMOzIQZne5m6zQ528sT6', name: 'Delgado Dental Blog' },
  outputFields: [
    { key: 'id', label: 'Blog ID' },
    { key: 'name', label: 'Blog' },
  ],
});
