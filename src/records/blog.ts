import type { PlainOutputField } from 'zapier-platform-core';
import { z } from 'zod';
import { clock } from '../clock';
import { callApi, locationId, type Ctx, type RequestParts } from '../client';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type FieldSpec } from '../fields';
import { type Flat, type Mapper, type OpCtx } from '../operation';
import { defineRecord, t, type Output } from '../record-table';
import { parseResponse } from '../schemas';

/**
 * Blogs: endpoints, record tables (HighLevel's blog records carry `_id`, output as `id`),
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

const id = (label: string, sample: string) => ({ id: { label, type: t.text, from: ['_id', 'id'], sample } });

export const blogTable = defineRecord(
  { ...id('Blog ID', 'lMOzIQZne5m6zQ528sT6'), name: { label: 'Blog Name', type: t.text, sample: 'Delgado Dental Blog' } },
  { name: 'blog' },
);

export const authorTable = defineRecord(
  {
    ...id('Author ID', '6683abde331c041f32c07aea'),
    name: { label: 'Name', type: t.text, sample: 'Rosa Delgado' },
    canonicalLink: { label: 'Canonical Link', type: t.text, sample: 'https://blog.delgadodental.example.com/author/rosa-delgado' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-01-03T11:06:35.822Z' },
  },
  { name: 'blog author' },
);

export const categoryTable = defineRecord(
  {
    ...id('Category ID', '9c48df2694a849b6089f9d0d3513efe'),
    label: { label: 'Category', type: t.text, sample: 'Oral Health' },
    urlSlug: { label: 'URL Slug', type: t.text, sample: 'oral-health' },
    canonicalLink: { label: 'Canonical Link', type: t.text, sample: 'https://blog.delgadodental.example.com/category/oral-health' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-01-03T11:06:35.822Z' },
  },
  { name: 'blog category' },
);

export const postTable = defineRecord(
  {
    ...id('Post ID', '66c381b38be80858b9af62b6'),
    title: { label: 'Title', type: t.text, sample: 'Five habits for healthier gums' },
    description: { label: 'Description', type: t.text, sample: 'Simple daily habits our hygienists recommend.' },
    status: { label: 'Status', type: t.text, sample: 'PUBLISHED' },
    urlSlug: { label: 'URL Slug', type: t.text, sample: 'five-habits-for-healthier-gums' },
    canonicalLink: { label: 'Canonical Link', type: t.text, sample: 'https://blog.delgadodental.example.com/post/five-habits-for-healthier-gums' },
    author: { label: 'Author ID', type: t.text, sample: '6683abde331c041f32c07aea' },
    categories: { label: 'Category IDs', type: t.strings, sample: ['9c48df2694a849b6089f9d0d3513efe'] },
    tags: { label: 'Tags', type: t.strings, sample: ['gums', 'habits'] },
    imageUrl: { label: 'Image URL', type: t.text, sample: 'https://images.example.com/gums.jpg' },
    imageAltText: { label: 'Image Alt Text', type: t.text, sample: 'A smiling patient' },
    archived: { label: 'Archived', type: t.boolean, derive: () => false, sample: false },
    publishedAt: { label: 'Published At', type: t.datetime, sample: '2025-03-14T15:00:00.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-14T15:02:11.182Z' },
  },
  { name: 'blog post' },
);
export type Post = Output<typeof postTable.fields>;

export const blogList = blogTable.list('data');
export const authorList = authorTable.list('authors', 'the author list');
export const categoryList = categoryTable.list('categories', 'the category list');
export const postList = postTable.list('blogs', 'the blog post list');
export const createdPostAnswer = postTable.answer('data', 'the new blog post');
export const updatedPostAnswer = postTable.answer('updatedBlogPost', 'the blog post update');

export const blogOutputs = blogTable.outputs;
export const authorOutputs = authorTable.outputs;
export const categoryOutputs = categoryTable.outputs;
export const postOutputs = postTable.outputs;
export const postShape = postTable.shape;

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

export const isHttpUrl = (s: string): boolean => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s);

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
      publishedAt: input.publishedAt ?? new Date(clock.now()).toISOString(),
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
