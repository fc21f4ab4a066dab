import { windowClock } from '../../src/records/window';
import type { Call, Case } from '../support/table';

// The posts list needs a date range relative to now: the clock is fixed (as for the other windows),
// 2025-03-16 12:00 UTC -> new posts 2025-03-14 12:00 .. 2025-06-14 12:00; lookups from 2025-02-14 12:00.
windowClock.now = () => Date.parse('2025-03-16T12:00:00.000Z');
const NEW_WINDOW = { fromDate: '2025-03-14T12:00:00.000Z', toDate: '2025-06-14T12:00:00.000Z' };
const LOOKUP_WINDOW = { fromDate: '2025-02-14T12:00:00.000Z', toDate: '2025-06-14T12:00:00.000Z' };

const V = '2021-07-28' as const;
const BASE = '/social-media-posting/LOC123';
const FB = 'LOC123_110552314125325_page';
const IG = 'LOC123_17841465964543589_business';
const ok = (statusCode: number, message: string, results?: unknown) => ({ success: true, statusCode, message, ...(results === undefined ? {} : { results }) });

const RAW_SCHEDULED = {
  _id: 'post2',
  source: 'composer',
  locationId: 'LOC123',
  platform: 'facebook',
  displayDate: '2025-03-21T15:00:00.000Z',
  createdAt: '2025-03-15T09:00:00.000Z',
  updatedAt: '2025-03-15T09:00:00.000Z',
  accountId: FB,
  error: '',
  accountIds: [FB, IG],
  summary: 'Spring whitening special: 20% off at-home kits until April 30.',
  media: [{ url: 'https://cdn.example.com/whitening.png', type: 'image/png' }],
  status: 'scheduled',
  createdBy: 'user1',
  type: 'post',
  tags: ['tag1'],
};
const FLAT_SCHEDULED = {
  id: 'post2', summary: 'Spring whitening special: 20% off at-home kits until April 30.', status: 'scheduled', type: 'post', platform: 'facebook',
  accountIds: [FB, IG], accountId: FB, mediaUrls: ['https://cdn.example.com/whitening.png'], displayDate: '2025-03-21T15:00:00.000Z', publishedAt: null,
  platformPostId: null, tags: ['tag1'], source: 'composer', error: null, createdBy: 'user1', locationId: 'LOC123',
  createdAt: '2025-03-15T09:00:00.000Z', updatedAt: '2025-03-15T09:00:00.000Z',
};
/** An older, published post (only what the spec requires, plus its dates). */
const RAW_PUBLISHED = { _id: 'post1', locationId: 'LOC123', error: 'Failed due to auth token', type: 'post', status: 'failed', displayDate: '2025-03-14T18:00:00.000Z', createdAt: '2025-03-14T08:00:00.000Z' };
const FLAT_PUBLISHED = {
  id: 'post1', summary: null, status: 'failed', type: 'post', platform: null, accountIds: [], accountId: null, mediaUrls: [], displayDate: '2025-03-14T18:00:00.000Z',
  publishedAt: null, platformPostId: null, tags: [], source: null, error: 'Failed due to auth token', createdBy: null, locationId: 'LOC123',
  createdAt: '2025-03-14T08:00:00.000Z', updatedAt: null,
};

const listBody = (o: Record<string, string> = {}) => ({ type: 'all', skip: '0', limit: '100', ...NEW_WINDOW, includeUsers: 'false', ...o });
const list = (body: Record<string, string>, posts: unknown[], count = posts.length): Call => ({
  method: 'POST', path: `${BASE}/posts/list`, version: V, body, reply: { status: 201, body: ok(201, 'Fetched Posts', { posts, count }) },
});
const getPost = (post: unknown): Call => ({ method: 'GET', path: `${BASE}/posts/post2`, version: V, reply: { body: ok(200, 'Fetched Post', { post }) } });
const ACCOUNTS: Call = {
  method: 'GET', path: `${BASE}/accounts`, version: V,
  reply: { body: ok(200, 'Fetched Accounts', {
    accounts: [
      { id: FB, oauthId: 'oa1', profileId: '110552314125325', name: 'Sunrise Dental Austin', platform: 'facebook', type: 'page', expire: '2025-06-11T19:29:59.785Z', isExpired: false },
      { id: IG, oauthId: 'oa1', name: 'sunrisedentalatx', platform: 'instagram', type: 'business' },
    ],
    groups: [{ id: 'g1', name: 'Primary', accountIds: [FB] }],
  }) },
};
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
/** A post created i minutes after 2025-03-15 00:00 UTC. */
const nth = (i: number) => ({ _id: `p${i}`, locationId: 'LOC123', error: '', type: 'post', displayDate: '2025-03-20T10:00:00.000Z', createdAt: new Date(Date.parse('2025-03-15T00:00:00.000Z') + i * 60_000).toISOString() });

