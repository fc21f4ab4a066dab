import fs from 'node:fs';
import path from 'node:path';
import { BLANK_OK } from '../../sandbox/routes/blogs';
import { allRoutes } from '../../sandbox/server';
import { ExtStore } from '../../sandbox/ext-store';
import { SandboxStore } from '../../sandbox/store';
import { SKIP_MESSAGE, SPEC_DIR, specAvailable } from '../support/spec';
import { call, withSandbox } from './support';

/**
 * Every route the sandbox serves is checked against HighLevel's official OpenAPI specs
 * (../shared/ghl-api, read in place): the path template exists for that method, the Version
 * header is the spec's enum, the success status is one the spec lists, and the required query
 * parameters and body fields are the spec's. Then the answers of the list routes, asked of a
 * running sandbox with its demo data, carry every property the spec's answer schema requires.
 * Skipped, with a message, where the specs are absent (set HIGHLEVEL_SPEC_DIR to a copy).
 */

const available = specAvailable;

type Json = Record<string, unknown>;

/** Where the sandbox knowingly requires more than the spec declares, and why. */
const EXTRA_REQUIRED_BODY: Record<string, string[]> = {
  // The spec's body schema is empty; FACTS.md (HighLevel's search doc) makes these required.
  'POST /contacts/search': ['locationId', 'pageLimit'],
};

/** Versions the spec leaves out (no Version header parameter), as the app's endpoint records infer them. */
const INFERRED_VERSIONS: Record<string, string> = {
  'GET /conversations/messages/email/{id}': '2021-04-15',
  'DELETE /conversations/messages/email/{emailMessageId}/schedule': '2021-04-15',
  'GET /funnels/funnel/list': '2021-07-28', // no Version in the spec (src/records/funnel.ts)
  'GET /funnels/page': '2021-07-28',
};

/** Required by the spec but allowed null or blank, so checked by the route itself, and why. */
const NULLABLE_REQUIRED_BODY: Record<string, string[]> = {
  // The spec: businessId null removes the contacts from their business.
  'POST /contacts/bulk/business': ['businessId'],
  // A post needs no image or summary (the catalog's mapping report: over-required); blank is kept.
  'POST /blogs/posts': [...BLANK_OK],
  'PUT /blogs/posts/{postId}': [...BLANK_OK],
  // HighLevel's records search doc makes query optional: an empty one lists every record.
  'POST /objects/{schemaKey}/records/search': ['query'],
  // subType and status describe a recorded message, not a send request (src/records/sent-message.ts).
  'POST /conversations/messages': ['subType', 'status'],
  // The spec requires the key; a manual payment needs no note, so an empty one is sent and kept.
  'POST /invoices/{invoiceId}/record-payment': ['notes'],
};

const docs = new Map<string, Json>();
function load(file: string): Json {
  let d = docs.get(file);
  if (!d) {
    d = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    docs.set(file, d);
  }
  return d;
}

function resolve(node: Json, file: string): { node: Json; file: string } {
  const ref = node.$ref;
  if (typeof ref !== 'string') return { node, file };
  const [filePart, pointer = ''] = ref.split('#');
  const target = filePart ? path.resolve(path.dirname(file), filePart) : file;
  let out: unknown = load(target);
  for (const key of pointer.split('/').filter(Boolean)) out = (out as Json)[key];
  return resolve(out as Json, target);
}

function specOperation(method: string, template: string): { op: Json; file: string } | undefined {
  for (const name of fs.readdirSync(path.join(SPEC_DIR, 'apps')).filter((n) => n.endsWith('.json'))) {
    const file = path.join(SPEC_DIR, 'apps', name);
    const paths = (load(file).paths ?? {}) as Record<string, Json>;
    const op = paths[template]?.[method.toLowerCase()];
    if (op) return { op: op as Json, file };
  }
  return undefined;
}

/** Body fields the spec requires that may be empty, so the route does not hold them to a non-empty rule. */
const MAY_BE_EMPTY: Record<string, string[]> = { 'POST /opportunities/search': ['query'] };

