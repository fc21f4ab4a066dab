import { badRequest, clone, intParam, opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import { newId } from '../ids';
import type { UrlRedirectRecord } from '../ext-store';

/**
 * URL redirects (funnels.json, lookup/redirect): list (limit and offset required, as in the spec;
 * answered as `{ data: { count, data } }`), create (a domain + path must be unique), update the
 * target and action, delete (`{ data: { status: 'ok' } }`).
 */
const ACTIONS = ['funnel', 'website', 'url', 'all'] as const;

export function urlRedirectRoutes({ ext }: World): Route[] {
  const NOT_FOUND = 'Redirect not found';
  return [
    route({
      method: 'GET',
      path: '/funnels/lookup/redirect/list',
      version: V,
      query: { locationId: req.string(), limit: req.string(), offset: req.string(), search: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const q = query.search?.toLowerCase();
        const all = [...ext.urlRedirects.values()].filter((r) => r.locationId === query.locationId && (!q || `${r.domain}${r.path}`.toLowerCase().includes(q)));
        const from = intParam(query.offset, 0, 'offset');
        return { data: { count: all.length, data: all.slice(from, from + intParam(query.limit, 10, 'limit')).map(clone) } };
      },
    }),
    route({
      method: 'POST',
      path: '/funnels/lookup/redirect',
      version: V,
      body: { locationId: req.string(), domain: req.string(), path: req.string(), target: req.string(), action: req.string({ enum: ACTIONS }) },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        const taken = [...ext.urlRedirects.values()].some((r) => r.locationId === body.locationId && r.domain === body.domain && r.pathLowercase === body.path.toLowerCase());
        if (taken) throw badRequest('A redirect for this path already exists');
        const r: UrlRedirectRecord = { id: newId(), ...body, pathLowercase: body.path.toLowerCase(), type: 'Permanent' };
        ext.urlRedirects.set(r.id, r);
        return { data: clone(r) };
      },
    }),
    route({
      method: 'PATCH',
      path: '/funnels/lookup/redirect/{id}',
      version: V,
      body: { target: req.string(), action: req.string({ enum: ACTIONS }), locationId: req.string() },
      handler: ({ params, body, own, ownLocation }) => {
        ownLocation(body.locationId);
        const r = own(ext.urlRedirects.get(params.id), NOT_FOUND);
        Object.assign(r, { target: body.target, action: body.action });
        return { data: clone(r) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/funnels/lookup/redirect/{id}',
      version: V,
      query: { locationId: req.string() },
      handler: ({ params, query, own, ownLocation }) => {
        ownLocation(query.locationId);
        own(ext.urlRedirects.get(params.id), NOT_FOUND);
        ext.urlRedirects.delete(params.id);
        return { data: { status: 'ok' } };
      },
    }),
  ];
}
