import fs from 'node:fs';
import path from 'node:path';
import app from '../index';
import { declaredEndpoints, pathParams } from '../src/endpoint';
import { endpointOf } from '../src/operation';
import { findByTemplate, SKIP_MESSAGE, SPEC_DIR, specAvailable, specScopes, specVersion } from './support/spec';

/**
 * Static conformance of every declared endpoint, and of every catalog operation's mapping,
 * against ../shared (HighLevel's specs and the catalog). Per-request conformance runs inside
 * the request tables (test/support/table.ts).
 */
const CATALOG = path.resolve(SPEC_DIR, '../catalog/operations.json');
const d = specAvailable ? describe : describe.skip;
if (!specAvailable) test.skip(SKIP_MESSAGE, () => undefined);

/** Scopes the spec leaves out, decided from the catalog's mapping report (see each endpoint's module). */
const INFERRED_SCOPES: Record<string, string[]> = {
  'POST /contacts/bulk/tags/update/{type}': ['contacts.write'],
  'POST /contacts/bulk/business': ['contacts.write'], // no security block in the spec; catalog/mapping report: contacts.write
  'GET /snapshots/': ['snapshots.readonly'], // spec: Agency-Access with no scope; docs/oauth/Scopes.md (catalog)
  'POST /snapshots/share/link': ['snapshots.write'], // spec: Agency-Access with no scope; HighLevel's scope list (src/records/snapshot.ts)
  'GET /snapshots/snapshot-status/{snapshotId}/location/{locationId}': ['snapshots.readonly'], // same
  'GET /conversations/messages/email/{id}': ['conversations/message.readonly'], // v2 spec has no security; the v3 spec's scope (catalog)
  // Custom object records, custom values and tags: the spec's security names no scope; docs/oauth/Scopes.md does.
  'GET /objects/{schemaKey}/records/{id}': ['objects/record.readonly'],
  'PUT /objects/{schemaKey}/records/{id}': ['objects/record.write'],
  'DELETE /objects/{schemaKey}/records/{id}': ['objects/record.write'],
  'GET /locations/{locationId}/customValues/{id}': ['locations/customValues.readonly'],
  'PUT /locations/{locationId}/customValues/{id}': ['locations/customValues.write'],
  'DELETE /locations/{locationId}/customValues/{id}': ['locations/customValues.write'],
  'GET /locations/{locationId}/tags/{tagId}': ['locations/tags.readonly'],
  'PUT /locations/{locationId}/tags/{tagId}': ['locations/tags.write'],
  'DELETE /locations/{locationId}/tags/{tagId}': ['locations/tags.write'],
  'DELETE /conversations/messages/email/{emailMessageId}/schedule': ['conversations/message.write'], // no security in the spec; its sibling's scope (src/records/sent-message.ts)
  'POST /medias/{id}': ['medias.write'], // Location-Access with no scope listed; the other media writes' scope (src/records/media.ts)
  'POST /medias/folder': ['medias.write'], // Location-Access with no scope listed; the other media writes' scope (src/records/media.ts)
  'DELETE /emails/builder/{locationId}/{templateId}': ['emails/builder.write'], // Location-Access with no scope listed; the template writes' scope (src/records/email-template.ts)
  'GET /links/id/{linkId}': ['links.readonly'], // spec: bearer with no scope; reads what GET /links/ (links.readonly) lists (src/records/trigger-link.ts)
  'GET /links/search': ['links.readonly'], // same
  'GET /funnels/funnel/list': ['funnels/funnel.readonly'], // Location-Access with no scope listed; docs/oauth/Scopes.md (src/records/funnel.ts)
  'GET /funnels/page': ['funnels/page.readonly'], // same
  // Documents & contracts: no scope in the spec nor in docs/oauth/Scopes.md; HighLevel's marketplace scope list (src/records/document.ts).
  'GET /proposals/document': ['documents_contracts/list.readonly'],
  'POST /proposals/document/send': ['documents_contracts/sendLink.write'],
  'GET /proposals/templates': ['documents_contracts_template/list.readonly'],
  'POST /proposals/templates/send': ['documents_contracts_template/sendLink.write'],
  // Social Planner: the spec's security names no scope; docs/oauth/Scopes.md does (src/records/social-post.ts, social-planner.ts).
  'GET /social-media-posting/{locationId}/posts/{id}': ['socialplanner/post.readonly'],
  'PUT /social-media-posting/{locationId}/posts/{id}': ['socialplanner/post.write'],
  'DELETE /social-media-posting/{locationId}/posts/{id}': ['socialplanner/post.write'],
  'POST /social-media-posting/{locationId}/posts/bulk-delete': ['socialplanner/csv.write'],
  'DELETE /social-media-posting/{locationId}/accounts/{id}': ['socialplanner/account.write'],
  'GET /social-media-posting/{locationId}/categories/{id}': ['socialplanner/category.readonly'],
  'GET /social-media-posting/{locationId}/tags': ['socialplanner/tag.readonly'],
  // Neither the spec nor Scopes.md names one: the accounts' read scope (searches/social/get-social-media-statistics.ts).
  'POST /social-media-posting/statistics': ['socialplanner/account.readonly'],
  'PATCH /invoices/{invoiceId}/late-fees-configuration': ['invoices.write'], // Location-Access with no scope listed; the invoice writes' scope (creates/invoices/update-invoice-late-fees.ts)
};

