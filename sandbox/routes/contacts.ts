import {
  applyContactInput,
  assertNoDuplicate,
  createContactRules,
  findMatch,
  newContact,
  normalizeTags,
  presentContact,
  updateContactRules,
  upsertContactRules,
} from '../contact-model';
import { searchContacts, textMatch } from '../contact-search';
import { DEFAULT_QUIRKS, SearchIndex, searchShaped } from '../highlevel-quirks';
import { clone, intParam, notFound, opt, req, route, unprocessable, V_2021_07_28 as V, type Route, type World } from '../http';
import type { ContactRecord, LocationRecord, SandboxStore } from '../store';

/** Contacts: create, read, update, delete, upsert, search, the deprecated list, tags. */

export function locationOf(store: SandboxStore, locationId: string): LocationRecord {
  const loc = store.locations.get(locationId);
  if (!loc) throw notFound('Location not found');
  return loc;
}

const CONTACT_NOT_FOUND = 'Contact not found';
const DEPRECATED_DEFAULT_LIMIT = 20;
const DEPRECATED_MAX_LIMIT = 100;

export function contactRoutes({ store, baseUrl, quirks = DEFAULT_QUIRKS }: World): Route[] {
  const index = new SearchIndex();
  const contactDefs = (locationId: string) => store.customFieldsOf(locationId, 'contact');
  const touch = (c: ContactRecord) => {
    c.dateUpdated = store.now();
  };

  return [
    route({
      method: 'POST',
      path: '/contacts/',
      version: V,
      body: createContactRules,
      status: 201,
      handler: ({ body, rawBody, ownLocation }) => {
        ownLocation(body.locationId);
        const location = locationOf(store, body.locationId);
        assertNoDuplicate(store, location, body);
        const contact = newContact(store, body.locationId);
        applyContactInput(contact, body, rawBody.customFields, contactDefs(body.locationId), 'replace');
        store.contacts.set(contact.id, contact);
        return { contact: presentContact(contact) };
      },
    }),

    route({
      method: 'GET',
      path: '/contacts/{contactId}',
      version: V,
      handler: ({ params, own }) => ({ contact: presentContact(own(store.contacts.get(params.contactId), CONTACT_NOT_FOUND)) }),
    }),

    route({
      method: 'PUT',
      path: '/contacts/{contactId}',
      version: V,
      body: updateContactRules,
      handler: ({ params, body, rawBody, own }) => {
        const contact = own(store.contacts.get(params.contactId), CONTACT_NOT_FOUND);
        assertNoDuplicate(store, locationOf(store, contact.locationId), body, contact.id);
        // Validate on a copy first, so a 422 leaves the stored record untouched.
        const next = clone(contact);
        applyContactInput(next, body, rawBody.customFields, contactDefs(contact.locationId), 'replace');
        next.dateUpdated = store.now();
        store.contacts.set(next.id, next);
        return { succeded: true, contact: presentContact(next) };
      },
    }),

    route({
      method: 'DELETE',
      path: '/contacts/{contactId}',
      version: V,
      handler: ({ params, own }) => {
        own(store.contacts.get(params.contactId), CONTACT_NOT_FOUND);
        store.deleteContact(params.contactId);
        return { succeded: true };
      },
    }),

    route({
      method: 'POST',
      path: '/contacts/upsert',
      version: V,
      body: upsertContactRules,
      handler: ({ body, rawBody, ownLocation, request }) => {
        ownLocation(body.locationId);
        const location = locationOf(store, body.locationId);
        const allowNew = location.settings.allowDuplicateContact && body.createNewIfDuplicateAllowed === true;
        const match = allowNew ? undefined : findMatch(store, body.locationId, body.email, body.phone);
        const defs = contactDefs(body.locationId);
        if (match) {
          const next = clone(match.contact);
          // Upsert adds tags to the existing ones rather than replacing them.
          applyContactInput(next, body, rawBody.customFields, defs, 'keep');
          next.dateUpdated = store.now();
          store.contacts.set(next.id, next);
          return { new: false, contact: presentContact(next), traceId: request.traceId };
        }
        const contact = newContact(store, body.locationId);
        applyContactInput(contact, body, rawBody.customFields, defs, 'replace');
        store.contacts.set(contact.id, contact);
        return { new: true, contact: presentContact(contact), traceId: request.traceId };
      },
    }),

    route({
      method: 'POST',
      path: '/contacts/search',
      version: V,
      body: {
        locationId: req.string(),
        pageLimit: req.number(),
        page: opt.number(),
        searchAfter: opt.array(),
        query: opt.string(),
        filters: opt.array(),
        sort: opt.array(),
      },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        const found = searchContacts(index.visible(store.contactsOf(body.locationId), store.nowMs(), quirks.searchLagMs), body);
        return { ...found, contacts: found.contacts.map((c) => searchShaped(c, quirks.searchShape)) };
      },
    }),

    // Deprecated list: newest first (dateAdded desc, then id desc). A page continues after the
    // contact named by BOTH startAfter (its dateAdded in ms) and startAfterId; given only one of
    // them, HighLevel starts over at page one, and so does this.
    route({
      method: 'GET',
      path: '/contacts/',
      version: V,
      query: { locationId: req.string(), startAfterId: opt.string(), startAfter: opt.number(), query: opt.string(), limit: opt.number({ min: 1, max: DEPRECATED_MAX_LIMIT }) },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const limit = query.limit ?? DEPRECATED_DEFAULT_LIMIT;
        const text = query.query?.trim() ? textMatch(query.query) : () => true;
        const all = store
          .contactsOf(query.locationId)
          .filter(text)
          .map((c) => ({ c, t: Date.parse(c.dateAdded) }))
          .sort((a, b) => b.t - a.t || (a.c.id < b.c.id ? 1 : a.c.id > b.c.id ? -1 : 0));
        let start = 0;
        if (query.startAfter !== undefined && query.startAfterId) {
          const sa = query.startAfter;
          const sid = query.startAfterId;
          const idx = all.findIndex((x) => x.t < sa || (x.t === sa && x.c.id < sid));
          start = idx === -1 ? all.length : idx;
        }
        const page = all.slice(start, start + limit);
        const last = page[page.length - 1];
        const more = start + limit < all.length && last !== undefined;
        const currentPage = Math.floor(start / limit) + 1;
        const next = new URLSearchParams({ locationId: query.locationId, limit: String(limit) });
        if (query.query) next.set('query', query.query);
        if (more) {
          next.set('startAfter', String(last.t));
          next.set('startAfterId', last.c.id);
        }
        return {
          contacts: page.map((x) => presentContact(x.c)),
          count: all.length,
          meta: {
            total: all.length,
            nextPageUrl: more ? `${baseUrl()}/contacts/?${next.toString()}` : null,
            startAfterId: more ? last.c.id : null,
            startAfter: more ? last.t : null,
            currentPage,
            nextPage: more ? currentPage + 1 : null,
            prevPage: currentPage > 1 ? currentPage - 1 : null,
          },
        };
      },
    }),

    route({
      method: 'GET',
      path: '/contacts/search/duplicate',
      version: V,
      query: { locationId: req.string(), number: opt.string(), email: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const match = findMatch(store, query.locationId, query.email, query.number);
        return { contact: match ? presentContact(match.contact) : null };
      },
    }),

    route({
      method: 'GET',
      path: '/contacts/business/{businessId}',
      version: V,
      query: { locationId: req.string(), limit: opt.string(), skip: opt.string(), query: opt.string() },
      handler: ({ params, query, ownLocation, own }) => {
        ownLocation(query.locationId);
        own(store.businesses.get(params.businessId), 'Business not found');
        const limit = intParam(query.limit, 25, 'limit', 100);
        const skip = intParam(query.skip, 0, 'skip');
        const text = query.query?.trim() ? textMatch(query.query) : () => true;
        const all = store
          .contactsOf(query.locationId)
          .filter((c) => c.businessId === params.businessId && text(c))
          .sort((a, b) => b.dateAdded.localeCompare(a.dateAdded));
        return { contacts: all.slice(skip, skip + limit).map(presentContact), count: all.length };
      },
    }),

    route({
      method: 'POST',
      path: '/contacts/{contactId}/tags',
      version: V,
      body: { tags: req.stringArray() },
      status: 201,
      handler: ({ params, body, own }) => {
        const contact = own(store.contacts.get(params.contactId), CONTACT_NOT_FOUND);
        contact.tags = normalizeTags([...contact.tags, ...body.tags]);
        touch(contact);
        return { tags: [...contact.tags] };
      },
    }),

    route({
      method: 'DELETE',
      path: '/contacts/{contactId}/tags',
      version: V,
      body: { tags: req.stringArray() },
      handler: ({ params, body, own }) => {
        const contact = own(store.contacts.get(params.contactId), CONTACT_NOT_FOUND);
        const drop = new Set(normalizeTags(body.tags));
        contact.tags = contact.tags.filter((t) => !drop.has(t));
        touch(contact);
        return { tags: [...contact.tags] };
      },
    }),

    // {type} is add | remove (the spec's description; the path parameter is undeclared there).
    route({
      method: 'POST',
      path: '/contacts/bulk/tags/update/{type}',
      version: V,
      body: { contacts: req.stringArray(), tags: req.stringArray(), locationId: req.string(), removeAllTags: opt.boolean() },
      status: 201,
      handler: ({ params, body, ownLocation, auth }) => {
        if (params.type !== 'add' && params.type !== 'remove') throw unprocessable(['type must be one of the following values: add, remove']);
        if (body.removeAllTags && params.type !== 'remove') throw unprocessable(['removeAllTags can only be used with remove type']);
        ownLocation(body.locationId);
        const tags = normalizeTags(body.tags);
        const responses = body.contacts.map((contactId) => {
          const contact = store.contacts.get(contactId);
          if (!contact) return { contactId, message: 'contact not found', type: 'error' as const };
          if (contact.locationId !== auth.locationId) return { contactId, message: 'contact does not belong to location', type: 'error' as const };
          const oldTags = [...contact.tags];
          if (params.type === 'add') contact.tags = normalizeTags([...contact.tags, ...tags]);
          else contact.tags = body.removeAllTags ? [] : contact.tags.filter((t) => !tags.includes(t));
          touch(contact);
          return {
            contactId,
            message: 'Tags updated',
            type: 'success' as const,
            oldTags,
            tagsAdded: contact.tags.filter((t) => !oldTags.includes(t)),
            tagsRemoved: oldTags.filter((t) => !contact.tags.includes(t)),
          };
        });
        return { succeded: true, errorCount: responses.filter((r) => r.type === 'error').length, responses };
      },
    }),
  ];
}
