import { badRequest, clone, intParam, opt, req, route, unprocessable, V_2021_07_28 as V, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import type { BlogPostRecord, BlogPostStatus } from '../ext-store';

/**
 * Blogs (Version 2021-07-28): the location's blogs, authors, categories and posts; create and
 * update a post (every field the spec requires is required on update too, as the spec says);
 * the URL slug check (a slug is taken by any other post of the location). Of the spec's required
 * fields, imageUrl, description and imageAltText must be present but may be blank (the catalog's
 * mapping report calls the post body over-required; a post needs no image). A category is
 * answered with `label` (the spec's property) and `name` (the spec's required list names it), both
 * the category's name.
 */

/** Required keys whose value may be blank. */
export const BLANK_OK = ['imageUrl', 'description', 'imageAltText'] as const;

const STATUSES = ['PUBLISHED', 'SCHEDULED', 'ARCHIVED', 'DRAFT'] as const satisfies readonly BlogPostStatus[];

export function blogRoutes({ store, ext }: World): Route[] {
  const page = <T>(all: T[], offset: string | undefined, limit: string | undefined) => {
    const from = intParam(offset, 0, 'offset');
    return all.slice(from, from + intParam(limit, 10, 'limit'));
  };
  const postFields = {
    title: req.string(),
    locationId: req.string(),
    blogId: req.string(),
    imageUrl: opt.string(),
    description: opt.string(),
    rawHTML: req.string(),
    status: req.string({ enum: STATUSES }),
    imageAltText: opt.string(),
    categories: req.stringArray(),
    tags: opt.stringArray(),
    author: req.string(),
    urlSlug: req.string(),
    canonicalLink: opt.string(),
    publishedAt: req.string(),
  };
  const blankOk = (raw: Record<string, unknown>) => {
    const missing = BLANK_OK.filter((k) => typeof raw[k] !== 'string');
    if (missing.length) throw unprocessable(missing.map((k) => `${k} must be a string`));
    return { imageUrl: String(raw.imageUrl), description: String(raw.description), imageAltText: String(raw.imageAltText) };
  };
  const slugTaken = (locationId: string, urlSlug: string, exceptId?: string) =>
    [...ext.blogPosts.values()].some((p) => p.locationId === locationId && p.urlSlug === urlSlug && p._id !== exceptId);
  /** The post's references must be the location's own. */
  const checkRefs = (b: { locationId: string; blogId: string; author: string; categories: string[] }) => {
    if (ext.blogs.get(b.blogId)?.locationId !== b.locationId) throw badRequest('Blog not found');
    if (ext.blogAuthors.get(b.author)?.locationId !== b.locationId) throw badRequest('Author not found');
    const unknown = b.categories.filter((c) => ext.blogCategories.get(c)?.locationId !== b.locationId);
    if (unknown.length) throw badRequest(`Category not found: ${unknown.join(', ')}`);
  };
  const present = (p: BlogPostRecord) => {
    const { locationId: _l, blogId: _b, rawHTML: _r, ...out } = clone(p);
    return out;
  };

  return [
    route({
      method: 'GET',
      path: '/blogs/site/all',
      version: V,
      query: { locationId: req.string(), skip: req.string(), limit: req.string(), searchTerm: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const term = query.searchTerm?.toLowerCase();
        const all = [...ext.blogs.values()].filter((b) => b.locationId === query.locationId && (!term || b.name.toLowerCase().includes(term)));
        const from = intParam(query.skip, 0, 'skip');
        return { data: all.slice(from, from + intParam(query.limit, 10, 'limit')).map(({ _id, name }) => ({ _id, name })) };
      },
    }),
    route({
      method: 'GET',
      path: '/blogs/authors',
      version: V,
      query: { locationId: req.string(), limit: req.string(), offset: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        return { authors: page([...ext.blogAuthors.values()].filter((a) => a.locationId === query.locationId), query.offset, query.limit).map(clone) };
      },
    }),
    route({
      method: 'GET',
      path: '/blogs/categories',
      version: V,
      query: { locationId: req.string(), limit: req.string(), offset: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const all = [...ext.blogCategories.values()].filter((c) => c.locationId === query.locationId);
        return { categories: page(all, query.offset, query.limit).map((c) => ({ ...clone(c), name: c.label })) };
      },
    }),
    route({
      method: 'GET',
      path: '/blogs/posts/all',
      version: V,
      query: { locationId: req.string(), blogId: req.string(), limit: req.string(), offset: req.string(), searchTerm: opt.string(), status: opt.string({ enum: STATUSES }) },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const term = query.searchTerm?.toLowerCase();
        const all = [...ext.blogPosts.values()]
          .filter((p) => p.locationId === query.locationId && p.blogId === query.blogId)
          .filter((p) => !query.status || p.status === query.status)
          .filter((p) => !term || p.title.toLowerCase().includes(term))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        return { blogs: page(all, query.offset, query.limit).map(present) };
      },
    }),
    route({
      method: 'GET',
      path: '/blogs/posts/url-slug-exists',
      version: V,
      query: { urlSlug: req.string(), locationId: req.string(), postId: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        return { exists: slugTaken(query.locationId, query.urlSlug, query.postId) };
      },
    }),
    route({
      method: 'POST',
      path: '/blogs/posts',
      version: V,
      body: postFields,
      handler: ({ body, rawBody, ownLocation }) => {
        ownLocation(body.locationId);
        const texts = blankOk(rawBody);
        checkRefs(body);
        if (slugTaken(body.locationId, body.urlSlug)) throw badRequest('A post with this URL slug already exists');
        const post: BlogPostRecord = { _id: newObjectId(), ...body, ...texts, tags: body.tags ?? [], archived: body.status === 'ARCHIVED', updatedAt: store.now() };
        ext.blogPosts.set(post._id, post);
        return { data: present(post) };
      },
    }),
    route({
      method: 'PUT',
      path: '/blogs/posts/{postId}',
      version: V,
      body: postFields,
      handler: ({ params, body, rawBody, own, ownLocation }) => {
        const post = own(ext.blogPosts.get(params.postId), 'Blog post not found');
        ownLocation(body.locationId);
        const texts = blankOk(rawBody);
        checkRefs(body);
        if (slugTaken(post.locationId, body.urlSlug, post._id)) throw badRequest('A post with this URL slug already exists');
        Object.assign(post, body, texts, { tags: body.tags ?? post.tags, archived: body.status === 'ARCHIVED', updatedAt: store.now() });
        return { updatedBlogPost: present(post) };
      },
    }),
  ];
}