const routes = allRoutes({ store: new SandboxStore(), ext: new ExtStore(), baseUrl: () => 'http://127.0.0.1:0' });

(available ? describe : describe.skip)('sandbox routes conform to the official specs', () => {
  test.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', (_key, r) => {
    const found = specOperation(r.method, r.path);
    expect(found).toBeDefined();
    const { op, file } = found!;
    const params = ((op.parameters ?? []) as Json[]).map((p) => resolve(p, file).node);
    const version = params.find((p) => p.name === 'Version' && p.in === 'header');
    const inferred = INFERRED_VERSIONS[`${r.method} ${r.path}`];
    expect((version?.schema as Json | undefined)?.enum ?? (inferred ? [inferred] : undefined)).toEqual([r.version]);

    const requiredQuery = params.filter((p) => p.in === 'query' && p.required).map((p) => p.name);
    expect([...r.requiredQuery].sort()).toEqual([...requiredQuery].sort());

    const successCodes = Object.keys((op.responses ?? {}) as Json).filter((c) => c.startsWith('2'));
    if (successCodes.length) expect(successCodes).toContain(String(r.status));

    const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
    const schema = content['application/json']?.schema as Json | undefined;
    const key = `${r.method} ${r.path}`;
    const nullable = [...(NULLABLE_REQUIRED_BODY[key] ?? []), ...(MAY_BE_EMPTY[key] ?? [])];
    const required = schema ? ((resolve(schema, file).node.required ?? []) as string[]) : [];
    expect([...r.requiredBody].sort()).toEqual([...required.filter((n) => !nullable.includes(n)), ...(EXTRA_REQUIRED_BODY[key] ?? [])].sort());
  });
});

/** The properties a value lacks that its schema requires, as paths ("$.messages[0].type"). */
function missingRequired(schema: Json, file: string, value: unknown, at: string): string[] {
  if (value === null || value === undefined || typeof value !== 'object') return [];
  const { node, file: f } = resolve(schema, file);
  const out = ((node.allOf ?? []) as Json[]).flatMap((part) => missingRequired(part, f, value, at));
  if (Array.isArray(value)) {
    const items = node.items as Json | undefined;
    return items ? [...out, ...value.flatMap((v, i) => missingRequired(items, f, v, `${at}[${i}]`))] : out;
  }
  const obj = value as Json;
  for (const key of (node.required ?? []) as string[]) if (obj[key] === undefined) out.push(`${at}.${key}`);
  for (const [key, sub] of Object.entries((node.properties ?? {}) as Record<string, Json>)) out.push(...missingRequired(sub, f, obj[key], `${at}.${key}`));
  return out;
}

