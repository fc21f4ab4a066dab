/**
 * The sandbox behaves like HighLevel where HighLevel differs from its specs (sandbox/highlevel-quirks.ts):
 * the contact search's own item shape, the search index's lag, and the scope 401.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allRoutes } from '../../sandbox/server';
import { scopeOf } from '../../sandbox/highlevel-quirks';
import { SandboxStore } from '../../sandbox/store';
import { ExtStore } from '../../sandbox/ext-store';
import { SKIP_MESSAGE, SPEC_DIR, specAvailable } from '../support/spec';
import { call, withSandbox, type Json } from './support';

// HIGHLEVEL_SPEC_DIR names the folder HOLDING apps/*.json (README), as everywhere else.
const APPS_DIR = path.join(SPEC_DIR, 'apps');

test('search shape "real": address for address1, dateOfBirth in epoch ms, some items with lower-case names only; GET /contacts/{id} keeps the spec shape', async () => {
  await withSandbox({ searchShape: 'real' }, async (sb) => {
    const withDob = sb.store.contactsOf(sb.locationId).filter((c) => c.dateOfBirth && c.address1);
    expect(withDob.length).toBeGreaterThan(0);
    const found = await call<{ contacts: Json[] }>(sb, 'POST', '/contacts/search', { body: { locationId: sb.locationId, pageLimit: 100 } });
    expect(found.status).toBe(200);
    for (const c of withDob) {
      const item = found.body.contacts.find((x) => x.id === c.id)!;
      expect(item.address).toBe(c.address1);
      expect(item).not.toHaveProperty('address1');
      expect(item.dateOfBirth).toBe(Date.parse(c.dateOfBirth!));
      expect(item.firstNameLowerCase).toBe(c.firstNameLowerCase);
      const one = await call<{ contact: Json }>(sb, 'GET', `/contacts/${c.id}`);
      expect(one.body.contact).toMatchObject({ address1: c.address1, dateOfBirth: c.dateOfBirth });
    }
    expect(found.body.contacts.some((x) => x.firstName === undefined && typeof x.firstNameLowerCase === 'string')).toBe(true);
  });
});

test('search index lag: a new contact is found only after searchLagMs; a change shows the old version until then', async () => {
  await withSandbox({ searchLagMs: 60_000, searchShape: 'spec' }, async (sb) => {
    const created = await call<{ contact: Json }>(sb, 'POST', '/contacts/', { body: { locationId: sb.locationId, firstName: 'Lagging', email: 'lag@example.com' } });
    const id = String(created.body.contact.id);
    const search = () => call<{ contacts: Json[] }>(sb, 'POST', '/contacts/search', { body: { locationId: sb.locationId, pageLimit: 500, query: 'lag@example.com' } });
    expect((await search()).body.contacts).toEqual([]);
    expect((await call(sb, 'GET', `/contacts/${id}`)).status).toBe(200);
    // A minute later (the record's times moved back by the lag): indexed.
    const c = sb.store.contacts.get(id)!;
    c.dateAdded = c.dateUpdated = new Date(Date.now() - 61_000).toISOString();
    expect((await search()).body.contacts.map((x) => x.id)).toEqual([id]);
    await call(sb, 'PUT', `/contacts/${id}`, { body: { firstName: 'Renamed' } });
    expect((await search()).body.contacts.map((x) => x.firstName)).toEqual(['Lagging']);
  });
});

test('a token without the route\'s scope gets 401 "The token is not authorized for this scope."; one with it passes', async () => {
  await withSandbox({}, async (sb) => {
    const readOnly = sb.issueTokens('contacts.readonly').access_token;
    const read = await call(sb, 'POST', '/contacts/search', { token: readOnly, body: { locationId: sb.locationId, pageLimit: 1 } });
    expect(read.status).toBe(200);
    const write = await call<Json>(sb, 'POST', '/contacts/', { token: readOnly, body: { locationId: sb.locationId, firstName: 'X' } });
    expect(write.status).toBe(401);
    expect(write.body).toMatchObject({ statusCode: 401, message: 'The token is not authorized for this scope.' });
    const orders = await call<Json>(sb, 'GET', '/payments/orders', { token: readOnly, query: { altId: sb.locationId, altType: 'location' } });
    expect(orders.body.message).toBe('The token is not authorized for this scope.');
  });
});

if (!specAvailable) test.skip(SKIP_MESSAGE, () => undefined);
(specAvailable ? test : test.skip)('the scope the sandbox asks of each route is the one its spec declares', () => {
  const ops: { method: string; re: RegExp; scopes: string[] }[] = [];
  for (const f of fs.readdirSync(APPS_DIR).filter((n) => n.endsWith('.json'))) {
    const spec = JSON.parse(fs.readFileSync(path.join(APPS_DIR, f), 'utf8')) as { paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>> };
    for (const [p, methods] of Object.entries(spec.paths)) {
      for (const [m, op] of Object.entries(methods)) {
        ops.push({ method: m.toUpperCase(), re: new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`), scopes: (op.security ?? []).flatMap((s) => Object.values(s).flat()) });
      }
    }
  }
  const wrong: string[] = [];
  let checked = 0;
  for (const r of allRoutes({ store: new SandboxStore(), ext: new ExtStore(), baseUrl: () => '' })) {
    const needed = scopeOf(r.method, r.path);
    const op = ops.find((o) => o.method === r.method && o.re.test(r.path.replace(/\{[^}]+\}/g, 'x')));
    if (!needed || !op || op.scopes.length === 0) continue;
    checked++;
    if (!op.scopes.includes(needed)) wrong.push(`${r.method} ${r.path}: sandbox ${needed}, spec ${op.scopes.join(', ')}`);
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});
