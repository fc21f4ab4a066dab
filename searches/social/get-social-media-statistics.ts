import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { defineRecord, t } from '../../src/record-table';
import { resultsOf } from '../../src/records/social-post';

/** The analytics platforms the statistics take (the spec's `platforms` enum). */
const PLATFORMS = { facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn (pages)', google: 'Google Business', pinterest: 'Pinterest', youtube: 'YouTube', tiktok: 'TikTok (business)' } as const;

const PERIOD_ID = 'last-7-days';

/** The answer's `results` (totals of the last 7 days, changes against the 7 days before). */
const statisticsTable = defineRecord(
  {
    id: { label: 'Period', type: t.text, from: [], derive: () => PERIOD_ID, sample: PERIOD_ID },
    posts: { label: 'Posts', type: t.number, from: ['totals.posts', 'breakdowns.posts.total'], sample: 6, important: true },
    postsChange: { label: 'Posts Change (%)', type: t.number, from: ['breakdowns.posts.totalChange'], sample: 20 },
    impressions: { label: 'Impressions', type: t.number, from: ['totals.impressions', 'breakdowns.impressions.total'], sample: 4210, important: true },
    impressionsChange: { label: 'Impressions Change (%)', type: t.number, from: ['breakdowns.impressions.totalChange'], sample: 12.5 },
    reach: { label: 'Reach', type: t.number, from: ['breakdowns.reach.total'], sample: 2980 },
    reachChange: { label: 'Reach Change (%)', type: t.number, from: ['breakdowns.reach.totalChange'], sample: 8.1 },
    likes: { label: 'Likes', type: t.number, from: ['totals.likes'], sample: 187, important: true },
    comments: { label: 'Comments', type: t.number, from: ['totals.comments'], sample: 23 },
    followers: { label: 'Followers', type: t.number, from: ['totals.followers'], sample: 1342 },
    dayRange: { label: 'Days', type: t.strings, sample: ['Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue'] },
  },
  { name: 'social media statistics', missingId: () => PERIOD_ID },
);

/**
 * Get Social Media Statistics: POST /social-media-posting/statistics?locationId (a read: the
 * last 7 days of the given accounts, with the change against the 7 days before). The accounts go
 * as `profileIds`, "found as 'profileId' in /accounts api", hence their own dropdown. The spec
 * and docs/oauth/Scopes.md name no scope for it; socialplanner/account.readonly (the accounts'
 * analytics) is assumed, not verified against live HighLevel.
 */
export default defineSearch({
  key: 'getSocialMediaStatistics',
  noun: 'Social Media Statistic',
  label: 'Get Social Media Statistics',
  description: 'Finds the last 7 days\' totals (posts, impressions, reach, likes, comments, followers) of connected social media accounts, with the change against the 7 days before, e.g. for a weekly report.',
  endpoint: endpoint('POST', '/social-media-posting/statistics', '2021-07-28', ['socialplanner/account.readonly'], { readOnly: true }),
  inputs: {
    profileIds: f.list({ label: 'Accounts', required: true, dynamic: 'socialProfileDropdown.id.name', helpText: 'The connected accounts to measure: pick them, or map their Profile IDs (the Profile ID of a social account, not its Account ID).' }),
    platforms: f.list({ label: 'Platforms', helpText: `Only these platforms: ${Object.keys(PLATFORMS).join(', ')}. Blank: all of them.` }),
  },
  request: (input, { bundle }) => {
    const wrong = input.platforms?.map((p) => p.toLowerCase()).find((p) => !(p in PLATFORMS));
    if (wrong !== undefined) throw invalidInput({ key: 'platforms', label: 'Platforms' }, `must each be one of ${Object.keys(PLATFORMS).join(', ')}, got "${wrong}"`);
    return {
      query: { locationId: locationId(bundle) },
      body: { profileIds: input.profileIds, ...(input.platforms ? { platforms: input.platforms.map((p) => p.toLowerCase()) } : {}) },
    };
  },
  records: (body: unknown) => [statisticsTable.parse(resultsOf(body), 'results', 'the social media statistics')],
  ...statisticsTable.outputs,
});