/** Versions the spec leaves out (no Version header parameter), as the catalog infers them (see each endpoint's module). */
const INFERRED_VERSIONS: Record<string, string> = {
  'GET /conversations/messages/email/{id}': '2021-04-15', // v2 spec declares no Version; every other conversations endpoint uses 2021-04-15 (catalog)
  'DELETE /conversations/messages/email/{emailMessageId}/schedule': '2021-04-15', // no Version in the spec; its sibling's (src/records/sent-message.ts)
  'GET /funnels/funnel/list': '2021-07-28', // no Version in the spec; the other funnels endpoints' (src/records/funnel.ts)
  'GET /funnels/page': '2021-07-28', // same
};

// Runs with or without the specs (a file whose tests are all skipped would also skip its
// afterAll hooks, leaving nock's interception installed for the next file in the worker).
test('every endpoint record is well-formed: a path, a Version the API knows, at least one scope', () => {
  const bad = declaredEndpoints().filter(
    (e) => !e.path.startsWith('/') || !['2021-07-28', '2021-04-15'].includes(e.version) || e.scopes.length === 0 || e.scopes.some((s) => !/^[a-z_]+(\/[a-zA-Z-]+)?\.(readonly|write|collectPayment)$/.test(s)),
  );
  expect(bad).toEqual([]);
  expect(new Set(declaredEndpoints().map((e) => `${e.method} ${e.path}`)).size).toBe(declaredEndpoints().length);
});

d('endpoints against the official spec', () => {
  test.each(declaredEndpoints().map((e) => [`${e.method} ${e.path}`, e] as const))('%s', (name, ep) => {
    const op = findByTemplate(ep.method, ep.path);
    expect(op).toBeDefined();
    expect(ep.version).toBe(specVersion(op!) ?? INFERRED_VERSIONS[name]);
    const scopes = specScopes(op!);
    expect(ep.scopes).toEqual(scopes.length ? [...new Set(scopes)] : INFERRED_SCOPES[name]);
  });
});

interface CatalogEntry {
  label: string;
  category: string;
  catalogKind: 'trigger' | 'action';
  method: string;
  path: string;
  version: string;
  scopes: string[];
  requiredPathParams: string[];
}

/**
 * The catalog's label, in Zapier's title case (check D018 capitalizes every word: "Remove Tags
 * From Contact"); ../shared/tools/catalog-coverage.js matches labels case-insensitively too.
 */
const sameLabel = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

d('catalog operations use the catalog\'s endpoint', () => {
  const catalog = (fs.existsSync(CATALOG) ? JSON.parse(fs.readFileSync(CATALOG, 'utf8')) : []) as CatalogEntry[];
  const ops = (['triggers', 'creates', 'searches'] as const).flatMap((k) =>
    Object.values(app[k] as Record<string, { display: { label: string; hidden?: boolean } }>).map((op) => ({ kind: k, op })),
  );
  const implemented = catalog.filter((c) => ops.some(({ op }) => sameLabel(op.display.label, c.label)));
  test('a category once started is complete: every one of its catalog entries is implemented under its exact label', () => {
    const started = new Set(implemented.map((c) => c.category));
    expect(started.has('Contacts')).toBe(true);
    const missing = catalog.filter((c) => started.has(c.category) && !implemented.some((i) => sameLabel(i.label, c.label)));
    expect(missing.map((c) => `${c.category}: ${c.label}`)).toEqual([]);
  });
  test.each(implemented.map((c) => [c.label, c] as const))('%s', (_l, c) => {
    const kinds = c.catalogKind === 'trigger' ? ['triggers'] : ['creates', 'searches'];
    const matches = ops.filter(({ kind, op }) => kinds.includes(kind) && sameLabel(op.display.label, c.label) && !op.display.hidden);
    expect(matches).toHaveLength(1);
    const ep = endpointOf(matches[0]!.op)!;
    expect({ method: ep.method, path: ep.path, version: ep.version, scopes: ep.scopes, params: pathParams(ep.path) }).toEqual({
      method: c.method,
      path: c.path,
      version: c.version,
      scopes: c.scopes,
      params: c.requiredPathParams,
    });
  });
});
