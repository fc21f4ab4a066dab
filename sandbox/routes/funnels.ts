import { clone, intParam, opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import { newTraceId } from '../ids';

/**
 * Funnels and websites, and their pages (funnels.json): the funnel list filters by name (part of
 * it, any case), type, category and parent folder, pages with limit/offset (as strings) and
 * answers `{ funnels, count, traceId }`; the page list needs the funnel, limit and offset and
 * answers a bare array of pages, as HighLevel does.
 */
export function funnelRoutes({ ext }: World): Route[] {
  return [
    route({
      method: 'GET',
      path: '/funnels/funnel/list',
      version: V,
      query: { locationId: req.string(), type: opt.string(), category: opt.string(), offset: opt.string(), limit: opt.string(), parentId: opt.string(), name: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const q = query.name?.toLowerCase();
        const all = [...ext.funnels.values()]
          .filter((f) => f.locationId === query.locationId && !f.deleted)
          .filter((f) => (!query.type || f.type === query.type) && (!q || f.name.toLowerCase().includes(q)))
          .sort((a, b) => b.dateUpdated.localeCompare(a.dateUpdated));
        const offset = intParam(query.offset, 0, 'offset');
        return { funnels: all.slice(offset, offset + intParam(query.limit, 20, 'limit')).map(clone), count: all.length, traceId: newTraceId() };
      },
    }),
    route({
      method: 'GET',
      path: '/funnels/page',
      version: V,
      query: { locationId: req.string(), funnelId: req.string(), name: opt.string(), limit: req.string(), offset: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const q = query.name?.toLowerCase();
        const all = [...ext.funnelPages.values()].filter((p) => p.locationId === query.locationId && p.funnelId === query.funnelId && !p.deleted && (!q || p.name.toLowerCase().includes(q)));
        const offset = intParam(query.offset, 0, 'offset');
        return all.slice(offset, offset + intParam(query.limit, 10, 'limit')).map(clone);
      },
    }),
  ];
}
