import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { socialCategoryRecord, socialCategoryTable } from '../../src/records/social-planner';

/**
 * GET /social-media-posting/{locationId}/categories/{id}: `results.category`. The spec gives it no
 * scope; docs/oauth/Scopes.md lists it under socialplanner/category.readonly. A deleted category
 * is still answered (with `deleted: true`), so it is no result here.
 */
export default defineSearch({
  key: 'getSocialPostCategory',
  noun: 'Social Post Category',
  label: 'Get Social Post Category',
  description: 'Finds one Social Planner post category by its ID, e.g. to put the category\'s name of a new post into a report.',
  endpoint: endpoint('GET', '/social-media-posting/{locationId}/categories/{id}', '2021-07-28', ['socialplanner/category.readonly']),
  inputs: { id: f.id({ label: 'Category', required: true, dynamic: 'socialCategoryDropdown.id.name', helpText: 'The category. Pick one, or map a Category ID.' }) },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), id: input.id } }),
  records: (body: unknown) => {
    const row = socialCategoryRecord(body);
    return row.deleted ? [] : [row];
  },
  ...socialCategoryTable.outputs,
});
