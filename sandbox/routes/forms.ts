import { unsortedOrder } from '../highlevel-quirks';
import { dateRange, utcDay } from '../date-range';
import { clone, opt, req, route, V_2021_07_28 as V, type Infer, type Route, type World } from '../http';
import type { FormRecord, FormSubmissionRecord, SurveySubmissionRecord } from '../store';

/**
 * Forms and surveys: their lists (`skip`/`limit`, at most 50 a page) and their submissions
 * (`page`/`limit`, at most 100 a page, newest first, `meta.nextPage` null on the last page).
 * Submissions are read within `startAt`..`endAt` (YYYY-MM-DD, both days included), by default
 * the same date last month .. today, as the spec describes; `q` matches the contact id, the
 * name, the email or the phone.
 */

const LIST_DEFAULT = 10;
const LIST_MAX = 50;
const SUBMISSIONS_DEFAULT = 20;
const SUBMISSIONS_MAX = 100;

const listQuery = { locationId: req.string(), skip: opt.number({ min: 0 }), limit: opt.number({ min: 1, max: LIST_MAX }), type: opt.string() };
const submissionQuery = {
  locationId: req.string(),
  page: opt.number({ min: 1 }),
  limit: opt.number({ min: 1, max: SUBMISSIONS_MAX }),
  q: opt.string(),
  startAt: opt.string(),
  endAt: opt.string(),
};

type SubmissionRecord = FormSubmissionRecord | SurveySubmissionRecord;

/** The same date a month before today (UTC), the default start of the submissions' window. */
function monthAgo(): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - 1);
  return utcDay(d.getTime());
}

function listPage(records: Map<string, FormRecord>, query: Infer<typeof listQuery>) {
  const all = [...records.values()].filter((f) => f.locationId === query.locationId);
  const skip = query.skip ?? 0;
  return { items: all.slice(skip, skip + (query.limit ?? LIST_DEFAULT)).map(clone), total: all.length };
}

/** One page of a location's submissions that `match` keeps, in the window, newest first. */
function submissionsPage<S extends SubmissionRecord>(records: Map<string, S>, query: Infer<typeof submissionQuery>, match: (s: S) => boolean) {
  const inWindow = dateRange({ start: ['startAt', query.startAt ?? monthAgo()], end: ['endAt', query.endAt ?? utcDay(Date.now())] });
  const q = query.q?.trim().toLowerCase();
  const matchesQ = (s: S) =>
    !q || s.contactId.toLowerCase() === q || [s.name, s.email, s.others.phone].some((v) => typeof v === 'string' && v.toLowerCase().includes(q));
  const all = [...records.values()]
    .filter((s) => s.locationId === query.locationId && match(s) && inWindow(s.createdAt) && matchesQ(s))
    .sort(unsortedOrder((r) => r.id, (a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id)));
  const page = query.page ?? 1;
  const limit = query.limit ?? SUBMISSIONS_DEFAULT;
  const items = all.slice((page - 1) * limit, page * limit);
  return {
    items,
    meta: { total: all.length, currentPage: page, nextPage: page * limit < all.length ? page + 1 : null, prevPage: page > 1 ? page - 1 : null },
  };
}

/** What both kinds of submission answer (the spec's item; the location is not part of it). */
const common = (s: SubmissionRecord) => ({ id: s.id, contactId: s.contactId, createdAt: s.createdAt, name: s.name, email: s.email, others: clone(s.others) });

export function formRoutes({ store }: World): Route[] {
  return [
    route({
      method: 'GET',
      path: '/forms/',
      version: V,
      query: listQuery,
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const { items, total } = listPage(store.forms, query);
        return { forms: items, total };
      },
    }),

    route({
      method: 'GET',
      path: '/forms/submissions',
      version: V,
      query: { ...submissionQuery, formId: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const { items, meta } = submissionsPage(store.formSubmissions, query, (s) => !query.formId || s.formId === query.formId);
        return { submissions: items.map((s) => ({ ...common(s), formId: s.formId })), meta };
      },
    }),

    route({
      method: 'GET',
      path: '/surveys/',
      version: V,
      query: listQuery,
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const { items, total } = listPage(store.surveys, query);
        return { surveys: items, total };
      },
    }),

    route({
      method: 'GET',
      path: '/surveys/submissions',
      version: V,
      query: { ...submissionQuery, surveyId: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const { items, meta } = submissionsPage(store.surveySubmissions, query, (s) => !query.surveyId || s.surveyId === query.surveyId);
        return { submissions: items.map((s) => ({ ...common(s), surveyId: s.surveyId })), meta };
      },
    }),
  ];
}
