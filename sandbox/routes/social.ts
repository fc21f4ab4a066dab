import { badRequest, clone, compact, intParam, notFound, opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import type { SocialPostRecord } from '../ext-store';

/**
 * The Social Planner (social-media-posting.json, Version 2021-07-28): connected accounts, posts,
 * post categories and tags of a location, each answer in the `{ success, statusCode, message,
 * results }` envelope. The posts list takes a required date range (`fromDate`/`toDate`, on the
 * post's date), a `type` filter (a status, `all` or `recent`) and `skip`/`limit` as text, answers
 * newest post date first with `count`; a post's date is its schedule date (or when it was made).
 * Bulk delete takes at most 50 ids and answers 404 when none is found. Statistics are the last 7
 * days of the given profiles, from the posts made to them.
 */

const POST_TYPES = ['post', 'story', 'reel'] as const;
const STATUSES = ['in_progress', 'draft', 'failed', 'published', 'scheduled', 'in_review', 'notification_sent', 'deleted'] as const;
const POST_NOT_FOUND = 'Post not found';
const DAY_MS = 86_400_000;

const envelope = (statusCode: number, message: string, results?: unknown) => ({ success: true, statusCode, message, ...(results === undefined ? {} : { results }) });

export function socialRoutes({ store, ext }: World): Route[] {
  const accountsOf = (loc: string) => [...ext.socialAccounts.values()].filter((a) => a.locationId === loc);
  const postOf = (loc: string, id: string): SocialPostRecord => {
    const p = ext.socialPosts.get(id);
    if (!p || p.locationId !== loc) throw notFound(POST_NOT_FOUND);
    return p;
  };
  /** The accounts a write names must be connected to the location. */
  const checkAccounts = (loc: string, ids: readonly string[]) => {
    const known = new Set(accountsOf(loc).map((a) => a.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw badRequest(`Account ${unknown} is not connected to this location`);
    if (!ids.length) throw badRequest('accountIds must contain at least 1 elements');
  };
  const platformOf = (loc: string, accountId: string | undefined) => accountsOf(loc).find((a) => a.id === accountId)?.platform ?? '';
  const statusFor = (status: string | undefined, when: string) => (status === 'scheduled' && when <= store.now() ? 'published' : status ?? 'scheduled');
  const content = {
    summary: opt.string(),
    media: opt.array(),
    status: opt.string({ enum: STATUSES }),
    scheduleDate: opt.string(),
    createdBy: opt.string(),
    followUpComment: opt.string(),
    ogTagsDetails: opt.object(),
    postApprovalDetails: opt.object(),
    scheduleTimeUpdated: opt.boolean(),
    tags: opt.stringArray(),
    categoryId: opt.string(),
    tiktokPostDetails: opt.object(),
    gmbPostDetails: opt.object(),
  };
  const page = <T>(all: T[], skip: string | undefined, limit: string | undefined, fallback: number) => {
    const from = intParam(skip, 0, 'skip');
    return all.slice(from, from + intParam(limit, fallback, 'limit'));
  };

  return [
    route({
      method: 'GET',
      path: '/social-media-posting/{locationId}/accounts',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        return envelope(200, 'Fetched Accounts', { accounts: accountsOf(params.locationId).map(clone), groups: [] });
      },
    }),
    route({
      method: 'DELETE',
      path: '/social-media-posting/{locationId}/accounts/{id}',
      version: V,
      query: { companyId: opt.string(), userId: opt.string() },
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        const a = ext.socialAccounts.get(params.id);
        if (!a || a.locationId !== params.locationId) throw notFound('Account not found');
        ext.socialAccounts.delete(a.id);
        return envelope(200, 'Deleted Account', { locationId: a.locationId, id: a.id });
      },
    }),
    route({
      method: 'POST',
      path: '/social-media-posting/{locationId}/posts/list',
      version: V,
      status: 201,
      body: {
        type: opt.string({ enum: ['recent', 'all', 'scheduled', 'draft', 'failed', 'in_review', 'published', 'in_progress', 'deleted'] as const }),
        accounts: opt.string(),
        skip: req.string(),
        limit: req.string(),
        fromDate: req.string(),
        toDate: req.string(),
        includeUsers: req.string(),
        postType: opt.string({ enum: POST_TYPES }),
      },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        const from = Date.parse(body.fromDate);
        const to = Date.parse(body.toDate);
        if (!Number.isFinite(from) || !Number.isFinite(to)) throw badRequest('fromDate and toDate must be ISO 8601 dates');
        const accounts = body.accounts?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
        const type = body.type ?? 'all';
        const recentFrom = Date.parse(store.now()) - 7 * DAY_MS;
        const all = [...ext.socialPosts.values()]
          .filter((p) => p.locationId === params.locationId)
          .filter((p) => (type === 'all' ? p.status !== 'deleted' : type === 'recent' ? Date.parse(p.createdAt) >= recentFrom : p.status === type))
          .filter((p) => !accounts.length || p.accountIds.some((a) => accounts.includes(a)))
          .filter((p) => !body.postType || p.type === body.postType)
          .filter((p) => Date.parse(p.displayDate) >= from && Date.parse(p.displayDate) <= to)
          .sort((a, b) => b.displayDate.localeCompare(a.displayDate) || a._id.localeCompare(b._id));
        return envelope(201, 'Fetched Posts', { posts: page(all, body.skip, body.limit, 10).map(clone), count: all.length });
      },
    }),
    route({
      method: 'POST',
      path: '/social-media-posting/{locationId}/posts',
      version: V,
      status: 201,
      body: { accountIds: req.stringArray(), type: req.string({ enum: POST_TYPES }), userId: req.string(), ...content },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        checkAccounts(params.locationId, body.accountIds);
        const now = store.now();
        const displayDate = body.scheduleDate ?? now;
        if (!Number.isFinite(Date.parse(displayDate))) throw badRequest('scheduleDate must be an ISO 8601 date');
        const status = statusFor(body.status, displayDate);
        const post: SocialPostRecord = compact({
          _id: newObjectId(),
          locationId: params.locationId,
          source: 'composer',
          platform: platformOf(params.locationId, body.accountIds[0]),
          accountIds: body.accountIds,
          accountId: body.accountIds[0] ?? '',
          summary: body.summary,
          media: body.media,
          status,
          type: body.type,
          displayDate,
          publishedAt: status === 'published' ? now : undefined,
          error: '',
          tags: body.tags ?? [],
          categoryId: body.categoryId,
          followUpComment: body.followUpComment,
          createdBy: body.userId,
          createdAt: now,
          updatedAt: now,
        });
        ext.socialPosts.set(post._id, post);
        return envelope(201, 'Created Post', { post: clone(post) });
      },
    }),
    route({
      method: 'GET',
      path: '/social-media-posting/{locationId}/posts/{id}',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        return envelope(200, 'Fetched Post', { post: clone(postOf(params.locationId, params.id)) });
      },
    }),
    route({
      method: 'PUT',
      path: '/social-media-posting/{locationId}/posts/{id}',
      version: V,
      body: { type: req.string({ enum: POST_TYPES }), accountIds: opt.stringArray(), userId: opt.string(), ...content },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        const p = postOf(params.locationId, params.id);
        if (p.status === 'published') throw badRequest('A published post cannot be edited');
        if (body.accountIds) checkAccounts(params.locationId, body.accountIds);
        const displayDate = body.scheduleDate ?? p.displayDate;
        const next: SocialPostRecord = compact({
          ...p,
          type: body.type,
          ...(body.accountIds ? { accountIds: body.accountIds, accountId: body.accountIds[0] ?? '', platform: platformOf(params.locationId, body.accountIds[0]) } : {}),
          summary: body.summary ?? p.summary,
          media: body.media ?? p.media,
          tags: body.tags ?? p.tags,
          categoryId: body.categoryId ?? p.categoryId,
          followUpComment: body.followUpComment ?? p.followUpComment,
          displayDate,
          status: body.status ? statusFor(body.status, displayDate) : p.status,
          updatedAt: store.now(),
        });
        ext.socialPosts.set(p._id, next);
        return envelope(200, 'Updated Post');
      },
    }),
    route({
      method: 'DELETE',
      path: '/social-media-posting/{locationId}/posts/{id}',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        const p = postOf(params.locationId, params.id);
        ext.socialPosts.delete(p._id);
        return envelope(200, 'Deleted Post', { postId: p._id });
      },
    }),
    route({
      method: 'POST',
      path: '/social-media-posting/{locationId}/posts/bulk-delete',
      version: V,
      status: 201,
      body: { postIds: opt.stringArray() },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        const ids = body.postIds ?? [];
        if (ids.length > 50) throw badRequest('Cannot delete more than 50 posts at a time.');
        const found = ids.filter((id) => ext.socialPosts.get(id)?.locationId === params.locationId);
        if (!found.length) throw notFound('No posts found with the given IDs.');
        for (const id of found) ext.socialPosts.delete(id);
        return envelope(201, 'Posts Deleted Successfully', { message: 'Posts deleted successfully', deletedCount: found.length });
      },
    }),
    route({
      method: 'GET',
      path: '/social-media-posting/{locationId}/categories',
      version: V,
      query: { searchText: opt.string(), limit: opt.string(), skip: opt.string() },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(params.locationId);
        const q = query.searchText?.trim().toLowerCase();
        const all = [...ext.socialCategories.values()]
          .filter((c) => c.locationId === params.locationId && !c.deleted && (!q || c.name.toLowerCase().includes(q)))
          .sort((a, b) => a.name.localeCompare(b.name));
        return envelope(200, 'Fetched Categories by Location ID', { count: all.length, categories: page(all, query.skip, query.limit, 10).map(clone) });
      },
    }),
    route({
      method: 'GET',
      path: '/social-media-posting/{locationId}/categories/{id}',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        const c = ext.socialCategories.get(params.id);
        if (!c || c.locationId !== params.locationId) throw notFound('Category not found');
        return envelope(200, 'Fetched Category', { category: clone(c) });
      },
    }),
    route({
      method: 'GET',
      path: '/social-media-posting/{locationId}/tags',
      version: V,
      query: { searchText: opt.string(), limit: opt.string(), skip: opt.string() },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(params.locationId);
        const q = query.searchText?.trim().toLowerCase();
        const all = [...ext.socialTags.values()]
          .filter((t) => t.locationId === params.locationId && !t.deleted && (!q || t.tag.toLowerCase().includes(q)))
          .sort((a, b) => a.tag.localeCompare(b.tag));
        return envelope(200, 'Fetched Tags by Location ID', { tags: page(all, query.skip, query.limit, 10).map(clone), count: all.length });
      },
    }),
    route({
      method: 'POST',
      path: '/social-media-posting/statistics',
      version: V,
      status: 201,
      query: { locationId: req.string() },
      body: { profileIds: req.stringArray(), platforms: opt.stringArray() },
      handler: ({ query, body, ownLocation }) => {
        ownLocation(query.locationId);
        const accounts = accountsOf(query.locationId).filter((a) => body.profileIds.includes(a.profileId) && (!body.platforms?.length || body.platforms.includes(a.platform)));
        const ids = new Set(accounts.map((a) => a.id));
        const now = Date.parse(store.now());
        const inDays = (p: SocialPostRecord, back: number) => {
          const t = Date.parse(p.displayDate);
          return p.status === 'published' && t <= now - (back - 7) * DAY_MS && t > now - back * DAY_MS;
        };
        const posts = [...ext.socialPosts.values()].filter((p) => p.locationId === query.locationId && p.accountIds.some((a) => ids.has(a)));
        const week = posts.filter((p) => inDays(p, 7)).length;
        const before = posts.filter((p) => inDays(p, 14)).length;
        const change = before ? Math.round(((week - before) / before) * 1000) / 10 : 0;
        const days = Array.from({ length: 7 }, (_, i) => new Date(now - (6 - i) * DAY_MS).toUTCString().slice(0, 3));
        return envelope(201, 'Fetched Statistics', {
          dayRange: days,
          totals: { posts: week, likes: 0, followers: 0, impressions: 0, comments: 0 },
          breakdowns: { posts: { total: week, totalChange: change, platforms: {} }, impressions: { total: 0, totalChange: 0, platforms: {} }, reach: { total: 0, totalChange: 0, platforms: {} }, engagement: {} },
        });
      },
    }),
  ];
}
