import type { PlainOutputField } from 'zapier-platform-core';
import { z } from 'zod';
import { callApi, locationId, type Ctx, type RequestParts } from '../client';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type FieldSpec } from '../fields';
import { each, type Flat, type Mapper, type OpCtx } from '../operation';
import { parseResponse } from '../schemas';

/**
 * Blogs: endpoints, shapes (HighLevel's blog records carry `_id`, output as `id`), flatteners,
 * samples, and the inputs and body shared by Create and Update Blog Post.
 *
 * Decisions where the spec is unclear:
 * - Create and Update Blog Post: the spec marks 12 body fields required (title, locationId,
 *   blogId, imageUrl, description, rawHTML, status, imageAltText, categories, author, urlSlug,
 *   publishedAt); the mapping report calls that over-required. The body always carries all 12 so
 *   it is valid against the spec: blank texts as "", no categories as [], publishedAt = now when
 *   not given (a scheduled post must give it), urlSlug derived from the title on create.
 * - Update is a PUT of the whole post (no endpoint reads one post back), so blank optional fields
 *   are saved blank; the help texts say so.
 * - "Check Slug First" asks GET /blogs/posts/url-slug-exists (with the post's own ID on update, so
 *   its current slug does not count); a taken slug stops the step with an error naming URL Slug,
 *   and nothing is written.
 */
const V = '2021-07-28' as const;
export const listBlogsEndpoint = endpoint('GET', '/blogs/site/all', V, ['blogs/list.readonly']);
export const listAuthorsEndpoint = endpoint('GET', '/blogs/authors', V, ['blogs/author.readonly']);
export const listCategoriesEndpoint = endpoint('GET', '/blogs/categories', V, ['blogs/category.readonly']);
export const listPostsEndpoint = endpoint('GET', '/blogs/posts/all', V, ['blogs/posts.readonly']);
export const checkSlugEndpoint = endpoint('GET', '/blogs/posts/url-slug-exists', V, ['blogs/check-slug.readonly']);

const text = z.string().nullish();
const strings = z.array(z.string()).nullish();

export const Blog = z.looseObject({ _id: z.string(), name: text });
export const Author = z.looseObject({ _id: z.string(), name: text, locationId: text, canonicalLink: text, updatedAt: text });
export const Category = z.looseObject({ _id: z.string(), label: text, urlSlug: text, locationId: text, canonicalLink: text, updatedAt: text });
export const Post = z.looseObject({
  _id: z.string(),
  title: text,
  description: text,
  status: text,
  urlSlug: text,
  canonicalLink: text,
  author: text,
  categories: strings,
  tags: strings,
  imageUrl: text,
  imageAltText: text,
  archived: z.boolean().nullish(),
  publishedAt: text,
  updatedAt: text,
});
export type Blog = z.infer<typeof Blog>;
export type Author = z.infer<typeof Author>;
export type Category = z.infer<typeof Category>;
export type Post = z.infer<typeof Post>;

const list =
  <T>(key: string, item: z.ZodType<T>, what: string) =>
  (body: unknown): T[] =>
    (parseResponse(z.object({ [key]: z.array(item).nullish() }), body, what) as Record<string, T[] | null | undefined>)[key] ?? [];

export const blogList = list('data', Blog, 'the blog list');
export const authorList = list('authors', Author, 'the author list');
export const categoryList = list('categories', Category, 'the category list');
export const postList = list('blogs', Post, 'the blog post list');
export const createdPost = (body: unknown): Post => parseResponse(z.object({ data: Post }), body, 'the new blog post').data;
export const updatedPost = (body: unknown): Post => parseResponse(z.object({ updatedBlogPost: Post }), body, 'the blog post update').updatedBlogPost;

/* ----------------------------------------------------------------------------------------- */
/* Outputs                                                                                     */
/* ----------------------------------------------------------------------------------------- */

export const blogOutputs = {
  output: each((b: Blog) => ({ id: b._id, name: b.name ?? null })),
  sample: { id: 'lMOzIQZne5m6zQ528sT6', name: 'Delgado Dental Blog' } as Flat,
  outputFields: [
    { key: 'id', label: 'Blog ID' },
    { key: 'name', label: 'Blog Name' },
  ] as PlainOutputField[],
};