export const socialCases: Case[] = [
  /* ------------------------------ triggers ------------------------------ */
  {
    name: 'the window of post dates, one request, newest first by creation',
    op: 'triggers.newSocialPost',
    calls: [list(listBody(), [RAW_PUBLISHED, RAW_SCHEDULED])],
    output: [FLAT_SCHEDULED, FLAT_PUBLISHED],
  },
  {
    name: 'a status and accounts filter; a sample asks for a few',
    op: 'triggers.newSocialPost',
    input: { type: 'scheduled', accounts: `${FB}, ${IG}` },
    meta: { isLoadingSample: true },
    calls: [list(listBody({ type: 'scheduled', accounts: `${FB},${IG}`, limit: '3' }), [RAW_SCHEDULED])],
    output: [FLAT_SCHEDULED],
  },
  {
    name: 'a full page is followed by the next (skip), until the count is read',
    op: 'triggers.newSocialPost',
    calls: [list(listBody(), many(100, nth), 101), list(listBody({ skip: '100' }), [nth(100)], 101)],
    output: many(101, (i) => expect.objectContaining({ id: `p${100 - i}` })),
  },
  { name: 'an unknown status is refused', op: 'triggers.newSocialPost', input: { type: 'sent' }, calls: [], error: /"Status" \(type\) must be one of all, scheduled/ },
  {
    name: 'post dropdown: the last 30 days to 90 ahead, text and status',
    op: 'triggers.socialPostDropdown',
    calls: [list(listBody(LOOKUP_WINDOW), [RAW_SCHEDULED, RAW_PUBLISHED])],
    output: [{ id: 'post2', name: 'Spring whitening special: 20% off at-home kits until April … (scheduled)' }, { id: 'post1', name: 'post1 (failed)' }],
  },
  {
    name: 'post dropdown: the next page skips 100',
    op: 'triggers.socialPostDropdown',
    meta: { page: 1 },
    calls: [list(listBody({ ...LOOKUP_WINDOW, skip: '100' }), [])],
    output: [],
  },
  { name: 'account dropdown: name and platform', op: 'triggers.socialAccountDropdown', calls: [ACCOUNTS], output: [{ id: FB, name: 'Sunrise Dental Austin (facebook)' }, { id: IG, name: 'sunrisedentalatx (instagram)' }] },
  { name: 'profile dropdown: only accounts with a profile ID, by that ID', op: 'triggers.socialProfileDropdown', calls: [ACCOUNTS], output: [{ id: '110552314125325', name: 'Sunrise Dental Austin (facebook)' }] },
  {
    name: 'category dropdown, 100 per page',
    op: 'triggers.socialCategoryDropdown',
    calls: [{ method: 'GET', path: `${BASE}/categories`, version: V, query: { limit: '100', skip: '0' }, reply: { body: ok(200, 'Fetched Categories by Location ID', { count: 1, categories: [{ _id: 'cat1', name: 'Promotions', primaryColor: '#32a852', locationId: 'LOC123', deleted: false }] }) } }],
    output: [{ id: 'cat1', name: 'Promotions' }],
  },
  {
    name: 'tag dropdown: the name is in "tag"',
    op: 'triggers.socialTagDropdown',
    meta: { page: 2 },
    calls: [{ method: 'GET', path: `${BASE}/tags`, version: V, query: { limit: '100', skip: '200' }, reply: { body: ok(200, 'Fetched Tags by Location ID', { tags: [{ _id: 'tag1', tag: 'spring-offer', locationId: 'LOC123', deleted: false }], count: 201 }) } }],
    output: [{ id: 'tag1', name: 'spring-offer' }],
  },

  /* ------------------------------ actions ------------------------------ */
  {
    name: 'a scheduled post to two accounts with media, category, tags and a first comment',
    op: 'creates.createSocialPost',
    input: {
      accountIds: [FB, IG], userId: 'user1', summary: 'Spring whitening special: 20% off at-home kits until April 30.',
      mediaUrls: 'https://cdn.example.com/whitening.png, https://cdn.example.com/clip.MP4?v=2, https://cdn.example.com/file',
      type: 'post', scheduleDate: '2025-03-21T10:00:00-05:00', categoryId: 'cat1', tags: ['tag1'], followUpComment: 'Book at sunrisedental.example',
    },
    calls: [{
      method: 'POST', path: `${BASE}/posts`, version: V,
      body: {
        accountIds: [FB, IG], summary: 'Spring whitening special: 20% off at-home kits until April 30.',
        media: [{ url: 'https://cdn.example.com/whitening.png', type: 'image/png' }, { url: 'https://cdn.example.com/clip.MP4?v=2', type: 'video/mp4' }, { url: 'https://cdn.example.com/file' }],
        categoryId: 'cat1', tags: ['tag1'], followUpComment: 'Book at sunrisedental.example', type: 'post', userId: 'user1', status: 'scheduled', scheduleDate: '2025-03-21T15:00:00.000Z',
      },
      reply: { status: 201, body: ok(201, 'Created Post', { post: RAW_SCHEDULED }) },
    }],
    output: FLAT_SCHEDULED,
  },
  {
    name: 'no schedule: posted now (the step\'s moment); no type: a post',
    op: 'creates.createSocialPost',
    input: { accountIds: FB, userId: 'user1', summary: 'We are open on Saturday!' },
    calls: [{
      method: 'POST', path: `${BASE}/posts`, version: V,
      body: { accountIds: [FB], summary: 'We are open on Saturday!', type: 'post', userId: 'user1', status: 'scheduled', scheduleDate: '2025-03-16T12:00:00.000Z' },
      reply: { status: 201, body: ok(201, 'Created Post', { post: { ...RAW_PUBLISHED, status: 'published' } }) },
    }],
    output: { ...FLAT_PUBLISHED, status: 'published' },
  },
  {
    name: 'a draft has no schedule',
    op: 'creates.createSocialPost',
    input: { accountIds: [IG], userId: 'user1', mediaUrls: 'https://cdn.example.com/team.jpg', type: 'story', draft: 'yes' },
    calls: [{
      method: 'POST', path: `${BASE}/posts`, version: V,
      body: { accountIds: [IG], media: [{ url: 'https://cdn.example.com/team.jpg', type: 'image/jpeg' }], type: 'story', userId: 'user1', status: 'draft' },
      reply: { status: 201, body: ok(201, 'Created Post', { post: { ...RAW_SCHEDULED, status: 'draft' } }) },
    }],
    output: { ...FLAT_SCHEDULED, status: 'draft' },
  },
  { name: 'neither text nor media', op: 'creates.createSocialPost', input: { accountIds: [FB], userId: 'user1' }, calls: [], error: /"Post Text" \(summary\) or Media URLs is required/ },
  { name: 'a draft cannot be scheduled', op: 'creates.createSocialPost', input: { accountIds: [FB], userId: 'user1', summary: 'Hi', draft: 'true', scheduleDate: '2025-03-20T10:00:00Z' }, calls: [], error: /"Save as Draft" \(draft\) cannot be used with Schedule For/ },
  { name: 'media must be http(s) URLs', op: 'creates.createSocialPost', input: { accountIds: [FB], userId: 'user1', mediaUrls: 'file:///etc/passwd' }, calls: [], error: /"Media URLs" \(mediaUrls\) must be public http\(s\) URLs, got "file:\/\/\/etc\/passwd"/ },
  { name: 'the accounts are required', op: 'creates.createSocialPost', input: { userId: 'user1', summary: 'Hi' }, calls: [], error: /"Accounts" \(accountIds\) needs at least one value/ },
  { name: 'an unreadable schedule', op: 'creates.createSocialPost', input: { accountIds: [FB], userId: 'user1', summary: 'Hi', scheduleDate: 'next friday' }, calls: [], error: /"Schedule For" \(scheduleDate\) must be a date and time/ },
  {
    name: 'update: the post is read, then sent whole with the new text and time',
    op: 'creates.updateSocialPost',
    input: { id: 'post2', summary: 'Spring special extended to May 15!', scheduleDate: '2025-03-22T16:00:00Z' },
    calls: [
      getPost({ ...RAW_SCHEDULED, categoryId: 'cat1' }),
      {
        method: 'PUT', path: `${BASE}/posts/post2`, version: V,
        body: {
          accountIds: [FB, IG], summary: 'Spring special extended to May 15!', media: RAW_SCHEDULED.media, status: 'scheduled', type: 'post', tags: ['tag1'], categoryId: 'cat1',
          userId: 'user1', scheduleDate: '2025-03-22T16:00:00.000Z', scheduleTimeUpdated: true,
        },
        reply: { body: ok(200, 'Updated Post') },
      },
    ],
    output: { postId: 'post2', succeeded: true },
  },
  {
    name: 'update: new accounts, media and type replace the current ones',
    op: 'creates.updateSocialPost',
    input: { id: 'post2', accountIds: [IG], mediaUrls: ['https://cdn.example.com/reel.mov'], type: 'reel' },
    calls: [
      getPost(RAW_SCHEDULED),
      {
        method: 'PUT', path: `${BASE}/posts/post2`, version: V,
        body: { accountIds: [IG], summary: RAW_SCHEDULED.summary, media: [{ url: 'https://cdn.example.com/reel.mov', type: 'video/quicktime' }], status: 'scheduled', type: 'reel', tags: ['tag1'], userId: 'user1' },
        reply: { body: ok(200, 'Updated Post') },
      },
    ],
    output: { postId: 'post2', succeeded: true },
  },
  { name: 'update needs the post', op: 'creates.updateSocialPost', input: { summary: 'x' }, calls: [], error: /"Post" \(id\) is required/ },
  {
    name: 'delete a post',
    op: 'creates.deleteSocialPost',
    input: { id: 'post2' },
    calls: [{ method: 'DELETE', path: `${BASE}/posts/post2`, version: V, reply: { body: ok(200, 'Deleted Post', { postId: 'post2' }) } }],
    output: { postId: 'post2', succeeded: true },
  },
  {
    name: 'bulk delete: repeats dropped; fewer deleted than asked are counted',
    op: 'creates.deleteSocialPosts',
    input: { postIds: 'post1, post2, post1, post9' },
    calls: [{ method: 'POST', path: `${BASE}/posts/bulk-delete`, version: V, body: { postIds: ['post1', 'post2', 'post9'] }, reply: { status: 201, body: ok(201, 'Posts Deleted Successfully', { message: 'Posts deleted successfully', deletedCount: 2 }) } }],
    output: { requestedCount: 3, deletedCount: 2, notDeletedCount: 1 },
  },
  {
    name: 'bulk delete: none found is HighLevel\'s 404',
    op: 'creates.deleteSocialPosts',
    input: { postIds: ['gone'] },
    calls: [{ method: 'POST', path: `${BASE}/posts/bulk-delete`, version: V, body: { postIds: ['gone'] }, reply: { status: 404, body: { statusCode: 404, message: 'No posts found with the given IDs.' } } }],
    error: /No posts found with the given IDs/,
  },
  {
    name: 'bulk delete: none deleted fails the step',
    op: 'creates.deleteSocialPosts',
    input: { postIds: ['post1'] },
    calls: [{ method: 'POST', path: `${BASE}/posts/bulk-delete`, version: V, body: { postIds: ['post1'] }, reply: { status: 201, body: ok(201, 'Posts Deleted Successfully', { deletedCount: 0 }) } }],
    error: /deleted none of the 1 posts/,
  },
  { name: 'bulk delete: at most 50', op: 'creates.deleteSocialPosts', input: { postIds: many(51, (i) => `p${i}`) }, calls: [], error: /"Posts" \(postIds\) takes at most 50 posts per step, got 51/ },
  {
    name: 'delete (disconnect) an account',
    op: 'creates.deleteSocialAccount',
    input: { id: FB },
    calls: [{ method: 'DELETE', path: `${BASE}/accounts/${FB}`, version: V, reply: { body: ok(200, 'Deleted Account', { locationId: 'LOC123', id: FB }) } }],
    output: { accountId: FB, succeeded: true },
  },
  { name: 'an account ID may not leave its path segment', op: 'creates.deleteSocialAccount', input: { id: '../posts' }, calls: [], error: /"Account" \(id\)/ },

  /* ------------------------------ searches ------------------------------ */
  { name: 'by ID', op: 'searches.getSocialPost', input: { id: 'post2' }, calls: [getPost(RAW_SCHEDULED)], output: [FLAT_SCHEDULED] },
  { name: 'by ID, none', op: 'searches.getSocialPost', input: { id: 'post2' }, calls: [{ method: 'GET', path: `${BASE}/posts/post2`, version: V, reply: { status: 404, body: { statusCode: 404, message: 'Post not found' } } }], output: [] },
  {
    name: 'find: filters sent, text matched ignoring case, newest first',
    op: 'searches.findSocialPosts',
    input: { text: 'WHITENING', type: 'failed', accounts: [FB], postType: 'post', fromDate: '2025-03-01', toDate: '2025-03-31T23:59:59Z' },
    calls: [list({ type: 'failed', accounts: FB, skip: '0', limit: '100', fromDate: '2025-03-01T00:00:00.000Z', toDate: '2025-03-31T23:59:59.000Z', includeUsers: 'false', postType: 'post' }, [RAW_PUBLISHED, { ...RAW_SCHEDULED, _id: 'post3', createdAt: '2025-03-01T09:00:00.000Z' }, RAW_SCHEDULED])],
    output: [FLAT_SCHEDULED, { ...FLAT_SCHEDULED, id: 'post3', createdAt: '2025-03-01T09:00:00.000Z' }],
  },
  { name: 'find: blank dates are 30 days back to 90 ahead', op: 'searches.findSocialPosts', calls: [list(listBody(LOOKUP_WINDOW), [])], output: [] },
  { name: 'find: an end before the start', op: 'searches.findSocialPosts', input: { fromDate: '2025-03-10', toDate: '2025-03-01' }, calls: [], error: /"Posted To" \(toDate\) must not be before Posted From/ },
  {
    name: 'a category by ID',
    op: 'searches.getSocialPostCategory',
    input: { id: 'cat1' },
    calls: [{ method: 'GET', path: `${BASE}/categories/cat1`, version: V, reply: { body: ok(200, 'Fetched Category', { category: { _id: 'cat1', name: 'Promotions', primaryColor: '#32a852', secondaryColor: '#e8f5ea', locationId: 'LOC123', createdBy: 'user1', deleted: false, createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z' } }) } }],
    output: [{ id: 'cat1', name: 'Promotions', primaryColor: '#32a852', secondaryColor: '#e8f5ea', createdBy: 'user1', deleted: false, locationId: 'LOC123', createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z' }],
  },
  {
    name: 'a deleted category is no result',
    op: 'searches.getSocialPostCategory',
    input: { id: 'cat1' },
    calls: [{ method: 'GET', path: `${BASE}/categories/cat1`, version: V, reply: { body: ok(200, 'Fetched Category', { category: { _id: 'cat1', name: 'Old', deleted: true } }) } }],
    output: [],
  },
  {
    name: 'statistics of two profiles on two platforms',
    op: 'searches.getSocialMediaStatistics',
    input: { profileIds: '110552314125325, 17841465964543589', platforms: 'Facebook, instagram' },
    calls: [{
      method: 'POST', path: '/social-media-posting/statistics', version: V, query: { locationId: 'LOC123' },
      body: { profileIds: ['110552314125325', '17841465964543589'], platforms: ['facebook', 'instagram'] },
      reply: { status: 201, body: { results: {
        dayRange: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
        totals: { posts: 6, likes: 187, followers: 1342, impressions: 4210, comments: 23 },
        breakdowns: { posts: { total: 6, totalChange: 20, platforms: { facebook: { value: 4, change: 33 } } }, impressions: { total: 4210, totalChange: 12.5 }, reach: { total: 2980, totalChange: 8.1 } },
      } } },
    }],
    output: [{ id: 'last-7-days', posts: 6, postsChange: 20, impressions: 4210, impressionsChange: 12.5, reach: 2980, reachChange: 8.1, likes: 187, comments: 23, followers: 1342, dayRange: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] }],
  },
  { name: 'statistics: an unknown platform', op: 'searches.getSocialMediaStatistics', input: { profileIds: ['1'], platforms: ['twitter'] }, calls: [], error: /"Platforms" \(platforms\) must each be one of facebook, instagram, linkedin, google, pinterest, youtube, tiktok, got "twitter"/ },
  { name: 'statistics need accounts', op: 'searches.getSocialMediaStatistics', calls: [], error: /"Accounts" \(profileIds\) needs at least one value/ },
];
