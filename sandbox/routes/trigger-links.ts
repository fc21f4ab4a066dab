import { clone, intParam, opt, req, route, V_2021_04_15, V_2021_07_28 as V, type Route, type World } from '../http';
import { newId } from '../ids';
import type { TriggerLinkRecord } from '../ext-store';

/**
 * Trigger links (links.json): list, search by name (Version 2021-04-15, as the spec says), get,
 * create, update (name and redirectTo both required) and delete. A link's merge field is
 * `{{trigger_link.<id>}}`. The search pages with skip/limit (default 10 here).
 */
export function triggerLinkRoutes({ ext }: World): Route[] {
  const NOT_FOUND = 'Link not found';
  const ofLocation = (locationId: string) => [...ext.triggerLinks.values()].filter((l) => l.locationId === locationId);
  return [
    route({
      method: 'GET',
      path: '/links/',
      version: V,
      query: { locationId: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        return { links: ofLocation(query.locationId).map(clone) };
      },
    }),
    route({
      method: 'GET',
      path: '/links/search',
      version: V_2021_04_15,
      query: { locationId: req.string(), query: opt.string(), skip: opt.string(), limit: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const q = query.query?.toLowerCase();
        const all = ofLocation(query.locationId).filter((l) => !q || l.name.toLowerCase().includes(q));
        const skip = intParam(query.skip, 0, 'skip');
        return { links: all.slice(skip, skip + intParam(query.limit, 10, 'limit')).map(clone) };
      },
    }),
    route({
      method: 'GET',
      path: '/links/id/{linkId}',
      version: V,
      query: { locationId: req.string() },
      handler: ({ params, query, ownLocation, own }) => {
        ownLocation(query.locationId);
        const link = own(ext.triggerLinks.get(params.linkId), NOT_FOUND);
        return { link: clone(link) };
      },
    }),
    route({
      method: 'POST',
      path: '/links/',
      version: V,
      status: 201,
      body: { locationId: req.string(), name: req.string(), redirectTo: req.string() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        const id = newId();
        const link: TriggerLinkRecord = { id, locationId: body.locationId, name: body.name, redirectTo: body.redirectTo, fieldKey: `{{trigger_link.${id}}}` };
        ext.triggerLinks.set(id, link);
        return { link: clone(link) };
      },
    }),
    route({
      method: 'PUT',
      path: '/links/{linkId}',
      version: V,
      status: 201,
      body: { name: req.string(), redirectTo: req.string() },
      handler: ({ params, body, own }) => {
        const link = own(ext.triggerLinks.get(params.linkId), NOT_FOUND);
        Object.assign(link, { name: body.name, redirectTo: body.redirectTo });
        return { link: clone(link) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/links/{linkId}',
      version: V,
      status: 201,
      handler: ({ params, own }) => {
        own(ext.triggerLinks.get(params.linkId), NOT_FOUND);
        ext.triggerLinks.delete(params.linkId);
        return { succeded: true };
      },
    }),
  ];
}
