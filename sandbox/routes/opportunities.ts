import { mergeCustomValues } from '../contact-model';
import { badRequest, clone, compact, opt, req, route, unprocessable, V_2021_07_28 as V, type Route, type World } from '../http';
import { newId } from '../ids';
import type { OpportunityRecord, OpportunityStatus, PipelineRecord, SandboxStore } from '../store';
import { contactTask } from './activities';

/**
 * Opportunities and pipelines. Status and stage changes keep lastStatusChangeAt and
 * lastStageChangeAt; every write sets updatedAt and lastActionDate. Custom fields are sent as
 * `[{ id | key, field_value }]` and answered as `[{ id, fieldValue }]` (the spec's shapes).
 * The spec's status enum also lists "all", which only makes sense as a search filter: a write
 * with status "all" is refused with 422.
 */

const STATUSES = ['open', 'won', 'lost', 'abandoned'] as const;
const STATUS_FILTERS = ['open', 'won', 'lost', 'abandoned', 'all'] as const;
const OPP_NOT_FOUND = 'Opportunity not found';
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

function writeStatus(value: string | undefined): OpportunityStatus | undefined {
  if (value === undefined) return undefined;
  const s = STATUSES.find((x) => x === value);
  if (!s) throw unprocessable([`status must be one of the following values: ${STATUSES.join(', ')}`]);
  return s;
}

function stageOf(pipeline: PipelineRecord, stageId: string | undefined): string {
  if (stageId === undefined) return pipeline.stages[0]!.id;
  if (!pipeline.stages.some((s) => s.id === stageId)) throw badRequest('Pipeline stage not found in this pipeline');
  return stageId;
}

/** "mm-dd-yyyy" (the search's date filters) or ISO; NaN when neither. */
function parseFilterDate(value: string): number {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return m ? Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) : Date.parse(value);
}

/** The fields a create or an upsert gives a new opportunity. */
type NewOpportunity = Pick<OpportunityRecord, 'name' | 'monetaryValue' | 'pipelineId' | 'pipelineStageId' | 'assignedTo' | 'status' | 'source' | 'contactId' | 'locationId'>;

/** A new opportunity (create, upsert): every time `now`, no followers, the body's custom fields merged. */
export function newOpportunity(store: SandboxStore, fields: NewOpportunity, rawCustomFields: unknown, now: string): OpportunityRecord {
  return compact({
    id: newId(),
    name: fields.name,
    monetaryValue: fields.monetaryValue,
    pipelineId: fields.pipelineId,
    pipelineStageId: fields.pipelineStageId,
    assignedTo: fields.assignedTo,
    status: fields.status,
    source: fields.source,
    lastStatusChangeAt: now,
    lastStageChangeAt: now,
    lastActionDate: now,
    indexVersion: 1,
    createdAt: now,
    updatedAt: now,
    contactId: fields.contactId,
    locationId: fields.locationId,
    customFields: mergeCustomValues([], rawCustomFields, store.customFieldsOf(fields.locationId, 'opportunity'), 'fieldValue'),
    followers: [],
  });
}

