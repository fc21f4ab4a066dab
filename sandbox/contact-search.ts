import { contactTextFields } from '../src/records/contact-inputs';
import { normalizePhone, presentContact } from './contact-model';
import { unprocessable, type JsonBody } from './http';
import type { ContactRecord } from './store';

/**
 * POST /contacts/search, as HighLevel's "Contacts Search API" doc describes it (the spec's body
 * schema is empty; ../shared/ghl-api/FACTS.md): `locationId`, `pageLimit` (max 500), `page`
 * (up to 10,000 records) or `searchAfter` (the cursor each result carries), `query` (full text,
 * max 75 characters), `filters` (AND-ed; `{ group: 'OR' | 'AND', filters }` nests), and
 * `sort` [{ field, direction }]. Answer: `{ contacts, total }`.
 */

export const MAX_PAGE_LIMIT = 500;
export const MAX_PAGED_RECORDS = 10_000;
const MAX_TEXT = 75;

const OPERATORS = ['eq', 'not_eq', 'contains', 'not_contains', 'exists', 'not_exists', 'range'] as const;
type Operator = (typeof OPERATORS)[number];

type FieldValue = string | number | boolean | string[] | undefined;

const lower = (s: string | undefined) => s?.toLowerCase();
const time = (s: string | undefined) => (s ? Date.parse(s) : undefined);

/**
 * The fields a filter may name, and how each is read from a contact: every text field the app's
 * contact table writes (case-insensitive), then those HighLevel matches in their own way.
 */
const FIELDS: Record<string, (c: ContactRecord) => FieldValue> = {
  ...Object.fromEntries(contactTextFields.map((key) => [key, (c: ContactRecord) => lower(c[key])])),
  id: (c) => c.id,
  email: (c) => c.emailLowerCase,
  phone: (c) => c.phone,
  tags: (c) => c.tags,
  assignedTo: (c) => c.assignedTo,
  firstName: (c) => c.firstNameLowerCase,
  lastName: (c) => c.lastNameLowerCase,
  firstNameLowerCase: (c) => c.firstNameLowerCase,
  lastNameLowerCase: (c) => c.lastNameLowerCase,
  fullNameLowerCase: (c) => c.fullNameLowerCase,
  companyName: (c) => lower(c.companyName),
  businessName: (c) => lower(c.companyName),
  businessId: (c) => c.businessId,
  source: (c) => lower(c.source),
  type: (c) => c.type,
  dnd: (c) => c.dnd,
  address: (c) => lower(c.address1),
  address1: (c) => lower(c.address1),
  city: (c) => lower(c.city),
  state: (c) => lower(c.state),
  postalCode: (c) => c.postalCode,
  country: (c) => lower(c.country),
  timezone: (c) => c.timezone,
  dateOfBirth: (c) => c.dateOfBirth,
  dateAdded: (c) => time(c.dateAdded),
  dateUpdated: (c) => time(c.dateUpdated),
};

/** Sort fields: value used for ordering and as the searchAfter cursor. */
const SORT_FIELDS: Record<string, (c: ContactRecord) => string | number | undefined> = {
  dateAdded: (c) => Date.parse(c.dateAdded),
  dateUpdated: (c) => Date.parse(c.dateUpdated),
  firstNameLowerCase: (c) => c.firstNameLowerCase,
  lastNameLowerCase: (c) => c.lastNameLowerCase,
  fullNameLowerCase: (c) => c.fullNameLowerCase,
  email: (c) => c.emailLowerCase,
  companyName: (c) => lower(c.companyName),
  businessName: (c) => lower(c.companyName),
};

function customFieldReader(field: string): ((c: ContactRecord) => FieldValue) | undefined {
  const m = /^customFields?\.(.+)$/.exec(field);
  if (!m) return undefined;
  const id = m[1];
  return (c) => {
    const v = c.customFields.find((f) => f.id === id)?.value;
    if (typeof v === 'string') return v.toLowerCase();
    if (Array.isArray(v)) return v.map((x) => x.toLowerCase());
    if (typeof v === 'number' || typeof v === 'boolean') return v;
    return undefined;
  };
}

export type Predicate = (c: ContactRecord) => boolean;

/** Ids compare exactly; text fields are compared lower-cased (their readers lower-case them). */
const EXACT_FIELDS = new Set(['id', 'assignedTo', 'businessId', 'timezone', 'postalCode', 'dateOfBirth', 'type']);