/** A request per list route, with the demo location ("{loc}") and the required parameters. */
const LIST_REQUESTS: [method: string, template: string, query: Record<string, string>, body?: Json, params?: Record<string, string>, agency?: 'agency'][] = [
  ['GET', '/locations/{locationId}', {}],
  ['GET', '/locations/{locationId}/customFields', {}],
  ['GET', '/users/', { locationId: '{loc}' }],
  ['GET', '/campaigns/', { locationId: '{loc}' }],
  ['GET', '/workflows/', { locationId: '{loc}' }],
  ['GET', '/businesses/', { locationId: '{loc}' }],
  ['GET', '/opportunities/pipelines', { locationId: '{loc}' }],
  ['GET', '/opportunities/search', { location_id: '{loc}' }],
  ['GET', '/calendars/', { locationId: '{loc}' }],
  ['GET', '/contacts/', { locationId: '{loc}' }],
  ['POST', '/contacts/search', {}, { locationId: '{loc}', pageLimit: 20 }],
  ['GET', '/conversations/messages/export', { locationId: '{loc}' }],
  ['GET', '/conversations/messages/export', { locationId: '{loc}', channel: 'Email' }],
  ['GET', '/forms/', { locationId: '{loc}' }],
  ['GET', '/forms/submissions', { locationId: '{loc}' }],
  ['GET', '/surveys/', { locationId: '{loc}' }],
  ['GET', '/surveys/submissions', { locationId: '{loc}' }],
  ['GET', '/invoices/', { altId: '{loc}', altType: 'location', limit: '100', offset: '0' }],
  ['GET', '/payments/orders', { altId: '{loc}', limit: '100' }],
  ['GET', '/payments/transactions', { altId: '{loc}', altType: 'location', limit: '100' }],
  ['GET', '/payments/subscriptions', { altId: '{loc}', altType: 'location', limit: '100' }],
  ['GET', '/products/', { locationId: '{loc}' }],
  ['GET', '/payments/coupon/list', { altId: '{loc}', altType: 'location' }],
  ['POST', '/locations/{locationId}/tasks/search', {}, {}],
  ['GET', '/calendars/groups', { locationId: '{loc}' }],
  ['GET', '/calendars/resources/{resourceType}', { locationId: '{loc}', limit: '10', skip: '0' }, undefined, { resourceType: 'rooms' }],
  ['GET', '/calendars/blocked-slots', { locationId: '{loc}', calendarId: '{calendar}', startTime: '0', endTime: '4102444800000' }],
  ['GET', '/calendars/{calendarId}/notifications', {}, undefined, { calendarId: '{calendar}' }],
  ['GET', '/calendars/appointments/{appointmentId}/notes', { limit: '10', offset: '0' }, undefined, { appointmentId: '{appointment}' }],
  ['GET', '/blogs/site/all', { locationId: '{loc}', skip: '0', limit: '10' }],
  ['GET', '/blogs/authors', { locationId: '{loc}', limit: '10', offset: '0' }],
  ['GET', '/blogs/categories', { locationId: '{loc}', limit: '10', offset: '0' }],
  ['GET', '/blogs/posts/all', { locationId: '{loc}', blogId: '{blog}', limit: '10', offset: '0' }],
  ['GET', '/opportunities/lost-reason', { locationId: '{loc}' }],
  ['GET', '/conversations/search', { locationId: '{loc}' }],
  ['GET', '/conversations/{conversationId}/messages', {}, undefined, { conversationId: '{conversation}' }],
  ['GET', '/locations/search', {}],
  // Single records, and the agency's routes (asked with an agency token).
  ['GET', '/associations/{associationId}', {}, undefined, { associationId: '{association}' }],
  ['GET', '/calendars/resources/{resourceType}/{id}', {}, undefined, { resourceType: 'rooms', id: '{room}' }],
  ['GET', '/conversations/{conversationId}', {}, undefined, { conversationId: '{conversation}' }],
  ['GET', '/conversations/messages/{id}', {}, undefined, { id: '{message}' }],
  ['GET', '/conversations/messages/email/{id}', {}, undefined, { id: '{email}' }],
  ['GET', '/users/{userId}', {}, undefined, { userId: '{user}' }],
  ['GET', '/blogs/posts/url-slug-exists', { locationId: '{loc}', urlSlug: 'any-slug' }],
  ['GET', '/companies/{companyId}', {}, undefined, { companyId: '{company}' }, 'agency'],
  ['GET', '/snapshots/', { companyId: '{company}' }, undefined, {}, 'agency'],
  ['GET', '/oauth/installedLocations', { companyId: '{company}', appId: 'sandbox' }, undefined, {}, 'agency'],
  ['GET', '/locations/search', { companyId: '{company}' }, undefined, {}, 'agency'],
  // Custom objects, custom values, location tags.
  ['GET', '/objects/', { locationId: '{loc}' }],
  ['GET', '/objects/{key}', { locationId: '{loc}', fetchProperties: 'true' }, undefined, { key: 'custom_objects.pet' }],
  ['POST', '/objects/{schemaKey}/records/search', {}, { locationId: '{loc}', page: 1, pageLimit: 10, query: '', searchAfter: [] }, { schemaKey: 'custom_objects.pet' }],
  ['GET', '/objects/{schemaKey}/records/{id}', {}, undefined, { schemaKey: 'custom_objects.pet', id: '{objectrecord}' }],
  ['GET', '/locations/{locationId}/customValues', {}],
  ['GET', '/locations/{locationId}/customValues/{id}', {}, undefined, { id: '{customvalue}' }],
  ['GET', '/locations/{locationId}/tags', {}],
  ['GET', '/locations/{locationId}/tags/{tagId}', {}, undefined, { tagId: '{tag}' }],
  // Not listed: GET /associations/ and /associations/relations/{recordId}, whose spec answer is one
  // association (the sandbox answers lists, { associations, total } and { relations, total }).
];

