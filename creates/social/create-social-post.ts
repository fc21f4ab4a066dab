import { locationId } from '../../src/client';
import { clock } from '../../src/clock';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { socialPostAnswer, socialPostTable } from '../../src/records/social-post';
import { postBody, postContentInputs } from '../../src/records/social-post-inputs';
import { socialAccountsField } from '../../src/records/social-planner';
import { userIdField } from '../../src/records/user';

/**
 * Create Social Post: POST /social-media-posting/{locationId}/posts (CreatePostDTO: type,
 * accountIds and userId required). Media go as `media: [{ url, type }]`: the spec takes URLs that
 * HighLevel fetches, not uploads, so a file from an earlier step is given by its public URL (e.g.
 * the URL Upload Media File returns). The spec does not say how "post now" differs from a
 * schedule: a post without a Schedule For is sent as `scheduled` for the step's own moment, a
 * draft as `draft` (not verified against live HighLevel). The answer is `results.post`.
 */
export default defineAction({
  key: 'createSocialPost',
  noun: 'Social Post',
  label: 'Create Social Post',
  description: 'Creates a social media post in the Social Planner for one or more connected accounts (Facebook, Instagram, Google Business, LinkedIn, ...), posted now, at a scheduled time or saved as a draft.',
  endpoint: endpoint('POST', '/social-media-posting/{locationId}/posts', '2021-07-28', ['socialplanner/post.write']),
  inputs: {
    accountIds: socialAccountsField('The connected accounts to post to (pick them, or map Account IDs). To word a post differently per network, use one step per account.', true),
    userId: userIdField('The team member the post is created by (HighLevel requires one; shown as its author in the Social Planner).'),
    ...postContentInputs({ text: 'Optional.', type: 'Default: Post.', schedule: 'Blank: posted now.' }),
    draft: f.boolean({ label: 'Save as Draft', helpText: 'Yes saves the post as a draft, not posted until someone schedules it in the Social Planner. Default: No.' }),
  },
  request: (input, { bundle }) => {
    if (!input.summary && !input.mediaUrls) throw invalidInput({ key: 'summary', label: 'Post Text' }, 'or Media URLs is required: a post needs text or media');
    if (input.draft && input.scheduleDate) throw invalidInput({ key: 'draft', label: 'Save as Draft' }, 'cannot be used with Schedule For: a draft is not scheduled');
    return {
      path: { locationId: locationId(bundle) },
      body: {
        ...postBody(input),
        type: input.type ?? 'post',
        userId: input.userId,
        status: input.draft ? 'draft' : 'scheduled',
        ...(input.draft ? {} : { scheduleDate: input.scheduleDate ?? new Date(clock.now()).toISOString() }),
      },
    };
  },
  output: socialPostAnswer,
  ...socialPostTable.shape,
});