export const authorOutputs = {
  output: each((a: Author) => ({ id: a._id, name: a.name ?? null, canonicalLink: a.canonicalLink ?? null, locationId: a.locationId ?? null, updatedAt: a.updatedAt ?? null })),
  sample: {
    id: '6683abde331c041f32c07aea',
    name: 'Rosa Delgado',
    canonicalLink: 'https://blog.delgadodental.example.com/author/rosa-delgado',
    locationId: 've9EPM428h8vShlRW1KT',
    updatedAt: '2025-01-03T11:06:35.822Z',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Author ID' },
    { key: 'name', label: 'Name' },
    { key: 'canonicalLink', label: 'Canonical Link' },
    { key: 'locationId', label: 'Location ID' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  ] as PlainOutputField[],
};

export const categoryOutputs = {
  output: each((c: Category) => ({
    id: c._id,
    label: c.label ?? null,
    urlSlug: c.urlSlug ?? null,
    canonicalLink: c.canonicalLink ?? null,
    locationId: c.locationId ?? null,
    updatedAt: c.updatedAt ?? null,
  })),
  sample: {
    id: '9c48df2694a849b6089f9d0d3513efe',
    label: 'Oral Health',
    urlSlug: 'oral-health',
    canonicalLink: 'https://blog.delgadodental.example.com/category/oral-health',
    locationId: 've9EPM428h8vShlRW1KT',
    updatedAt: '2025-01-03T11:06:35.822Z',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Category ID' },
    { key: 'label', label: 'Category' },
    { key: 'urlSlug', label: 'URL Slug' },
    { key: 'canonicalLink', label: 'Canonical Link' },
    { key: 'locationId', label: 'Location ID' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  ] as PlainOutputField[],
};

export const flattenPost = (p: Post): Flat => ({
  id: p._id,
  title: p.title ?? null,
  description: p.description ?? null,
  status: p.status ?? null,
  urlSlug: p.urlSlug ?? null,
  canonicalLink: p.canonicalLink ?? null,
  author: p.author ?? null,
  categories: p.categories ?? [],
  tags: p.tags ?? [],
  imageUrl: p.imageUrl ?? null,
  imageAltText: p.imageAltText ?? null,
  archived: p.archived ?? false,
  publishedAt: p.publishedAt ?? null,
  updatedAt: p.updatedAt ?? null,
});

export const postOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Post ID' },
  { key: 'title', label: 'Title' },
  { key: 'description', label: 'Description' },
  { key: 'status', label: 'Status' },
  { key: 'urlSlug', label: 'URL Slug' },
  { key: 'canonicalLink', label: 'Canonical Link' },
  { key: 'author', label: 'Author ID' },
  { key: 'categories', label: 'Category IDs' },
  { key: 'tags', label: 'Tags' },
  { key: 'imageUrl', label: 'Image URL' },
  { key: 'imageAltText', label: 'Image Alt Text' },
  { key: 'archived', label: 'Archived', type: 'boolean' },
  { key: 'publishedAt', label: 'Published At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

export const postSample: Flat = {
  id: '66c381b38be80858b9af62b6',
  title: 'Five habits for healthier gums',
  description: 'Simple daily habits our hygienists recommend.',
  status: 'PUBLISHED',
  urlSlug: 'five-habits-for-healthier-gums',
  canonicalLink: 'https://blog.delgadodental.example.com/post/five-habits-for-healthier-gums',
  author: '6683abde331c041f32c07aea',
  categories: ['9c48df2694a849b6089f9d0d3513efe'],
  tags: ['gums', 'habits'],
  imageUrl: 'https://images.example.com/gums.jpg',
  imageAltText: 'A smiling patient',
  archived: false,
  publishedAt: '2025-03-14T15:00:00.000Z',
  updatedAt: '2025-03-14T15:02:11.182Z',
};

export const postOutputs = { output: each(flattenPost), sample: postSample, outputFields: postOutputFields };

/* ----------------------------------------------------------------------------------------- */
/* Inputs                                                                                      */
/* ----------------------------------------------------------------------------------------- */

export const blogField = (helpText = 'The blog. Pick one, or map a Blog ID.') =>
  f.id({ label: 'Blog', required: true, dynamic: 'blogDropdown.id.name', helpText });

export const postField = (helpText: string) => f.id({ label: 'Post', required: true, dynamic: 'blogPostDropdown.id.name', helpText });

export const POST_STATUSES = { DRAFT: 'Draft', PUBLISHED: 'Published', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' } as const;

const withDynamic = <T>(s: FieldSpec<T>, dynamic: string): FieldSpec<T> => ({ ...s, field: { ...s.field, dynamic } });

const postContentInputs = {
  title: f.text({ label: 'Title', required: true, helpText: 'The post title, e.g. "Five habits for healthier gums".' }),
  rawHTML: f.longText({ label: 'Content (HTML)', required: true, helpText: 'The post body as HTML, e.g. <h2>Brush twice</h2><p>...</p>.' }),
  author: f.id({ label: 'Author', required: true, dynamic: 'blogAuthorDropdown.id.name', helpText: 'The blog author shown on the post. Pick one, or map an Author ID.' }),
};

/** Optional, so after the required Status (and URL Slug on updates). */
const postDetailInputs = {
  categories: withDynamic(
    f.list({ label: 'Categories', helpText: 'The post\'s categories. Pick them, or map Category IDs (a list or separated by commas).' }),
    'blogCategoryDropdown.id.name',
  ),
  checkSlug: f.boolean({
    label: 'Check Slug First',
    helpText: 'Yes: first ask HighLevel whether the URL slug is free; if another post uses it, the step stops with an error and nothing is saved.',
  }),
  description: f.text({ label: 'Description', helpText: 'A short summary shown in listings and search results.' }),
  imageUrl: f.text({ label: 'Image URL', helpText: 'The featured image, as a public https URL.' }),
  imageAltText: f.text({ label: 'Image Alt Text', helpText: 'Describes the featured image for screen readers and search engines.' }),
  tags: f.list({ label: 'Tags', helpText: 'Tags of the post, as a list or separated by commas.' }),
  canonicalLink: f.text({ label: 'Canonical Link', helpText: 'The canonical URL, if the post was first published elsewhere.' }),
  publishedAt: f.datetime({ label: 'Publish Date', helpText: 'When the post is (or was) published; required for Scheduled. Defaults to now.' }),
};

export const createPostInputs = {
  blogId: blogField('The blog to post to. Pick one, or map a Blog ID.'),
  ...postContentInputs,
  status: f.choice({ label: 'Status', required: true, choices: POST_STATUSES, default: 'DRAFT', helpText: 'Draft, Published, Scheduled (give a Publish Date) or Archived. Defaults to Draft.' }),
  urlSlug: f.text({ label: 'URL Slug', helpText: 'The post\'s address, e.g. five-habits-for-healthier-gums (lowercase letters, digits, hyphens). Defaults to one made from the title.' }),
  ...postDetailInputs,
};

export const updatePostInputs = {
  blogId: blogField('The blog of the post. Pick one, or map a Blog ID.'),
  postId: postField('The post to update. Pick one of the blog above, or map a Post ID.'),
  ...postContentInputs,
  status: f.choice({ label: 'Status', required: true, choices: POST_STATUSES, helpText: 'Draft, Published, Scheduled (give a Publish Date) or Archived.' }),
  urlSlug: f.text({ label: 'URL Slug', required: true, helpText: 'The post\'s address, e.g. five-habits-for-healthier-gums (lowercase letters, digits, hyphens).' }),
  ...postDetailInputs,
};

export interface PostInput {
  blogId: string;
  postId?: string;
  title: string;
  rawHTML: string;
  author: string;
  categories?: string[];
  status: keyof typeof POST_STATUSES;
  urlSlug?: string;
  checkSlug?: boolean;
  description?: string;
  imageUrl?: string;
  imageAltText?: string;
  tags?: string[];
  canonicalLink?: string;
  publishedAt?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "Five Habits: Healthier Gums!" -> "five-habits-healthier-gums". */
export const slugify = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');

const isHttpUrl = (s: string): boolean => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s);

/** Is the slug used by another post of the location? (postId: the post being edited, which does not count) */
export async function slugExists(ctx: Ctx, urlSlug: string, postId?: string): Promise<boolean> {
  const body = await callApi(ctx, checkSlugEndpoint, { query: { urlSlug, locationId: locationId(ctx.bundle), postId } });
  return parseResponse(z.looseObject({ exists: z.boolean() }), body, 'the URL slug check').exists;
}

/** The body of Create / Update Blog Post (see the module note), after every check. */
export async function postRequest(input: PostInput, ctx: Ctx): Promise<RequestParts> {
  const urlSlug = input.urlSlug ?? slugify(input.title);
  const slugField = { key: 'urlSlug', label: 'URL Slug' };
  if (!urlSlug) throw invalidInput(slugField, 'is required: the title gives no slug to derive');
  if (!SLUG.test(urlSlug)) throw invalidInput(slugField, `must be lowercase letters, digits and single hyphens, e.g. five-habits-for-healthier-gums, got "${urlSlug}"`);
  for (const [key, label] of [['imageUrl', 'Image URL'], ['canonicalLink', 'Canonical Link']] as const) {
    const v = input[key];
    if (v && !isHttpUrl(v)) throw invalidInput({ key, label }, `must be a web address starting with https://, got "${v}"`);
  }
  if (input.status === 'SCHEDULED' && !input.publishedAt) throw invalidInput({ key: 'publishedAt', label: 'Publish Date' }, 'is required when Status is Scheduled');
  if (input.checkSlug && (await slugExists(ctx, urlSlug, input.postId))) {
    throw invalidInput(slugField, `"${urlSlug}" is already used by another post of this location; choose another slug (nothing was saved)`);
  }
  return {
    body: {
      title: input.title,
      locationId: locationId(ctx.bundle),
      blogId: input.blogId,
      imageUrl: input.imageUrl ?? '',
      description: input.description ?? '',
      rawHTML: input.rawHTML,
      status: input.status,
      imageAltText: input.imageAltText ?? '',
      categories: input.categories ?? [],
      author: input.author,
      urlSlug,
      publishedAt: input.publishedAt ?? new Date().toISOString(),
      ...(input.tags ? { tags: input.tags } : {}),
      ...(input.canonicalLink ? { canonicalLink: input.canonicalLink } : {}),
    },
  };
}

/* ----------------------------------------------------------------------------------------- */
/* Check Blog URL Slug                                                                         */
/* ----------------------------------------------------------------------------------------- */

export const slugCheckInputs = {
  urlSlug: f.text({ label: 'URL Slug', required: true, helpText: 'The slug to check, e.g. five-habits-for-healthier-gums.' }),
  blogId: f.id({ label: 'Blog (for the Post list)', dynamic: 'blogDropdown.id.name', helpText: 'Pick a blog to choose the post below from its posts.' }),
  postId: f.id({
    label: 'Post Being Edited',
    dynamic: 'blogPostDropdown.id.name',
    helpText: 'When checking the slug for an existing post: that post, so its own slug does not count as taken.',
  }),
};

export const slugCheckRequest = (input: { urlSlug: string; postId?: string }, { bundle }: Ctx): RequestParts => ({
  query: { urlSlug: input.urlSlug, locationId: locationId(bundle), postId: input.postId },
});

export const slugRecord = (body: unknown): { exists: boolean } => parseResponse(z.looseObject({ exists: z.boolean() }), body, 'the URL slug check');

export const slugOutputs = {
  output: ((records, ctx) => {
    const { urlSlug } = (ctx as OpCtx<{ urlSlug: string }>).input;
    return records.map((r) => ({ id: urlSlug, urlSlug, exists: r.exists, available: !r.exists }));
  }) as Mapper<{ exists: boolean }>,
  sample: { id: 'five-habits-for-healthier-gums', urlSlug: 'five-habits-for-healthier-gums', exists: false, available: true } as Flat,
  outputFields: [
    { key: 'id', label: 'URL Slug' },
    { key: 'urlSlug', label: 'URL Slug' },
    { key: 'exists', label: 'Taken (used by a post)', type: 'boolean' },
    { key: 'available', label: 'Available', type: 'boolean' },
  ] as PlainOutputField[],
};
