import { locationId } from '../../src/client';
import { defineSearch } from '../../src/operation';
import { getPostEndpoint, socialPostField, socialPostRecord, socialPostTable } from '../../src/records/social-post';

/** GET /social-media-posting/{locationId}/posts/{id}: the post in `results.post`; a 404 is no result. */
export default defineSearch({
  key: 'getSocialPost',
  noun: 'Social Post',
  label: 'Get Social Post',
  description: 'Finds one Social Planner post by its ID, e.g. to check whether a scheduled post was published and read its error if it failed.',
  endpoint: getPostEndpoint,
  inputs: { id: socialPostField('The post. Pick one, or map a Post ID (from Create Social Post or New Social Post).') },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), id: input.id } }),
  records: (body: unknown) => [socialPostRecord(body)],
  ...socialPostTable.outputs,
});
