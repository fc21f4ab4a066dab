import { locationId, lookupApi } from '../../src/client';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineSearch, newestFirst } from '../../src/operation';
import { listPostsEndpoint, POST_FILTERS, POST_PAGE, POST_TYPES, postsListBody, postWindow, socialPostList, socialPostTable } from '../../src/records/social-post';
import { socialAccountsField } from '../../src/records/social-planner';

/**
 * Find Social Posts: POST /social-media-posting/{locationId}/posts/list with the given filters
 * (SearchPostDTO; the date range is required, so a blank one is 30 days back to 90 days ahead),
 * the first 100 posts, newest first by creation (the list has no sort); Text Contains narrows
 * them by their text, ignoring case (the list has no text filter). Zapier uses the first.
 */
export default defineSearch({
  key: 'findSocialPosts',
  noun: 'Social Post',
  label: 'Find Social Posts',
  description: 'Finds Social Planner posts by status, account, post date or text, newest first, e.g. the failed posts of the last days.',
  endpoint: listPostsEndpoint,
  inputs: {
    text: f.text({ label: 'Text Contains', helpText: 'Only posts whose text contains this, e.g. `whitening` (case does not matter).' }),
    type: f.choice({ label: 'Status', choices: POST_FILTERS, helpText: 'Only posts in this state, e.g. Failed. Blank: every post.' }),
    accounts: socialAccountsField('Only posts to these connected accounts. Blank: any account.', false),
    postType: f.choice({ label: 'Post Type', choices: POST_TYPES, helpText: 'Only posts, stories or reels. Blank: all.' }),
    fromDate: f.datetime({ label: 'Posted From', helpText: 'Only posts dated (posted or scheduled) at or after this, e.g. 2025-03-01. Blank: 30 days ago.' }),
    toDate: f.datetime({ label: 'Posted To', helpText: 'Only posts dated at or before this, e.g. 2025-03-31T23:59:59Z. Blank: 90 days ahead.' }),
  },
  records: socialPostList,
  perform: async (ctx) => {
    const { input } = ctx;
    const window = postWindow(30, 90);
    const fromDate = input.fromDate ?? window.fromDate;
    const toDate = input.toDate ?? window.toDate;
    if (toDate < fromDate) throw invalidInput({ key: 'toDate', label: 'Posted To' }, `must not be before Posted From (${fromDate}), got "${toDate}"`);
    const body = await lookupApi(ctx, listPostsEndpoint, {
      path: { locationId: locationId(ctx.bundle) },
      body: postsListBody({ fromDate, toDate, limit: POST_PAGE, type: input.type, accounts: input.accounts, postType: input.postType }),
    });
    const rows = body === null ? [] : socialPostList(body);
    const text = input.text?.toLowerCase();
    return newestFirst(text ? rows.filter((p) => (p.summary ?? '').toLowerCase().includes(text)) : rows, { time: (p) => p.createdAt, id: (p) => p.id });
  },
  ...socialPostTable.outputs,
});
