import { badRequest, clone, intParam, notFound, opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import type { AssociationRecord, RelationRecord } from '../ext-store';

/**
 * Associations and their relations (Version 2021-07-28). The spec answers every route with one
 * association's schema; lists are answered as HighLevel's docs show them, `{ associations, total }`
 * and `{ relations, total }`. Only USER_DEFINED associations may be changed or deleted; deleting
 * one deletes its relations. A relation's records must exist on the sides' objects when those are
 * contacts or businesses (other objects are not modelled and are accepted as given).
 */

export function associationRoutes({ store, ext }: World): Route[] {
  const inLocation = (locationId: string) => [...ext.associations.values()].filter((a) => a.locationId === locationId);
  const page = <T>(all: T[], skip: string | undefined, limit: string | undefined) => all.slice(intParam(skip, 0, 'skip'), intParam(skip, 0, 'skip') + intParam(limit, 100, 'limit'));
  const recordExists = (objectKey: string, id: string, locationId: string): boolean => {
    if (objectKey === 'contact') return store.contacts.get(id)?.locationId === locationId;
    if (objectKey === 'business') return store.businesses.get(id)?.locationId === locationId;
    if (objectKey === 'opportunity') return store.opportunities.get(id)?.locationId === locationId;
    return true;
  };
  const userDefined = (a: AssociationRecord) => {
    if (a.associationType !== 'USER_DEFINED') throw badRequest('Only user-defined associations can be changed or deleted');
    return a;
  };

  return [
    route({
      method: 'GET',
      path: '/associations/',
      version: V,
      query: { locationId: req.string(), skip: req.string(), limit: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const all = inLocation(query.locationId);
        return { associations: page(all, query.skip, query.limit).map(clone), total: all.length };
      },
    }),
    route({
      method: 'GET',
      path: '/associations/{associationId}',
      version: V,
      handler: ({ params, own }) => clone(own(ext.associations.get(params.associationId), 'Association not found')),
    }),
    route({
      method: 'GET',
      path: '/associations/key/{key_name}',
      version: V,
      query: { locationId: req.string() },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(query.locationId);
        const a = inLocation(query.locationId).find((x) => x.key === params.key_name);
        if (!a) throw notFound('Association not found');
        return clone(a);
      },
    }),
    route({
      method: 'GET',
      path: '/associations/objectKey/{objectKey}',
      version: V,
      query: { locationId: opt.string() },
      handler: ({ params, query, auth, ownLocation }) => {
        const locationId = query.locationId ?? auth.locationId;
        ownLocation(locationId);
        const all = inLocation(locationId).filter((a) => a.firstObjectKey === params.objectKey || a.secondObjectKey === params.objectKey);
        return { associations: all.map(clone), total: all.length };
      },
    }),
    route({
      method: 'GET',
      path: '/associations/relations/{recordId}',
      version: V,
      query: { locationId: req.string(), skip: req.string(), limit: req.string(), associationIds: opt.stringArray() },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(query.locationId);
        const wanted = query.associationIds ? new Set(query.associationIds) : undefined;
        const all = [...ext.relations.values()]
          .filter((r) => r.locationId === query.locationId && (r.firstRecordId === params.recordId || r.secondRecordId === params.recordId))
          .filter((r) => !wanted || wanted.has(r.associationId));
        return { relations: page(all, query.skip, query.limit).map(clone), total: all.length };
      },
    }),
    route({
      method: 'POST',
      path: '/associations/',
      version: V,
      status: 201,
      body: { locationId: req.string(), key: req.string(), firstObjectLabel: req.unknown(), firstObjectKey: req.unknown(), secondObjectLabel: req.unknown(), secondObjectKey: req.unknown() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        if (inLocation(body.locationId).some((a) => a.key === body.key)) throw badRequest(`An association with key ${body.key} already exists`);
        const a: AssociationRecord = {
          id: newObjectId(),
          locationId: body.locationId,
          key: body.key,
          firstObjectKey: String(body.firstObjectKey),
          firstObjectLabel: String(body.firstObjectLabel),
          secondObjectKey: String(body.secondObjectKey),
          secondObjectLabel: String(body.secondObjectLabel),
          associationType: 'USER_DEFINED',
        };
        ext.associations.set(a.id, a);
        return clone(a);
      },
    }),
    route({
      method: 'PUT',
      path: '/associations/{associationId}',
      version: V,
      body: { firstObjectLabel: req.unknown(), secondObjectLabel: req.unknown() },
      handler: ({ params, body, own }) => {
        const a = userDefined(own(ext.associations.get(params.associationId), 'Association not found'));
        a.firstObjectLabel = String(body.firstObjectLabel);
        a.secondObjectLabel = String(body.secondObjectLabel);
        return clone(a);
      },
    }),
    route({
      method: 'DELETE',
      path: '/associations/{associationId}',
      version: V,
      handler: ({ params, own }) => {
        const a = userDefined(own(ext.associations.get(params.associationId), 'Association not found'));
        ext.associations.delete(a.id);
        for (const r of [...ext.relations.values()]) if (r.associationId === a.id) ext.relations.delete(r.id);
        return { deleted: true, id: a.id, message: 'Association deleted successfully' };
      },
    }),
    route({
      method: 'POST',
      path: '/associations/relations',
      version: V,
      status: 201,
      body: { locationId: req.string(), associationId: req.string(), firstRecordId: req.string(), secondRecordId: req.string() },
      handler: ({ body, own, ownLocation }) => {
        ownLocation(body.locationId);
        const a = own(ext.associations.get(body.associationId), 'Association not found');
        for (const [key, id] of [[a.firstObjectKey, body.firstRecordId], [a.secondObjectKey, body.secondRecordId]] as const) {
          if (!recordExists(key, id, body.locationId)) throw badRequest(`Record ${id} (${key}) not found`);
        }
        const duplicate = [...ext.relations.values()].some((r) => r.associationId === a.id && r.firstRecordId === body.firstRecordId && r.secondRecordId === body.secondRecordId);
        if (duplicate) throw badRequest('This relation already exists');
        const r: RelationRecord = {
          id: newObjectId(),
          locationId: body.locationId,
          associationId: a.id,
          firstObjectKey: a.firstObjectKey,
          firstRecordId: body.firstRecordId,
          secondObjectKey: a.secondObjectKey,
          secondRecordId: body.secondRecordId,
          createdAt: store.now(),
        };
        ext.relations.set(r.id, r);
        return clone(r);
      },
    }),
    route({
      method: 'DELETE',
      path: '/associations/relations/{relationId}',
      version: V,
      query: { locationId: req.string() },
      handler: ({ params, query, own, ownLocation }) => {
        ownLocation(query.locationId);
        const r = own(ext.relations.get(params.relationId), 'Relation not found');
        ext.relations.delete(r.id);
        return clone(r);
      },
    }),
  ];
}
