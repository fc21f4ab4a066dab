import { clone, forbidden, intParam, notFound, opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import type { UserRecord } from '../store';

/** The location and what it is made of: custom fields, users, campaigns, workflows, businesses. */

export function directoryRoutes({ store }: World): Route[] {
  const usersOf = (locationId: string) => [...store.users.values()].filter((u) => !u.deleted && u.roles.locationIds.includes(locationId));

  return [
    route({
      method: 'GET',
      path: '/locations/{locationId}',
      version: V,
      token: 'either',
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        const location = store.locations.get(params.locationId);
        if (!location) throw notFound('Location not found');
        return { location: clone(location) };
      },
    }),

    route({
      method: 'GET',
      path: '/locations/{locationId}/customFields',
      version: V,
      query: { model: opt.string({ enum: ['contact', 'opportunity', 'all'] as const }) },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(params.locationId);
        return { customFields: store.customFieldsOf(params.locationId, query.model ?? 'all').map(clone) };
      },
    }),

    route({
      method: 'GET',
      path: '/users/search',
      version: V,
      token: 'either',
      query: {
        companyId: req.string(),
        locationId: opt.string(),
        query: opt.string(),
        skip: opt.string(),
        limit: opt.string(),
        type: opt.string(),
        role: opt.string(),
        ids: opt.string(),
        sort: opt.string(),
        sortDirection: opt.string(),
      },
      handler: ({ query, auth, ownLocation }) => {
        if (query.companyId !== auth.companyId) throw forbidden('The token does not have access to this company.');
        // A Location token sees the users of its own location; a Company token the company's
        // users (those of one of its locations when locationId is given).
        if (query.locationId) ownLocation(query.locationId);
        const skip = intParam(query.skip, 0, 'skip');
        const limit = intParam(query.limit, 25, 'limit');
        const q = query.query?.trim().toLowerCase();
        const ids = query.ids ? new Set(query.ids.split(',').map((s) => s.trim())) : undefined;
        const sortKey: keyof UserRecord = query.sort === 'email' ? 'email' : query.sort === 'firstName' ? 'firstName' : query.sort === 'lastName' ? 'lastName' : 'name';
        const dir = query.sortDirection === 'desc' ? -1 : 1;
        const pool = auth.userType === 'Company'
          ? [...store.users.values()].filter((u) => !u.deleted && u.companyId === auth.companyId && (!query.locationId || u.roles.locationIds.includes(query.locationId)))
          : usersOf(auth.locationId);
        const all = pool
          .filter((u) => !q || [u.name, u.email, u.phone].some((v) => v.toLowerCase().includes(q)))
          .filter((u) => !ids || ids.has(u.id))
          .filter((u) => !query.type || u.roles.type === query.type)
          .filter((u) => !query.role || u.roles.role === query.role)
          .sort((a, b) => String(a[sortKey]).localeCompare(String(b[sortKey])) * dir);
        return { users: all.slice(skip, skip + limit).map(clone), count: all.length };
      },
    }),

    route({
      method: 'GET',
      path: '/users/',
      version: V,
      query: { locationId: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        return { users: usersOf(query.locationId).map(clone) };
      },
    }),

    route({
      method: 'GET',
      path: '/campaigns/',
      version: V,
      query: { locationId: req.string(), status: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const campaigns = [...store.campaigns.values()].filter((c) => c.locationId === query.locationId && (!query.status || c.status === query.status));
        return { campaigns: campaigns.map(clone) };
      },
    }),

    route({
      method: 'GET',
      path: '/workflows/',
      version: V,
      query: { locationId: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        return { workflows: [...store.workflows.values()].filter((w) => w.locationId === query.locationId).map(clone) };
      },
    }),

    route({
      method: 'GET',
      path: '/businesses/',
      version: V,
      query: { locationId: req.string(), limit: opt.string(), skip: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const skip = intParam(query.skip, 0, 'skip');
        const limit = intParam(query.limit, 100, 'limit');
        const all = [...store.businesses.values()].filter((b) => b.locationId === query.locationId).sort((a, b) => a.name.localeCompare(b.name));
        return { businesses: all.slice(skip, skip + limit).map(clone) };
      },
    }),

    route({
      method: 'GET',
      path: '/businesses/{businessId}',
      version: V,
      handler: ({ params, own }) => ({ business: clone(own(store.businesses.get(params.businessId), 'Business not found')) }),
    }),
  ];
}
