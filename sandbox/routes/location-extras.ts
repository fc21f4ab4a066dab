import { badRequest, clone, notFound, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import { newId } from '../ids';
import { customValueKey, type CustomValueRecord, type LocationTagRecord } from '../location-data';

/**
 * A location's custom values and tags (locations.json, Version 2021-07-28). Names are unique per
 * location (case-insensitive), as in HighLevel's settings; a custom value's `fieldKey` follows
 * its name (`{{ custom_values.<name> }}`). Deletes answer `{ succeded: true }` (sic, the spec's key).
 */
export function locationExtraRoutes({ ext }: World): Route[] {
  const valuesOf = (loc: string) => [...ext.customValues.values()].filter((v) => v.locationId === loc);
  const tagsOf = (loc: string) => [...ext.locationTags.values()].filter((t) => t.locationId === loc);
  const value = (loc: string, id: string): CustomValueRecord => {
    const v = ext.customValues.get(id);
    if (!v || v.locationId !== loc) throw notFound('Custom value not found');
    return v;
  };
  const tag = (loc: string, id: string): LocationTagRecord => {
    const t = ext.locationTags.get(id);
    if (!t || t.locationId !== loc) throw notFound('Tag not found');
    return t;
  };
  const unique = (all: { id: string; name: string }[], name: string, self: string | null, what: string) => {
    if (!name.trim()) throw badRequest(`${what} name must not be empty`);
    if (all.some((x) => x.id !== self && x.name.toLowerCase() === name.trim().toLowerCase())) throw badRequest(`${what} with name ${name} already exists`);
  };

  return [
    route({
      method: 'GET',
      path: '/locations/{locationId}/customValues',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        return { customValues: valuesOf(params.locationId).map(clone) };
      },
    }),
    route({
      method: 'POST',
      path: '/locations/{locationId}/customValues',
      version: V,
      status: 201,
      body: { name: req.string(), value: req.string() },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        unique(valuesOf(params.locationId), body.name, null, 'Custom value');
        const v: CustomValueRecord = { id: newId(), locationId: params.locationId, name: body.name.trim(), fieldKey: customValueKey(body.name), value: body.value };
        ext.customValues.set(v.id, v);
        return { customValue: clone(v) };
      },
    }),
    route({
      method: 'GET',
      path: '/locations/{locationId}/customValues/{id}',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        return { customValue: clone(value(params.locationId, params.id)) };
      },
    }),
    route({
      method: 'PUT',
      path: '/locations/{locationId}/customValues/{id}',
      version: V,
      body: { name: req.string(), value: req.string() },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        const v = value(params.locationId, params.id);
        unique(valuesOf(params.locationId), body.name, v.id, 'Custom value');
        v.name = body.name.trim();
        v.fieldKey = customValueKey(v.name);
        v.value = body.value;
        return { customValue: clone(v) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/locations/{locationId}/customValues/{id}',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        ext.customValues.delete(value(params.locationId, params.id).id);
        return { succeded: true };
      },
    }),
    route({
      method: 'GET',
      path: '/locations/{locationId}/tags',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        return { tags: tagsOf(params.locationId).map(clone) };
      },
    }),
    route({
      method: 'POST',
      path: '/locations/{locationId}/tags',
      version: V,
      body: { name: req.string() },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        unique(tagsOf(params.locationId), body.name, null, 'Tag');
        const t: LocationTagRecord = { id: newId(), locationId: params.locationId, name: body.name.trim() };
        ext.locationTags.set(t.id, t);
        return { tag: clone(t) };
      },
    }),
    route({
      method: 'GET',
      path: '/locations/{locationId}/tags/{tagId}',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        return { tag: clone(tag(params.locationId, params.tagId)) };
      },
    }),
    route({
      method: 'PUT',
      path: '/locations/{locationId}/tags/{tagId}',
      version: V,
      body: { name: req.string() },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        const t = tag(params.locationId, params.tagId);
        unique(tagsOf(params.locationId), body.name, t.id, 'Tag');
        t.name = body.name.trim();
        return { tag: clone(t) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/locations/{locationId}/tags/{tagId}',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        ext.locationTags.delete(tag(params.locationId, params.tagId).id);
        return { succeded: true };
      },
    }),
  ];
}