function scalarEquals(field: string, actual: string | number | boolean, expected: unknown): boolean {
  if (typeof actual === 'boolean') return actual === (expected === true || expected === 'true');
  if (typeof actual === 'number') return actual === (typeof expected === 'number' ? expected : Date.parse(String(expected)));
  if (field === 'phone') return typeof expected === 'string' && actual === normalizePhone(expected);
  return actual === (EXACT_FIELDS.has(field) ? String(expected) : String(expected).toLowerCase());
}

function equals(field: string, actual: FieldValue, expected: unknown): boolean {
  if (actual === undefined) return false;
  const wanted = Array.isArray(expected) ? expected : [expected];
  const values = Array.isArray(actual) ? actual : [actual];
  return wanted.some((w) => values.some((v) => scalarEquals(field, v, w)));
}

function contains(actual: FieldValue, expected: unknown): boolean {
  if (actual === undefined) return false;
  const needle = String(expected).toLowerCase();
  const values = Array.isArray(actual) ? actual : [actual];
  return values.some((v) => String(v).toLowerCase().includes(needle));
}

function inRange(actual: FieldValue, range: unknown, path: string): boolean {
  if (typeof range !== 'object' || range === null) throw unprocessable([`${path}.value must be an object with gte, lte, gt or lt`]);
  if (typeof actual !== 'number' && typeof actual !== 'string') return false;
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof actual === 'number' ? Date.parse(String(v)) : String(v));
  const r = range as { gte?: unknown; lte?: unknown; gt?: unknown; lt?: unknown };
  if (r.gte !== undefined && !(actual >= num(r.gte))) return false;
  if (r.lte !== undefined && !(actual <= num(r.lte))) return false;
  if (r.gt !== undefined && !(actual > num(r.gt))) return false;
  if (r.lt !== undefined && !(actual < num(r.lt))) return false;
  return true;
}

function compile(filter: unknown, path: string): Predicate {
  if (typeof filter !== 'object' || filter === null) throw unprocessable([`${path} must be an object`]);
  const f = filter as JsonBody;
  if ('group' in f) {
    if (f.group !== 'AND' && f.group !== 'OR') throw unprocessable([`${path}.group must be one of the following values: AND, OR`]);
    if (!Array.isArray(f.filters)) throw unprocessable([`${path}.filters must be an array`]);
    const parts = f.filters.map((x, i) => compile(x, `${path}.filters.${i}`));
    return f.group === 'AND' ? (c) => parts.every((p) => p(c)) : (c) => parts.some((p) => p(c));
  }
  const field = typeof f.field === 'string' ? f.field : '';
  const read = FIELDS[field] ?? customFieldReader(field);
  if (!read) throw unprocessable([`${path}.field ${field || '(empty)'} is not supported`]);
  const op = f.operator as Operator;
  if (!OPERATORS.includes(op)) throw unprocessable([`${path}.operator must be one of the following values: ${OPERATORS.join(', ')}`]);
  const value = f.value;
  if (op !== 'exists' && op !== 'not_exists' && (value === undefined || value === null || value === '')) {
    throw unprocessable([`${path}.value should not be empty`]);
  }
  if (typeof value === 'string' && value.length > MAX_TEXT) throw unprocessable([`${path}.value must be shorter than or equal to ${MAX_TEXT} characters`]);
  const present = (v: FieldValue) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  switch (op) {
    case 'eq':
      return (c) => equals(field, read(c), value);
    case 'not_eq':
      return (c) => !equals(field, read(c), value);
    case 'contains':
      return (c) => contains(read(c), value);
    case 'not_contains':
      return (c) => !contains(read(c), value);
    case 'exists':
      return (c) => present(read(c));
    case 'not_exists':
      return (c) => !present(read(c));
    case 'range':
      return (c) => inRange(read(c), value, path);
  }
}

/** Full-text match: name, email, company, street, city, tag, or the digits of a phone number. */
export function textMatch(query: string): Predicate {
  const q = query.trim().toLowerCase();
  const digits = q.replace(/\D/g, '');
  return (c) =>
    [c.fullNameLowerCase, c.emailLowerCase, lower(c.companyName), lower(c.address1), lower(c.city)].some((v) => v?.includes(q)) ||
    (digits.length >= 3 && digits.length === q.replace(/[\s()+-]/g, '').length && (c.phone ?? '').includes(digits)) ||
    c.tags.includes(q);
}

