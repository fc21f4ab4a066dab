import { clone, compact, opt, req, route, unprocessable, V_2021_07_28 as V, type Route, type World } from '../http';
import { newId } from '../ids';
import type { BusinessRecord } from '../store';
import { followerRoutes } from './followers';

/**
 * Businesses' writes (Version 2021-07-28): create, update, delete (its contacts lose the link),
 * POST /contacts/bulk/business (link contacts to a business, or unlink with businessId null), and
 * the contacts' followers. The create and update answers carry the spec's misspelt `buiseness`
 * key, as HighLevel's do.
 */

const BUSINESS_NOT_FOUND = 'Business not found';

export function businessWriteRoutes(world: World): Route[] {
  const { store } = world;
  const fields = {
    phone: opt.string(),
    email: opt.string(),
    website: opt.string(),
    address: opt.string(),
    city: opt.string(),
    postalCode: opt.string(),
    state: opt.string(),
    country: opt.string(),
    description: opt.string(),
  };
  const answer = (b: BusinessRecord) => ({ success: true, buiseness: clone(b) });

  return [
    route({
      method: 'POST',
      path: '/businesses/',
      version: V,
      status: 201,
      body: { name: req.string(), locationId: req.string(), ...fields },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        const now = store.now();
        const b: BusinessRecord = compact({ id: newId(), ...body, createdAt: now, updatedAt: now });
        store.businesses.set(b.id, b);
        return answer(b);
      },
    }),
    route({
      method: 'PUT',
      path: '/businesses/{businessId}',
      version: V,
      body: { name: opt.string(), ...fields },
      handler: ({ params, body, own }) => {
        const b = own(store.businesses.get(params.businessId), BUSINESS_NOT_FOUND);
        const next = compact({ ...b, ...body, updatedAt: store.now() });
        store.businesses.set(b.id, next);
        return answer(next);
      },
    }),
    route({
      method: 'DELETE',
      path: '/businesses/{businessId}',
      version: V,
      handler: ({ params, own }) => {
        const b = own(store.businesses.get(params.businessId), BUSINESS_NOT_FOUND);
        store.businesses.delete(b.id);
        for (const c of store.contactsOf(b.locationId)) if (c.businessId === b.id) delete c.businessId;
        return { success: true };
      },
    }),
    route({
      method: 'POST',
      path: '/contacts/bulk/business',
      version: V,
      // businessId is required, and may be null to unlink (the spec: "null to remove").
      body: { locationId: req.string(), ids: req.stringArray(), businessId: opt.string() },
      handler: ({ body, rawBody, ownLocation, own }) => {
        ownLocation(body.locationId);
        if (!('businessId' in rawBody)) throw unprocessable(['businessId should not be empty']);
        if (body.businessId) own(store.businesses.get(body.businessId), BUSINESS_NOT_FOUND);
        const contacts = body.ids.map((id) => own(store.contacts.get(id), 'Contact not found'));
        const now = store.now();
        for (const c of contacts) {
          if (body.businessId) c.businessId = body.businessId;
          else delete c.businessId;
          c.dateUpdated = now;
        }
        return { success: true, ids: contacts.map((c) => c.id) };
      },
    }),
    ...followerRoutes(world, 'contact'),
  ];
}
