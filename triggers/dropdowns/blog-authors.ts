import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { authorList, listAuthorsEndpoint } from '../../src/records/blog';

/** The location's blog authors, 100 a page. */
export default defineListTrigger({
  key: 'blogAuthorDropdown',
  noun: 'Author',
  label: 'Blog Authors (Dropdown)',
  description: 'Triggers when the Author dropdown loads: lists the location\'s blog authors.',
  hidden: true,
  canPaginate: true,
  endpoint: listAuthorsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: 100, offset: (Number(bundle.meta?.page) || 0) * 100 } }),
  records: authorList,
  output: each((a) => ({ id: a.id, name: a.name || a.id })),
  sample: { id: '6683abde331c041f32c07aea', name: 'Rosa Delgado' },
  outputFields: [
    { key: 'id', label: 'Author ID' },
    { key: 'name', label: 'Author' },
  ],
});
