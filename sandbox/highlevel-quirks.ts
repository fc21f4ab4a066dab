import type { ContactRecord } from './store';

/**
 * HighLevel's real behaviour where it differs from what the specs suggest, in one place, so that
 * when more is learned one edit moves the sandbox (and every test that runs against it). Sources:
 * ../shared/ghl-api/FACTS.md unless said otherwise.
 *
 * 1. Lists whose spec has no sort parameter (orders, transactions, subscriptions, form and survey
 *    submissions) are not documented to come back in any order (catalog mapping report, section
 *    7: "No sort"): answered in an order unrelated to time, stable across pages (by record id).
 * 2. POST /contacts/search answers contacts in its own shape ("what it really returns"): the street
 *    as `address` (not `address1`), `dateOfBirth` in epoch milliseconds, on some items only the
 *    lower-case name fields, and each item's `searchAfter` cursor; GET /contacts/{id} answers the
 *    spec's shape.
 * 3. The search index lags writes ("updates may take a few seconds to appear in search results"):
 *    a new contact is not found, and a changed one is found as it was, for `searchLagMs`.
 * 4. A token without the scope a route needs gets 401 "The token is not authorized for this
 *    scope." (FACTS.md, "401: two different causes"); the scope per route is `scopeOf` below.
 */
export interface Quirks {
  /** 'real': the search shape of point 2; 'spec': the contact as GET /contacts/{id} answers it. */
  searchShape: 'real' | 'spec';
  /** Point 3, in ms (0: the index is current). */
  searchLagMs: number;
  /** Point 4. */
  enforceScopes: boolean;
}

/**
 * The defaults: the contact search answers in HighLevel's real shape (FACTS.md), as the app must
 * read it; 'spec' remains for tests of the spec's own shape. The index lag is off by default so
 * demo runs are instant; tests that need it set `searchLagMs`.
 */
export const DEFAULT_QUIRKS: Quirks = { searchShape: 'real', searchLagMs: 0, enforceScopes: true };

/* 1. Unsorted lists ------------------------------------------------------------------------ */

export const UNSORTED_LISTS = true;

/** The order of a list HighLevel does not sort: stable across pages, unrelated to time. */
export function unsortedOrder<T>(id: (r: T) => string, newestFirst: (a: T, b: T) => number): (a: T, b: T) => number {
  return UNSORTED_LISTS ? (a, b) => id(a).localeCompare(id(b)) : newestFirst;
}

/* 2. The contact search's shape ------------------------------------------------------------- */

/** Deterministically "some" items (about one in four): those whose id's character codes sum to a multiple of 4. */
const someItems = (id: string) => [...id].reduce((n, ch) => n + ch.charCodeAt(0), 0) % 4 === 0;

/** A contact as POST /contacts/search answers it, from the spec-shaped record. */
export function searchShaped<C extends ContactRecord>(c: C, shape: Quirks['searchShape']): object {
  if (shape === 'spec') return c;
  const { address1, dateOfBirth, firstName, lastName, emailLowerCase: _lower, ...rest } = c;
  const dob = dateOfBirth ? Date.parse(dateOfBirth) : NaN;
  const names = someItems(c.id) ? {} : { firstName, lastName };
  return {
    ...rest,
    ...names,
    contactName: c.name,
    ...(address1 !== undefined ? { address: address1 } : {}),
    ...(Number.isFinite(dob) ? { dateOfBirth: dob } : {}),
  };
}

/* 3. Search index lag ----------------------------------------------------------------------- */

/**
 * What the search index holds: a contact is indexed as it was `lagMs` ago. Kept lazily: each
 * search looks at each contact's `dateUpdated`; a version older than the lag is indexed, a newer
 * one shows the last indexed version (or, for a contact created within the lag, nothing).
 */
export class SearchIndex {
  private readonly indexed = new Map<string, ContactRecord>();

  visible(contacts: readonly ContactRecord[], nowMs: number, lagMs: number): ContactRecord[] {
    if (lagMs <= 0) return [...contacts];
    const out: ContactRecord[] = [];
    for (const c of contacts) {
      if (Date.parse(c.dateUpdated) <= nowMs - lagMs) this.indexed.set(c.id, structuredClone(c));
      const v = this.indexed.get(c.id);
      if (v) out.push(v);
    }
    return out;
  }
}

/* 4. Scopes ----------------------------------------------------------------------------------- */

export const NOT_AUTHORIZED_FOR_SCOPE = 'The token is not authorized for this scope.';

/**
 * The scope family of each path (first match wins; a path matches its prefix, or the path itself
 * when `exact`). Reads (GET, and POST searches) need `<family>.readonly`, writes `<family>.write`,
 * as every spec's security block has it for these paths (test/sandbox/scopes.test.ts checks each
 * route against the specs). Paths no rule names are not checked.
 */
const SCOPE_FAMILIES: readonly { path: string; family: string; exact?: boolean }[] = [
  { path: '/calendars/events', family: 'calendars/events' },
  { path: '/calendars/{calendarId}/notifications', family: 'calendars/events' },
  { path: '/calendars/blocked-slots', family: 'calendars/events' },
  { path: '/calendars/appointments', family: 'calendars/events' },
  { path: '/calendars/groups', family: 'calendars/groups' },
  { path: '/calendars/resources', family: 'calendars/resources' },
  { path: '/calendars', family: 'calendars' },
  { path: '/conversations/messages', family: 'conversations/message' },
  { path: '/locations/{locationId}/customFields', family: 'locations/customFields' },
  { path: '/locations/{locationId}/tasks', family: 'locations/tasks' },
  { path: '/locations/{locationId}', family: 'locations', exact: true },
  { path: '/payments/orders', family: 'payments/orders' },
  { path: '/payments/transactions', family: 'payments/transactions' },
  { path: '/payments/subscriptions', family: 'payments/subscriptions' },
  { path: '/contacts', family: 'contacts' },
  { path: '/opportunities', family: 'opportunities' },
  { path: '/businesses', family: 'businesses' },
  { path: '/campaigns', family: 'campaigns' },
  { path: '/workflows', family: 'workflows' },
  { path: '/forms', family: 'forms' },
  { path: '/surveys', family: 'surveys' },
  { path: '/invoices/estimate', family: 'invoices/estimate' },
  { path: '/invoices/schedule', family: 'invoices/schedule' },
  { path: '/invoices', family: 'invoices' },
  { path: '/users', family: 'users' },
];

/** The scope a route needs, or undefined when no rule names its path. */
export function scopeOf(method: string, template: string): string | undefined {
  const path = template.replace(/\/+$/, '');
  const rule = SCOPE_FAMILIES.find((r) => (r.exact ? path === r.path : path === r.path || path.startsWith(`${r.path}/`)));
  if (!rule) return undefined;
  // The spec gives recording an order's payment its own scope.
  if (rule.family === 'payments/orders' && path.endsWith('/record-payment')) return 'payments/orders.collectPayment';
  const read = method === 'GET' || (method === 'POST' && /\/search(\/filter-by-email)?$/.test(path));
  return `${rule.family}.${read ? 'readonly' : 'write'}`;
}

/** Every scope the rules name: what a token issued for the demo location carries. */
export const ALL_SCOPES: readonly string[] = [...SCOPE_FAMILIES.flatMap((r) => [`${r.family}.readonly`, `${r.family}.write`]), 'payments/orders.collectPayment'];
