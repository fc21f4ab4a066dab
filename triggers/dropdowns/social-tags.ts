import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { listTagsEndpoint, socialTagList } from '../../src/records/social-planner';

const PAGE = 100;

/** Social Planner post tags for the Tags dropdown (hidden), 100 per "load more" (`skip`/`limit`). */
export default defineListTrigger({
  key: 'socialTagDropdown',
  noun: 'Social Post Tag',
  label: 'Social Post Tags (Dropdown)',
  description: 'Triggers when the Tags dropdown of a social post loads: lists the Social Planner\'s post tags.',
  hidden: true,
  canPaginate: true,
  endpoint: listTagsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ path: { locationId: locationId(bundle) }, query: { limit: PAGE, skip: (Number(bundle.meta?.page) || 0) * PAGE } }),
  records: socialTagList,
  output: (rows) => rows.map((t) => ({ id: t.id, name: t.name ?? t.id })),
  sample: { id: '65f151c99bc2bf3aaf970d72', name: 'spring-offer' },
  outputFields: [
    { key: 'id', label: 'Tag ID' },
    { key: 'name', label: 'Tag' },
  ],
});