(available ? describe : describe.skip)('sandbox answers carry what the specs require', () => {
  test('every route listed here (lists, records, agency routes) is served, and its demo answer has the required properties', async () => {
    await withSandbox({ rateLimit: false }, async (sb) => {
      const appointment = [...sb.store.appointments.values()][0]!;
      const demo: Record<string, string> = {
        '{loc}': sb.locationId,
        '{calendar}': appointment.calendarId,
        '{appointment}': appointment.id,
        '{blog}': [...sb.ext.blogs.keys()][0]!,
        '{conversation}': [...sb.store.messages.values()][0]!.conversationId,
        '{message}': [...sb.store.messages.values()][0]!.id,
        '{email}': [...sb.store.messages.values()].find((m) => m.messageType === 'TYPE_EMAIL')!.id,
        '{association}': [...sb.ext.associations.keys()][0]!,
        '{room}': [...sb.ext.calendarResources.values()].find((r) => r.resourceType === 'rooms')!.id,
        '{user}': [...sb.store.users.values()].find((u) => u.roles.locationIds.includes(sb.locationId))!.id,
        '{company}': sb.companyId,
        '{objectrecord}': [...sb.ext.objectRecords.keys()][0]!,
        '{customvalue}': [...sb.ext.customValues.keys()][0]!,
        '{tag}': [...sb.ext.locationTags.keys()][0]!,
      };
      const agencyToken = sb.issueAgencyTokens().access_token;
      const fill = (v: string) => v.replace(/\{[a-z]+\}/g, (k) => demo[k] ?? k);
      const problems: string[] = [];
      for (const [method, template, query, body, params, agency] of LIST_REQUESTS) {
        const found = specOperation(method, template);
        expect(found).toBeDefined();
        const { op, file } = found!;
        const filled = Object.entries(params ?? {}).reduce((p, [k, v]) => p.replace(`{${k}}`, fill(v)), template.replace('{locationId}', sb.locationId));
        const res = await call(sb, method, filled, {
          query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, fill(v)])),
          body: body && JSON.parse(fill(JSON.stringify(body))),
          version: String(routes.find((r) => r.method === method && r.path === template)?.version),
          ...(agency ? { token: agencyToken } : {}),
        });
        const responses = (op.responses ?? {}) as Record<string, Json>;
        const schema = ((responses[String(res.status)]?.content as Record<string, Json> | undefined)?.['application/json']?.schema ?? undefined) as Json | undefined;
        if (res.status >= 300) {
          problems.push(`${method} ${template}: ${res.status}`);
          continue;
        }
        // Some answers have no schema in the spec (POST /contacts/search): nothing to check.
        const missing = schema ? missingRequired(schema, file, res.body, '$') : [];
        if (missing.length) problems.push(`${method} ${template}: missing ${missing.slice(0, 5).join(', ')}`);
      }
      expect(problems).toEqual([]);
    });
  });
});

// Runs with or without the specs (a file whose tests are all skipped would also skip its
// afterAll hooks, leaving nock's interception installed for the next file in the worker).
test('every sandbox route is declared once, with a path template and a Version HighLevel uses', () => {
  const keys = routes.map((r) => `${r.method} ${r.path}`);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  expect(routes.filter((r) => !r.path.startsWith('/') || !['2021-07-28', '2021-04-15'].includes(r.version)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
});

if (!available) test.skip(SKIP_MESSAGE, () => undefined);
