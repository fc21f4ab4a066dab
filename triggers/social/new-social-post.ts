import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { listPostsEndpoint, POST_FILTERS, POST_PAGE, postsListBody, postsPaging, postWindow, socialPostList, socialPostTable } from '../../src/records/social-post';
import { socialAccountsField } from '../../src/records/social-planner';

/**
 * New Social Post: POST /social-media-posting/{locationId}/posts/list cannot sort (SearchPostDTO
 * has no sort field) and must be given a date range, so each poll reads the whole window of post
 * dates from 2 days back to 90 days ahead (scheduled posts are dated in the future), every page
 * (skip/limit 100 while `results.count` says more remain), and sorts it newest first by
 * `createdAt`; an idle poll is one request while the window holds at most 100 posts. Dedupe on the
 * post id: each post fires once, whatever its later status. A post scheduled more than 90 days
 * ahead fires once its date comes within the window.
 */
export default defineListTrigger({
  key: 'newSocialPost',
  noun: 'Social Post',
  label: 'New Social Post',
  description: 'Triggers when a social media post is created in the Social Planner (posted now, scheduled or saved as a draft), e.g. to log it in a content calendar.',
  endpoint: listPostsEndpoint,
  inputs: {
    type: f.choice({ label: 'Status', choices: POST_FILTERS, helpText: 'Only posts in this state, e.g. Published. Blank: every post.' }),
    accounts: socialAccountsField('Only posts to these connected accounts. Blank: posts to any account.', false),
  },
  request: (input, { bundle }) => ({
    path: { locationId: locationId(bundle) },
    body: postsListBody({ ...postWindow(), limit: Math.min(pollLimit(bundle), POST_PAGE), type: input.type, accounts: input.accounts }),
  }),
  records: socialPostList,
  paging: postsPaging,
  newestFirstBy: { time: (p) => p.createdAt ?? p.displayDate, id: (p) => p.id },
  ...socialPostTable.outputs,
});
