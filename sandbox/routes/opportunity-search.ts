import { clone, compact, opt, req, route, unprocessable, V_2021_07_28 as V, type JsonBody, type Route, type World } from '../http';
import type { OpportunityRecord } from '../store';

/**
 * POST /opportunities/search (the spec's search-opportunities-advanced), as HighLevel's
 * "Opportunities Search API" doc (the spec's externalDocs) describes it: `locationId`, `limit`
 * (1..500), `page` (standard paging, up to 10,000 records) or `searchAfter`, `query`, `filters`
 * `[{ field, operator, value }]` (AND-ed; eq / not_eq on ids and status, range on dates) and `sort`
 * `[{ field, direction }]`. Answer: `{ opportunities, total, aggregations }`; each item carries its
 * `searchAfter` cursor (as contacts do; the doc says the cursor "is returned in the response").
 */
const MAX_LIMIT = 500;
const MAX_PAGED = 10_000;

const FIELDS: Record<string, (o: OpportunityRecord) => string | number | undefined> = {
  id: (o) => o.id,
  pipeline_id: (o) => o.pipelineId,
  pipeline_stage_id: (o) => o.pipelineStageId,
  status: (o) => o.status,
  assigned_to: (o) => o.assignedTo,
  contact_id: (o) => o.contactId,
  source: (o) => o.source,
  monetary_value: (o) => o.monetaryValue,
  date_added: (o) => Date.parse(o.createdAt),
  date_updated: (o) => Date.parse(o.updatedAt),
  last_stage_change_date: (o) => Date.parse(o.lastStageChangeAt),
  last_status_change_date: (o) => Date.parse(o.lastStatusChangeAt),
};
const SORTS = ['date_added', 'date_updated', 'last_stage_change_date', 'last_status_change_date', 'monetary_value', 'name'];
const sortValue = (field: string, o: OpportunityRecord) => (field === 'name' ? o.name.toLowerCase() : FIELDS[field]!(o));
const toNum = (v: unknown) => (typeof v === 'number' ? v : Date.parse(String(v)));

function predicate(f: unknown, i: number): (o: OpportunityRecord) => boolean {
  const x = (typeof f === 'object' && f !== null ? f : {}) as JsonBody;
  const read = typeof x.field === 'string' ? FIELDS[x.field] : undefined;
  if (!read) throw unprocessable([`filters.${i}.field ${String(x.field ?? '(empty)')} is not supported`]);
  switch (x.operator) {
    case 'eq':
      return (o) => String(read(o)) === String(x.value);
    case 'not_eq':
      return (o) => String(read(o)) !== String(x.value);
    case 'exists':
      return (o) => read(o) !== undefined && read(o) !== '';
    case 'range': {
      const r = (x.value ?? {}) as { gte?: unknown; lte?: unknown; gt?: unknown; lt?: unknown };
      return (o) => {
        const v = Number(read(o));
        return (r.gte === undefined || v >= toNum(r.gte)) && (r.lte === undefined || v <= toNum(r.lte)) && (r.gt === undefined || v > toNum(r.gt)) && (r.lt === undefined || v < toNum(r.lt));
      };
    }
    default:
      throw unprocessable([`filters.${i}.operator must be one of the following values: eq, not_eq, exists, range`]);
  }
}

export function opportunitySearchRoutes({ store }: World): Route[] {
  return [
    route({
      method: 'POST',
      path: '/opportunities/search',
      version: V,
      // The spec marks query, page, searchAfter and additionalDetails required too (HighLevel's doc
      // calls them optional); the sandbox holds to the spec, an empty searchAfter meaning page paging.
      body: { locationId: req.string(), limit: req.number(), page: req.number(), searchAfter: req.array(), query: opt.string(), filters: opt.array(), sort: opt.array(), additionalDetails: req.object() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        // `query` is required by the spec but may be empty (no full-text search), so it is not a non-empty rule.
        if (body.limit < 1 || body.limit > MAX_LIMIT) throw unprocessable([`limit must be between 1 and ${MAX_LIMIT}`]);
        const cursor = body.searchAfter && body.searchAfter.length > 0 ? body.searchAfter : undefined;
        const page = body.page ?? 1;
        if (!cursor && page * body.limit > MAX_PAGED) throw unprocessable([`page * limit must not be greater than ${MAX_PAGED}; use searchAfter beyond that`]);
        const keys = (body.sort ?? [{ field: 'date_added', direction: 'desc' }]).map((s, i) => {
          const o = (typeof s === 'object' && s !== null ? s : {}) as JsonBody;
          if (typeof o.field !== 'string' || !SORTS.includes(o.field)) throw unprocessable([`sort.${i}.field must be one of the following values: ${SORTS.join(', ')}`]);
          if (o.direction !== 'asc' && o.direction !== 'desc') throw unprocessable([`sort.${i}.direction must be one of the following values: asc, desc`]);
          return { field: o.field, dir: o.direction === 'asc' ? 1 : -1 };
        });
        const tests = (body.filters ?? []).map(predicate);
        const q = body.query?.trim().toLowerCase();
        const tuple = (o: OpportunityRecord) => [...keys.map((k) => sortValue(k.field, o)), o.id];
        const cmp = (a: (string | number | undefined)[], b: (string | number | undefined)[]) => {
          for (let i = 0; i < keys.length; i++) if (a[i] !== b[i]) return ((a[i] ?? '') < (b[i] ?? '') ? -1 : 1) * keys[i]!.dir;
          return String(a[keys.length]) < String(b[keys.length]) ? -1 : String(a[keys.length]) > String(b[keys.length]) ? 1 : 0;
        };
        const all = [...store.opportunities.values()]
          .filter((o) => o.locationId === body.locationId && tests.every((t) => t(o)))
          .filter((o) => !q || o.name.toLowerCase().includes(q))
          .map((o) => ({ o, t: tuple(o) }))
          .sort((a, b) => cmp(a.t, b.t));
        let start = (page - 1) * body.limit;
        if (cursor) {
          const idx = all.findIndex((x) => cmp(x.t, cursor as (string | number)[]) > 0);
          start = idx === -1 ? all.length : idx;
        }
        return {
          opportunities: all.slice(start, start + body.limit).map(({ o, t }) => {
            const c = store.contacts.get(o.contactId);
            return { ...clone(o), contact: c ? compact({ id: c.id, name: c.name, companyName: c.companyName, email: c.email, phone: c.phone, tags: [...c.tags] }) : undefined, searchAfter: t };
          }),
          total: all.length,
          aggregations: {},
        };
      },
    }),
  ];
}