interface SortKey {
  field: string;
  dir: 1 | -1;
  read: (c: ContactRecord) => string | number | undefined;
}

function sortKeys(sort: unknown): SortKey[] {
  if (sort === undefined) return [{ field: 'dateAdded', dir: -1, read: SORT_FIELDS.dateAdded! }];
  if (!Array.isArray(sort)) throw unprocessable(['sort must be an array']);
  return sort.map((s, i) => {
    const o = (typeof s === 'object' && s !== null ? s : {}) as JsonBody;
    const read = typeof o.field === 'string' ? SORT_FIELDS[o.field] : undefined;
    if (!read) throw unprocessable([`sort.${i}.field must be one of the following values: ${Object.keys(SORT_FIELDS).join(', ')}`]);
    if (o.direction !== 'asc' && o.direction !== 'desc') throw unprocessable([`sort.${i}.direction must be one of the following values: asc, desc`]);
    return { field: o.field as string, dir: o.direction === 'asc' ? 1 : -1, read };
  });
}

/** Compares sort tuples; missing values sort last; ties broken by id ascending. */
function compareTuples(a: readonly (string | number | undefined)[], b: readonly (string | number | undefined)[], keys: readonly SortKey[]): number {
  for (let i = 0; i < keys.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined || x === null) return 1;
    if (y === undefined || y === null) return -1;
    return (x < y ? -1 : 1) * keys[i]!.dir;
  }
  const ida = String(a[keys.length]);
  const idb = String(b[keys.length]);
  return ida === idb ? 0 : ida < idb ? -1 : 1;
}

export interface SearchResult {
  contacts: (ContactRecord & { searchAfter: (string | number | null)[] })[];
  total: number;
}

export interface SearchBody {
  pageLimit: number;
  page?: number;
  searchAfter?: unknown[];
  query?: string;
  filters?: unknown[];
  sort?: unknown[];
}

export function searchContacts(contacts: readonly ContactRecord[], body: SearchBody): SearchResult {
  if (body.pageLimit < 1) throw unprocessable(['pageLimit must not be less than 1']);
  if (body.pageLimit > MAX_PAGE_LIMIT) throw unprocessable([`pageLimit must not be greater than ${MAX_PAGE_LIMIT}`]);
  if (body.page !== undefined && body.searchAfter !== undefined) throw unprocessable(['page and searchAfter cannot be used together']);
  const page = body.page ?? 1;
  if (!Number.isInteger(page) || page < 1) throw unprocessable(['page must not be less than 1']);
  if (body.page !== undefined && page * body.pageLimit > MAX_PAGED_RECORDS) {
    throw unprocessable([`page * pageLimit must not be greater than ${MAX_PAGED_RECORDS}; use searchAfter beyond that`]);
  }
  if (body.query !== undefined && body.query.length > MAX_TEXT) throw unprocessable([`query must be shorter than or equal to ${MAX_TEXT} characters`]);

  const predicates = (body.filters ?? []).map((f, i) => compile(f, `filters.${i}`));
  if (body.query?.trim()) predicates.push(textMatch(body.query));
  const keys = sortKeys(body.sort);
  const tuple = (c: ContactRecord) => [...keys.map((k) => k.read(c)), c.id];

  const matches = contacts
    .filter((c) => predicates.every((p) => p(c)))
    .map((c) => ({ c, t: tuple(c) }))
    .sort((a, b) => compareTuples(a.t, b.t, keys));

  let start = (page - 1) * body.pageLimit;
  if (body.searchAfter !== undefined) {
    const cursor = body.searchAfter;
    if (!Array.isArray(cursor) || cursor.length !== keys.length + 1) {
      throw unprocessable([`searchAfter must be the searchAfter array of a previous result (${keys.length + 1} values)`]);
    }
    const c = cursor as (string | number)[];
    const idx = matches.findIndex((m) => compareTuples(m.t, c, keys) > 0);
    start = idx === -1 ? matches.length : idx;
  }
  return {
    total: matches.length,
    contacts: matches.slice(start, start + body.pageLimit).map(({ c, t }) => ({
      ...presentContact(c),
      searchAfter: t.map((v) => v ?? null),
    })),
  };
}