export function opportunityRoutes({ store, baseUrl }: World): Route[] {
  const defs = (locationId: string) => store.customFieldsOf(locationId, 'opportunity');

  /** The answer shape: the record plus its contact's summary. */
  const present = (o: OpportunityRecord, extras: { tasks?: boolean; notes?: boolean; events?: boolean } = {}) => {
    const c = store.contacts.get(o.contactId);
    return {
      ...clone(o),
      contact: c ? compact({ id: c.id, name: c.name, companyName: c.companyName, email: c.email, phone: c.phone, tags: [...c.tags] }) : undefined,
      ...(extras.tasks ? { tasks: store.tasksOf(o.contactId).map(contactTask) } : {}),
      ...(extras.notes ? { notes: store.notesOf(o.contactId).map(clone) } : {}),
      ...(extras.events ? { calendarEvents: store.appointmentsOfContact(o.contactId).map(clone) } : {}),
    };
  };

  const pipelineOf = (id: string, locationId: string): PipelineRecord => {
    const p = store.pipelines.get(id);
    if (!p || p.locationId !== locationId) throw badRequest('Pipeline not found');
    return p;
  };

  const assertNoDuplicate = (locationId: string, contactId: string, pipelineId: string, exceptId?: string) => {
    const loc = store.locations.get(locationId);
    if (loc?.settings.allowDuplicateOpportunity) return;
    const dup = [...store.opportunities.values()].find((o) => o.id !== exceptId && o.contactId === contactId && o.pipelineId === pipelineId);
    if (dup) throw badRequest('Can not create duplicate opportunity for the contact.', { meta: { opportunityId: dup.id } });
  };

  const customFieldsRule = { customFields: opt.array() };

  return [
    route({
      method: 'GET',
      path: '/opportunities/pipelines',
      version: V,
      query: { locationId: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        return { pipelines: [...store.pipelines.values()].filter((p) => p.locationId === query.locationId).map(clone) };
      },
    }),

    route({
      method: 'GET',
      path: '/opportunities/search',
      version: V,
      query: {
        q: opt.string(),
        location_id: req.string(),
        pipeline_id: opt.string(),
        pipeline_stage_id: opt.string(),
        contact_id: opt.string(),
        status: opt.string({ enum: STATUS_FILTERS }),
        assigned_to: opt.string(),
        campaignId: opt.string(),
        id: opt.string(),
        order: opt.string({ enum: ['added_desc', 'added_asc'] as const }),
        endDate: opt.string(),
        startAfter: opt.string(),
        startAfterId: opt.string(),
        date: opt.string(),
        country: opt.string(),
        page: opt.number({ min: 1 }),
        limit: opt.number({ min: 1, max: MAX_LIMIT }),
        getTasks: opt.boolean(),
        getNotes: opt.boolean(),
        getCalendarEvents: opt.boolean(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.location_id);
        const limit = query.limit ?? DEFAULT_LIMIT;
        const asc = query.order === 'added_asc';
        const from = query.date ? parseFilterDate(query.date) : undefined;
        const to = query.endDate ? parseFilterDate(query.endDate) : undefined;
        if ((from !== undefined && Number.isNaN(from)) || (to !== undefined && Number.isNaN(to))) {
          throw unprocessable(['date and endDate must be dates (mm-dd-yyyy)']);
        }
        const q = query.q?.trim().toLowerCase();
        const all = [...store.opportunities.values()]
          .filter((o) => o.locationId === query.location_id)
          .filter((o) => !query.pipeline_id || o.pipelineId === query.pipeline_id)
          .filter((o) => !query.pipeline_stage_id || o.pipelineStageId === query.pipeline_stage_id)
          .filter((o) => !query.contact_id || o.contactId === query.contact_id)
          .filter((o) => !query.status || query.status === 'all' || o.status === query.status)
          .filter((o) => !query.assigned_to || o.assignedTo === query.assigned_to)
          .filter((o) => !query.id || o.id === query.id)
          .filter((o) => from === undefined || Date.parse(o.createdAt) >= from)
          .filter((o) => to === undefined || Date.parse(o.createdAt) < to + 24 * 3600 * 1000)
          .filter((o) => {
            if (!q) return true;
            const c = store.contacts.get(o.contactId);
            return [o.name, c?.name, c?.email, c?.phone, c?.companyName].some((v) => v?.toLowerCase().includes(q));
          })
          .map((o) => ({ o, t: Date.parse(o.createdAt) }))
          .sort((a, b) => (asc ? a.t - b.t : b.t - a.t) || (a.o.id < b.o.id ? -1 : a.o.id > b.o.id ? 1 : 0) * (asc ? 1 : -1));

        let start = ((query.page ?? 1) - 1) * limit;
        if (query.startAfter && query.startAfterId) {
          const sa = Number(query.startAfter);
          const sid = query.startAfterId;
          const idx = all.findIndex((x) => (asc ? x.t > sa || (x.t === sa && x.o.id > sid) : x.t < sa || (x.t === sa && x.o.id < sid)));
          start = idx === -1 ? all.length : idx;
        }
        const page = all.slice(start, start + limit);
        const last = page[page.length - 1];
        const more = start + limit < all.length && last !== undefined;
        const currentPage = Math.floor(start / limit) + 1;
        const nextQuery = new URLSearchParams();
        for (const [k, v] of Object.entries(query)) if (v !== undefined && k !== 'page' && k !== 'startAfter' && k !== 'startAfterId') nextQuery.set(k, String(v));
        if (more) {
          nextQuery.set('startAfter', String(last.t));
          nextQuery.set('startAfterId', last.o.id);
        }
        const extras = { tasks: query.getTasks, notes: query.getNotes, events: query.getCalendarEvents };
        return {
          opportunities: page.map((x) => present(x.o, extras)),
          meta: {
            total: all.length,
            nextPageUrl: more ? `${baseUrl()}/opportunities/search?${nextQuery.toString()}` : null,
            startAfterId: more ? last.o.id : null,
            startAfter: more ? last.t : null,
            currentPage,
            nextPage: more ? currentPage + 1 : null,
            prevPage: currentPage > 1 ? currentPage - 1 : null,
          },
          aggregations: {},
        };
      },
    }),

    route({
      method: 'POST',
      path: '/opportunities/',
      version: V,
      body: {
        pipelineId: req.string(),
        locationId: req.string(),
        name: req.string(),
        pipelineStageId: opt.string(),
        status: req.string(),
        contactId: req.string(),
        monetaryValue: opt.number(),
        assignedTo: opt.string(),
        source: opt.string(),
        ...customFieldsRule,
      },
      status: 201,
      handler: ({ body, rawBody, ownLocation, own }) => {
        ownLocation(body.locationId);
        const status = writeStatus(body.status)!;
        const pipeline = pipelineOf(body.pipelineId, body.locationId);
        const stage = stageOf(pipeline, body.pipelineStageId);
        own(store.contacts.get(body.contactId), 'Contact not found');
        assertNoDuplicate(body.locationId, body.contactId, pipeline.id);
        const fields = { ...body, monetaryValue: body.monetaryValue ?? 0, pipelineId: pipeline.id, pipelineStageId: stage, status };
        const opp = newOpportunity(store, fields, rawBody.customFields, store.now());
        store.opportunities.set(opp.id, opp);
        return { opportunity: present(opp) };
      },
    }),

    route({
      method: 'GET',
      path: '/opportunities/{id}',
      version: V,
      handler: ({ params, own }) => ({ opportunity: present(own(store.opportunities.get(params.id), OPP_NOT_FOUND)) }),
    }),

    route({
      method: 'PUT',
      path: '/opportunities/{id}',
      version: V,
      body: {
        pipelineId: opt.string(),
        name: opt.string(),
        pipelineStageId: opt.string(),
        status: opt.string(),
        monetaryValue: opt.number(),
        assignedTo: opt.string(),
        ...customFieldsRule,
      },
      handler: ({ params, body, rawBody, own }) => {
        const current = own(store.opportunities.get(params.id), OPP_NOT_FOUND);
        const next = clone(current);
        const status = writeStatus(body.status);
        const pipeline = pipelineOf(body.pipelineId ?? current.pipelineId, current.locationId);
        const movedPipeline = pipeline.id !== current.pipelineId;
        const stage = body.pipelineStageId !== undefined || movedPipeline ? stageOf(pipeline, body.pipelineStageId) : current.pipelineStageId;
        if (movedPipeline) assertNoDuplicate(current.locationId, current.contactId, pipeline.id, current.id);
        next.customFields = mergeCustomValues(current.customFields, rawBody.customFields, defs(current.locationId), 'fieldValue');
        const now = store.now();
        next.pipelineId = pipeline.id;
        if (stage !== current.pipelineStageId) {
          next.pipelineStageId = stage;
          next.lastStageChangeAt = now;
        }
        if (status !== undefined && status !== current.status) {
          next.status = status;
          next.lastStatusChangeAt = now;
        }
        if (body.name !== undefined) next.name = body.name;
        if (body.monetaryValue !== undefined) next.monetaryValue = body.monetaryValue;
        if (body.assignedTo !== undefined) next.assignedTo = body.assignedTo || undefined;
        next.updatedAt = now;
        next.lastActionDate = now;
        store.opportunities.set(next.id, compact(next));
        return { opportunity: present(next) };
      },
    }),

    route({
      method: 'PUT',
      path: '/opportunities/{id}/status',
      version: V,
      body: { status: req.string(), lostReasonId: opt.string() },
      handler: ({ params, body, own }) => {
        const opp = own(store.opportunities.get(params.id), OPP_NOT_FOUND);
        const status = writeStatus(body.status)!;
        const now = store.now();
        if (status !== opp.status) {
          opp.status = status;
          opp.lastStatusChangeAt = now;
        }
        if (body.lostReasonId !== undefined) opp.lostReasonId = body.lostReasonId;
        opp.updatedAt = now;
        opp.lastActionDate = now;
        return { succeded: true };
      },
    }),

    route({
      method: 'DELETE',
      path: '/opportunities/{id}',
      version: V,
      handler: ({ params, own }) => {
        own(store.opportunities.get(params.id), OPP_NOT_FOUND);
        store.opportunities.delete(params.id);
        return { succeded: true };
      },
    }),
  ];
}

