import type { Ctx } from '../client';
import { clock } from '../clock';
import { endpoint } from '../endpoint';
import { f } from '../fields';
import { invalidInput } from '../errors';
import type { Paging } from '../operation';
import { defineRecord, isRecord, t } from '../record-table';

/**
 * Social Planner posts (social-media-posting.json, `GetPostFormattedSchema`). Every answer is
 * wrapped as `{ success, statusCode, message, results }`: the list in `results.posts`, one post in
 * `results.post`. A post's id is `_id`; `postId` is the id the social network gave it once
 * published. `status` and `type` are typed as objects in the spec but are the words its
 * descriptions list (`published`, `post`), so they are read as loose text.
 */
const V = '2021-07-28';
export const listPostsEndpoint = endpoint('POST', '/social-media-posting/{locationId}/posts/list', V, ['socialplanner/post.readonly'], { readOnly: true });
// The spec gives the single-post routes no scope; docs/oauth/Scopes.md lists them under socialplanner/post.*.
export const getPostEndpoint = endpoint('GET', '/social-media-posting/{locationId}/posts/{id}', V, ['socialplanner/post.readonly']);

export const socialPostTable = defineRecord(
  {
    id: { label: 'Post ID', type: t.text, from: ['_id', 'id'], sample: '65fac446d599990d1313c1dd', important: true },
    summary: { label: 'Post Text', type: t.text, sample: 'Spring whitening special: 20% off at-home kits until April 30. Book your visit today!', important: true },
    status: { label: 'Status', type: t.looseText, sample: 'scheduled', important: true },
    type: { label: 'Post Type', type: t.looseText, sample: 'post' },
    platform: { label: 'Platform', type: t.text, sample: 'facebook' },
    accountIds: { label: 'Account IDs', type: t.strings, sample: ['ve9EPM428h8vShlRW1KT_110552314125325_page'] },
    accountId: { label: 'Account ID', type: t.text, sample: 've9EPM428h8vShlRW1KT_110552314125325_page' },
    mediaUrls: { label: 'Media URLs', type: t.pluck('url'), from: ['media'], sample: ['https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/whitening-special.png'] },
    displayDate: { label: 'Post Date', type: t.datetime, sample: '2025-04-02T15:00:00.000Z' },
    publishedAt: { label: 'Published At', type: t.datetime, sample: null },
    platformPostId: { label: 'Platform Post ID', type: t.text, from: ['postId'], sample: null },
    tags: { label: 'Tag IDs', type: t.strings, sample: ['65f151c99bc2bf3aaf970d72'] },
    source: { label: 'Source', type: t.text, sample: 'composer' },
    error: { label: 'Error', type: t.nonEmptyText, sample: null },
    createdBy: { label: 'Created By (User ID)', type: t.text, sample: 'Lx1EI6YIgQYMQi0ytFXv' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-28T14:12:09.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-28T14:12:09.000Z' },
  },
  { name: 'social post' },
);

export const socialPostList = (body: unknown) => socialPostTable.list('posts', 'the social post list')(resultsOf(body));
export const socialPostRecord = (body: unknown) => socialPostTable.one('post', 'the social post')(resultsOf(body));
const postAnswer = socialPostTable.answer('post', 'the social post');
export const socialPostAnswer = (body: unknown, ctx: Ctx) => postAnswer(resultsOf(body), ctx);

/** The `results` of Social Planner's `{ success, statusCode, message, results }` envelope (or the body itself). */
export const resultsOf = (body: unknown): unknown => (isRecord(body) && 'results' in body ? body.results : body);

export const socialPostField = (helpText: string) =>
  f.id({ label: 'Post', required: true, dynamic: 'socialPostDropdown.id.name', search: 'findSocialPosts.id', helpText });

/** The post types of CreatePostDTO / PostCreateRequest (`type`). */
export const POST_TYPES = { post: 'Post', story: 'Story', reel: 'Reel' } as const;

export const MEDIA_FIELD = { key: 'mediaUrls', label: 'Media URLs' };

const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp',
  mp4: 'video/mp4', mov: 'video/quicktime', m4v: 'video/x-m4v', webm: 'video/webm', pdf: 'application/pdf',
};

/**
 * Media as the spec takes it (`PostMediaSchema`: `url` required; `type` a MIME type such as
 * image/png): HighLevel fetches each URL itself, so they must be public. The type is sent when
 * the URL's extension names one, else left for HighLevel to detect.
 */
export function mediaOf(urls: readonly string[]): { url: string; type?: string }[] {
  return urls.map((url) => {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) throw invalidInput(MEDIA_FIELD, `must be public http(s) URLs, got "${url}"`);
    const ext = /\.([a-z0-9]+)$/i.exec(parsed.pathname)?.[1]?.toLowerCase();
    const type = ext ? MEDIA_TYPES[ext] : undefined;
    return type ? { url, type } : { url };
  });
}

/** The `type` filter of the posts list (SearchPostDTO: "recent, all, scheduled, draft, failed, in_review, published, in_progress and deleted"). */
export const POST_FILTERS = {
  all: 'All posts',
  scheduled: 'Scheduled',
  published: 'Published',
  draft: 'Drafts',
  failed: 'Failed',
  in_review: 'In review (awaiting approval)',
  in_progress: 'In progress (publishing)',
  deleted: 'Deleted',
  recent: 'Recent',
} as const;

const DAY_MS = 86_400_000;
/**
 * The posts list filters by date (`fromDate`/`toDate`, both required) and has no sort. A post's
 * date is when it is (or was) posted, so a window for new posts reaches from 2 days back (posted
 * now, or just before) to 90 days ahead (scheduled in advance); a post scheduled further out is
 * seen once it enters the window.
 */
export const POST_WINDOW_DAYS = { back: 2, ahead: 90 } as const;
export const postWindow = (back: number = POST_WINDOW_DAYS.back, ahead: number = POST_WINDOW_DAYS.ahead): { fromDate: string; toDate: string } => {
  const now = clock.now();
  return { fromDate: new Date(now - back * DAY_MS).toISOString(), toDate: new Date(now + ahead * DAY_MS).toISOString() };
};

/** The most posts one list request asks for. */
export const POST_PAGE = 100;

/** A posts list body (SearchPostDTO): skip, limit and includeUsers are text in the spec. */
export const postsListBody = (o: { fromDate: string; toDate: string; limit: number; skip?: number; type?: string; accounts?: readonly string[]; postType?: string }) => ({
  type: o.type ?? 'all',
  ...(o.accounts?.length ? { accounts: o.accounts.join(',') } : {}),
  skip: String(o.skip ?? 0),
  limit: String(o.limit),
  fromDate: o.fromDate,
  toDate: o.toDate,
  includeUsers: 'false',
  ...(o.postType ? { postType: o.postType } : {}),
});

/** The next page of a posts list (skip + limit) while a page was full and `results.count` says more remain. */
export const postsPaging: Paging<unknown> = {
  next: (body, current, { pageItems }) => {
    const sent = isRecord(current.body) ? current.body : {};
    const limit = Number(sent.limit) || POST_PAGE;
    const skip = (Number(sent.skip) || 0) + pageItems;
    const results = resultsOf(body);
    const count = isRecord(results) && typeof results.count === 'number' ? results.count : null;
    if (pageItems < limit || (count !== null && skip >= count)) return null;
    return { ...current, body: { ...sent, skip: String(skip) } };
  },
};
