import { badRequest, clone, compact, intParam, opt, req, route, unprocessable, V_2021_07_28 as V, type Route, type World } from '../http';
import type { OpportunityRecord, OpportunityStatus } from '../store';
import { followerRoutes } from './followers';
import { newOpportunity } from './opportunities';

/**
 * Opportunities beyond create/get/update/delete (Version 2021-07-28): upsert, the location's
 * lost reasons, and followers. Upsert matches the opportunity by `id`, else by contact and
 * pipeline (HighLevel's doc of the endpoint: `contactId` identifies the opportunity's contact,
 * though the spec omits it); it creates when none matches (`new: true`). Its followers fields are
 * required, as the spec says: `followersActionType` add or remove, `isRemoveAllFollowers`.
 */

const STATUSES = ['open', 'won', 'lost', 'abandoned'] as const satisfies readonly OpportunityStatus[];

export function opportunityExtraRoutes(world: World): Route[] {
  const { store, ext } = world;
  return [
    route({
      method: 'POST',
      path: '/opportunities/upsert',
      version: V,
      body: {
        id: opt.string(),
        pipelineId: req.string(),
        locationId: req.string(),
        contactId: opt.string(),
        followers: req.stringArray(),
        isRemoveAllFollowers: req.boolean(),
        followersActionType: req.string({ enum: ['add', 'remove'] as const }),
        name: opt.string(),
        status: opt.string({ enum: STATUSES }),
        pipelineStageId: opt.string(),
        monetaryValue: opt.number(),
        assignedTo: opt.string(),
        lostReasonId: opt.string(),
        source: opt.string(),
      },
      handler: ({ body, rawBody, ownLocation, own }) => {
        ownLocation(body.locationId);
        const pipeline = store.pipelines.get(body.pipelineId);
        if (!pipeline || pipeline.locationId !== body.locationId) throw badRequest('Pipeline not found');
        if (body.pipelineStageId && !pipeline.stages.some((s) => s.id === body.pipelineStageId)) throw badRequest('Pipeline stage not found in this pipeline');
        if (body.lostReasonId && ext.lostReasons.get(body.lostReasonId)?.locationId !== body.locationId) throw badRequest('Lost reason not found');
        const match = body.id
          ? own(store.opportunities.get(body.id), 'Opportunity not found')
          : [...store.opportunities.values()].find((o) => o.locationId === body.locationId && o.pipelineId === pipeline.id && o.contactId === body.contactId);
        const now = store.now();
        let opp: OpportunityRecord;
        if (match) {
          opp = match;
          if (body.pipelineStageId && body.pipelineStageId !== opp.pipelineStageId) {
            opp.pipelineStageId = body.pipelineStageId;
            opp.lastStageChangeAt = now;
          }
          if (body.status && body.status !== opp.status) {
            opp.status = body.status;
            opp.lastStatusChangeAt = now;
          }
          opp.pipelineId = pipeline.id;
        } else {
          if (!body.contactId) throw unprocessable(['contactId should not be empty']);
          own(store.contacts.get(body.contactId), 'Contact not found');
          if (!body.name) throw unprocessable(['name should not be empty']);
          const fields = { name: body.name, monetaryValue: 0, pipelineId: pipeline.id, pipelineStageId: body.pipelineStageId ?? pipeline.stages[0]!.id, status: body.status ?? 'open', contactId: body.contactId, locationId: body.locationId };
          opp = newOpportunity(store, fields, rawBody.customFields, now);
          store.opportunities.set(opp.id, opp);
        }
        if (body.name !== undefined) opp.name = body.name;
        if (body.monetaryValue !== undefined) opp.monetaryValue = body.monetaryValue;
        if (body.assignedTo !== undefined) opp.assignedTo = body.assignedTo || undefined;
        if (body.lostReasonId !== undefined) opp.lostReasonId = body.lostReasonId;
        if (body.source !== undefined) opp.source = body.source;
        const users = body.followers.filter((id) => store.users.get(id)?.roles.locationIds.includes(body.locationId));
        if (body.isRemoveAllFollowers) opp.followers = [];
        else if (body.followersActionType === 'add') opp.followers = [...new Set([...opp.followers, ...users])];
        else opp.followers = opp.followers.filter((id) => !users.includes(id));
        opp.updatedAt = now;
        opp.lastActionDate = now;
        store.opportunities.set(opp.id, compact(opp));
        return { opportunity: clone(compact(opp)), new: !match };
      },
    }),
    route({
      method: 'GET',
      path: '/opportunities/lost-reason',
      version: V,
      query: { locationId: req.string(), name: opt.string(), deleted: opt.boolean(), query: opt.string(), skip: opt.string(), limit: opt.string(), getCount: opt.boolean() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const q = (query.query ?? query.name)?.toLowerCase();
        const all = [...ext.lostReasons.values()].filter((r) => r.locationId === query.locationId && (!q || r.name.toLowerCase().includes(q)));
        const skip = intParam(query.skip, 0, 'skip');
        const page = all.slice(skip, skip + intParam(query.limit, 20, 'limit')).map(clone);
        return { lostReasons: page, total: all.length };
      },
    }),
    ...followerRoutes(world, 'opportunity'),
  ];
}
