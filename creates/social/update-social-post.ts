import { callApi, locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { isRecord, readAs, t } from '../../src/record-table';
import { succeededOf } from '../../src/records/result';
import { getPostEndpoint, resultsOf, socialPostField } from '../../src/records/social-post';
import { postBody, postContentInputs } from '../../src/records/social-post-inputs';
import { socialAccountsField } from '../../src/records/social-planner';

/** The fields of a post as read back that PUT takes again (PostCreateRequest), where present. */
const KEPT = ['accountIds', 'summary', 'media', 'status', 'type', 'tags', 'categoryId', 'followUpComment', 'ogTagsDetails', 'gmbPostDetails', 'tiktokPostDetails'] as const;

/**
 * Update Social Post: PUT /social-media-posting/{locationId}/posts/{id} (PostCreateRequest; only
 * `type` is required). The spec does not say whether PUT replaces the post, so the post is read
 * first (GET .../posts/{id}, `results.post`) and sent whole with the given fields changed; a new
 * Schedule For also sends `scheduleTimeUpdated: true`. The answer carries no post (only
 * `{ success, message }`).
 */
export default defineAction({
  key: 'updateSocialPost',
  noun: 'Social Post',
  label: 'Update Social Post',
  description: 'Updates a scheduled or draft social media post: only the fields you fill in change (e.g. its text, media or time).',
  endpoint: endpoint('PUT', '/social-media-posting/{locationId}/posts/{id}', '2021-07-28', ['socialplanner/post.write']),
  inputs: {
    id: socialPostField('The post to change. Pick one, or map a Post ID (from Create Social Post or New Social Post).'),
    accountIds: socialAccountsField('New accounts to post to, replacing the current ones. Unchanged when blank.', false),
    ...postContentInputs({ text: 'Unchanged when blank.', type: 'Unchanged when blank.', schedule: 'Unchanged when blank.' }),
  },
  request: async (input, ctx) => {
    const loc = locationId(ctx.bundle);
    const read = resultsOf(await callApi(ctx, getPostEndpoint, { path: { locationId: loc, id: input.id } }));
    const current = isRecord(read) && isRecord(read.post) ? read.post : {};
    const kept = Object.fromEntries(KEPT.filter((k) => current[k] !== undefined && current[k] !== null).map((k) => [k, current[k]]));
    const userId = readAs(t.text, current.createdBy);
    return {
      path: { locationId: loc, id: input.id },
      body: {
        ...kept,
        ...postBody(input),
        type: input.type ?? readAs(t.looseText, current.type) ?? 'post',
        ...(userId ? { userId } : {}),
        ...(input.scheduleDate ? { scheduleDate: input.scheduleDate, scheduleTimeUpdated: true } : {}),
      },
    };
  },
  output: (body, { input }) => ({ postId: input.id, succeeded: succeededOf(body) }),
  sample: { postId: '65fac446d599990d1313c1dd', succeeded: true },
  outputFields: [
    { key: 'postId', label: 'Post ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
