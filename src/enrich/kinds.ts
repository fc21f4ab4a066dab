import { callApi } from '../client';
import { authorList, categoryList, listAuthorsEndpoint, listCategoriesEndpoint } from '../records/blog';
import { lostReasonList, lostReasonsEndpoint } from '../records/lost-reason';
import { pipelineList, pipelinesEndpoint, stagesOfRow } from '../records/pipeline';
import { searchUsersEndpoint, userList } from '../records/user';
import { nameField, namesField, resolver, type IdsKind, type ListKind, type Names } from './names';

/**
 * The kinds of names put next to IDs (src/enrich/names.ts: at most one request per kind per
 * step, none while cached), with the output fields they fill. The lists read in one request:
 * pipelines with their stages (unpaged), lost reasons, blog authors and categories (the first
 * 100 of each: a location with more leaves the later ones' names empty). Users: the user search
 * with exactly the step's distinct user IDs (`ids`, the spec's filter).
 */
const LIST_LIMIT = 100;

const byId = (items: readonly { id: string; name: string | null }[], prefix = ''): Names =>
  Object.fromEntries(items.flatMap((i) => (i.name ? [[`${prefix}${i.id}`, i.name]] : [])));

const pipelines: ListKind = {
  kind: 'pipelines',
  load: async (ctx, loc) => {
    const list = pipelineList(await callApi(ctx, pipelinesEndpoint, { query: { locationId: loc } }));
    return { ...byId(list, 'p:'), ...byId(list.flatMap(stagesOfRow), 's:') };
  },
};

const lostReasons: ListKind = {
  kind: 'lostReasons',
  load: async (ctx, loc) => byId(lostReasonList(await callApi(ctx, lostReasonsEndpoint, { query: { locationId: loc, limit: LIST_LIMIT, skip: 0 } }))),
};

const users: IdsKind = {
  kind: 'users',
  lookup: async (ctx, loc, ids) => {
    const companyId = ctx.bundle.authData?.companyId;
    if (!companyId) return {};
    const list = userList(await callApi(ctx, searchUsersEndpoint, { query: { companyId, locationId: loc, ids: ids.join(','), limit: ids.length } }));
    return byId(list);
  },
};

const blogAuthors: ListKind = {
  kind: 'blogAuthors',
  load: async (ctx, loc) => byId(authorList(await callApi(ctx, listAuthorsEndpoint, { query: { locationId: loc, limit: LIST_LIMIT, offset: 0 } }))),
};

const blogCategories: ListKind = {
  kind: 'blogCategories',
  load: async (ctx, loc) =>
    byId(categoryList(await callApi(ctx, listCategoriesEndpoint, { query: { locationId: loc, limit: LIST_LIMIT, offset: 0 } })).map((c) => ({ id: c.id, name: c.label }))),
};

type Opt = { bestEffort?: boolean };

export const pipelineNameFields = { pipelineName: nameField('Pipeline Name', 'Direct Mail Sales') };
export const stageNameFields = { stageName: nameField('Stage Name', 'Postcard Sent') };
/** Pipeline and stage names (one GET /opportunities/pipelines). */
export const withPipelineNames = (o: Opt = {}) =>
  resolver(pipelines, [{ id: 'pipelineId', name: 'pipelineName', prefix: 'p:' }, { id: 'pipelineStageId', name: 'stageName', prefix: 's:' }], o);

export const lostReasonNameField = { lostReasonName: nameField('Lost Reason Name', null) };
export const withLostReasonNames = (o: Opt = {}) => resolver(lostReasons, [{ id: 'lostReasonId', name: 'lostReasonName' }], o);

export const assignedUserNameField = { assignedUserName: nameField('Assigned User Name', 'Sam Lee') };
/** The user's name at `name` for the user ID at `id` (one user search for the step's distinct users). */
export const withUserNames = (id: string, name: string, o: Opt = {}) => resolver(users, [{ id, name }], o);

export const authorNameField = { authorName: nameField('Author Name', 'Rosa Delgado') };
export const categoryNamesField = { categoryNames: namesField('Category Names', ['Oral Health']) };
/** A blog post's author name and category names (one author list, one category list). */
export const withAuthorNames = (o: Opt = {}) => resolver(blogAuthors, [{ id: 'author', name: 'authorName' }], o);
export const withCategoryNames = (o: Opt = {}) => resolver(blogCategories, [{ id: 'categories', name: 'categoryNames' }], o);
