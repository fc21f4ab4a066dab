import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { listCategoriesEndpoint, socialCategoryList } from '../../src/records/social-planner';

const PAGE = 100;

/** Social Planner post categories for the Category dropdown (hidden), 100 per "load more" (`skip`/`limit`). */
export default defineListTrigger({
  key: 'socialCategoryDropdown',
  noun: 'Social Post Category',
  label: 'Social Post Categories (Dropdown)',
  description: 'Triggers when the Category dropdown loads: lists the Social Planner\'s post categories.',
  hidden: true,
  canPaginate: true,
  endpoint: listCategoriesEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ path: { locationId: locationId(bundle) }, query: { limit: PAGE, skip: (Number(bundle.meta?.page) || 0) * PAGE } }),
  records: socialCategoryList,
  output: (rows) => rows.map((c) => ({ id: c.id, name: c.name ?? c.id })),
  sample: { id: '65f151c99bc2bf3aaf970d70', name: 'Promotions' },
  outputFields: [
    { key: 'id', label: 'Category ID' },
    { key: 'name', label: 'Category' },
  ],
});
