import { errors } from 'zapier-platform-core';
import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { isRecord, readAs, t } from '../../src/record-table';
import { resultsOf } from '../../src/records/social-post';

/** "The maximum number of posts that can be deleted in a single request is '50'." (the spec) */
const MAX_POSTS = 50;

/**
 * Delete Social Posts: POST /social-media-posting/{locationId}/posts/bulk-delete `{ postIds }`
 * (DeletePostsDto). The spec gives it no security block; docs/oauth/Scopes.md lists it under
 * socialplanner/csv.write. The answer gives only `results.deletedCount`, not which posts failed,
 * so src/bulk.ts (per-item reasons) does not apply: none deleted fails the step (HighLevel's own
 * 404 "No posts found" does too), fewer than asked is reported in `notDeletedCount`.
 */
export default defineAction({
  key: 'deleteSocialPosts',
  noun: 'Social Post',
  label: 'Delete Social Posts',
  description: 'Deletes up to 50 social media posts at once from the Social Planner. This cannot be undone.',
  endpoint: endpoint('POST', '/social-media-posting/{locationId}/posts/bulk-delete', '2021-07-28', ['socialplanner/csv.write']),
  inputs: {
    postIds: f.list({ label: 'Posts', required: true, dynamic: 'socialPostDropdown.id.name', helpText: 'The posts to delete permanently: pick them, or map Post IDs (a list or separated by commas), at most 50.' }),
  },
  request: (input, { bundle }) => {
    const postIds = [...new Set(input.postIds)];
    if (postIds.length > MAX_POSTS) throw invalidInput({ key: 'postIds', label: 'Posts' }, `takes at most ${MAX_POSTS} posts per step, got ${postIds.length}`);
    return { path: { locationId: locationId(bundle) }, body: { postIds } };
  },
  output: (body, { input }) => {
    const requested = new Set(input.postIds).size;
    const results = resultsOf(body);
    const deleted = readAs(t.number, isRecord(results) ? results.deletedCount : undefined) ?? requested;
    if (deleted === 0) throw new errors.Error(`Delete Social Posts deleted none of the ${requested} posts (HighLevel found none of them).`, 'BulkFailed', 422);
    return { requestedCount: requested, deletedCount: deleted, notDeletedCount: Math.max(0, requested - deleted) };
  },
  sample: { requestedCount: 3, deletedCount: 3, notDeletedCount: 0 },
  outputFields: [
    { key: 'requestedCount', label: 'Posts Requested', type: 'integer' },
    { key: 'deletedCount', label: 'Posts Deleted', type: 'integer' },
    { key: 'notDeletedCount', label: 'Posts Not Deleted', type: 'integer' },
  ],
});
