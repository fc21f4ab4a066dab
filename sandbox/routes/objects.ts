import { badRequest, clone, notFound, opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import type { CustomObjectRecord, ObjectRecordRecord } from '../location-data';

/**
 * Custom objects and their records (objects.json, Version 2021-07-28). Records carry both time
 * names the spec uses (`createdAt`/`updatedAt` in search answers, `dateAdded`/`dateUpdated` in
 * single-record answers). The search matches `query` (plain text, or `property:text`) against the
 * record's properties, sorts by `sort[0]` (createdAt or updatedAt, default createdAt desc) and
 * pages with page/pageLimit. Properties the object does not define are refused (400), as
 * HighLevel does; money values are `{ currency, value }`.
 */
export function objectRoutes({ store, ext }: World): Route[] {
  const objectsOf = (locationId: string) => [...ext.customObjects.values()].filter((o) => o.locationId === locationId);
  const schemaOut = (o: CustomObjectRecord) => {
    const { fields: _fields, ...rest } = clone(o);
    return { ...rest, type: 'USER_DEFINED' };
  };
  const fieldOut = (o: CustomObjectRecord) =>
    o.fields.map((fd) => ({ ...clone(fd), locationId: o.locationId, objectKey: o.key, parentId: o.id, showInForms: true, dateAdded: o.dateAdded, dateUpdated: o.dateUpdated }));
  const objectFor = (key: string, locationId: string): CustomObjectRecord => {
    const o = objectsOf(locationId).find((x) => x.key === key || x.id === key);
    if (!o) throw notFound(`Object with key ${key} not found`);
    return o;
  };
  const creator = { channel: 'PUBLIC_API', createdAt: '', source: 'PUBLIC_API', sourceId: 'sandbox' };
  const recordOut = (r: ObjectRecordRecord) => ({
    ...clone(r),
    dateAdded: r.createdAt,
    dateUpdated: r.updatedAt,
    createdBy: { ...creator, createdAt: r.createdAt },
    lastUpdatedBy: { ...creator, createdAt: r.updatedAt },
    searchAfter: [Date.parse(r.createdAt), r.id],
  });
  const recordFor = (schemaKey: string, id: string, locationId: string) => {
    const r = ext.objectRecords.get(id);
    if (!r || r.objectKey !== objectFor(schemaKey, locationId).key) throw notFound('Record not found');
    return r;
  };
  const checkProperties = (o: CustomObjectRecord, properties: unknown): Record<string, unknown> => {
    if (properties === undefined) return {};
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) throw badRequest('properties must be an object');
    const known = new Set(o.fields.map((fd) => fd.fieldKey.slice(o.key.length + 1)));
    for (const k of Object.keys(properties)) if (!known.has(k)) throw badRequest(`Property ${k} does not exist on ${o.key}`);
    return properties as Record<string, unknown>;
  };
  const people = (v: unknown, what: string, max: number): string[] | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw badRequest(`${what} must be an array of user ids`);
    if (v.length > max) throw badRequest(`${what} can have at most ${max} users`);
    return v as string[];
  };
  const matches = (r: ObjectRecordRecord, query: string): boolean => {
    const q = query.trim().toLowerCase();
    if (!q) return true;
    const [prop, text] = q.includes(':') ? [q.slice(0, q.indexOf(':')), q.slice(q.indexOf(':') + 1)] : [null, q];
    return Object.entries(r.properties).some(([k, v]) => (prop === null || k === prop) && String(v).toLowerCase().includes(text!.trim()));
  };

  return [
    route({
      method: 'GET',
      path: '/objects/',
      version: V,
      query: { locationId: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        return { objects: objectsOf(query.locationId).map(schemaOut) };
      },
    }),
    route({
      method: 'GET',
      path: '/objects/{key}',
      version: V,
      query: { locationId: req.string(), fetchProperties: opt.string() },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(query.locationId);
        const o = objectFor(params.key, query.locationId);
        return { object: schemaOut(o), cache: false, ...(query.fetchProperties === 'true' ? { fields: fieldOut(o) } : {}) };
      },
    }),
    route({
      method: 'POST',
      path: '/objects/{schemaKey}/records/search',
      version: V,
      body: { locationId: req.string(), page: req.number(), pageLimit: req.number(), query: opt.string(), searchAfter: req.array() },
      handler: ({ params, body, rawBody, ownLocation }) => {
        ownLocation(body.locationId);
        const o = objectFor(params.schemaKey, body.locationId);
        const sort = Array.isArray(rawBody.sort) ? (rawBody.sort[0] as { field?: unknown; direction?: unknown } | undefined) : undefined;
        const field = sort?.field === 'updatedAt' ? 'updatedAt' : 'createdAt';
        const dir = sort?.direction === 'asc' ? 1 : -1;
        const all = [...ext.objectRecords.values()]
          .filter((r) => r.objectKey === o.key && matches(r, body.query ?? ''))
          .sort((a, b) => dir * a[field].localeCompare(b[field]));
        const size = Math.max(1, Math.min(100, body.pageLimit));
        const start = (Math.max(1, body.page) - 1) * size;
        return { records: all.slice(start, start + size).map(recordOut), total: all.length };
      },
    }),
    route({
      method: 'GET',
      path: '/objects/{schemaKey}/records/{id}',
      version: V,
      handler: ({ params, auth }) => ({ record: recordOut(recordFor(params.schemaKey, params.id, auth.locationId)) }),
    }),
    route({
      method: 'POST',
      path: '/objects/{schemaKey}/records',
      version: V,
      status: 201,
      handler: ({ params, rawBody, ownLocation }) => {
        const locationId = typeof rawBody.locationId === 'string' ? rawBody.locationId : '';
        if (!locationId) throw badRequest('locationId is required');
        ownLocation(locationId);
        const o = objectFor(params.schemaKey, locationId);
        const now = store.now();
        const r: ObjectRecordRecord = {
          id: newObjectId(),
          locationId,
          objectKey: o.key,
          objectId: o.id,
          owner: people(rawBody.owner, 'owner', 1) ?? [],
          followers: people(rawBody.followers, 'followers', 10) ?? [],
          properties: checkProperties(o, rawBody.properties),
          createdAt: now,
          updatedAt: now,
        };
        ext.objectRecords.set(r.id, r);
        return { record: recordOut(r) };
      },
    }),
    route({
      method: 'PUT',
      path: '/objects/{schemaKey}/records/{id}',
      version: V,
      query: { locationId: req.string() },
      handler: ({ params, query, rawBody, ownLocation }) => {
        ownLocation(query.locationId);
        const r = recordFor(params.schemaKey, params.id, query.locationId);
        const o = objectFor(params.schemaKey, query.locationId);
        r.properties = { ...r.properties, ...checkProperties(o, rawBody.properties) };
        r.owner = people(rawBody.owner, 'owner', 1) ?? r.owner;
        r.followers = people(rawBody.followers, 'followers', 10) ?? r.followers;
        r.updatedAt = store.now();
        return { record: recordOut(r) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/objects/{schemaKey}/records/{id}',
      version: V,
      handler: ({ params, auth }) => {
        const r = recordFor(params.schemaKey, params.id, auth.locationId);
        ext.objectRecords.delete(r.id);
        return { id: r.id, success: true };
      },
    }),
  ];
}
