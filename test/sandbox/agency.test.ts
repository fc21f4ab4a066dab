import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../../sandbox';
import { DEMO_SECOND_LOCATION_ID } from '../../sandbox/demo-ext';
import { call, withSandbox, type Json } from './support';

/**
 * Agency connections over HTTP: a Company token from the OAuth flow (user_type=Company), the
 * locations where the app is installed, the location-token exchange (form-encoded, Version
 * 2021-07-28) giving a token that works on that location's routes, and which token each kind of
 * route takes.
 */

const client = { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' };
const form = (sb: Parameters<Parameters<typeof withSandbox>[1]>[0], token: string, body: Record<string, string>) =>
  call(sb, 'POST', '/oauth/locationToken', { token, form: body });

test('user_type=Company: an agency token without a location; a refresh keeps it an agency token', async () => {
  await withSandbox({}, async (sb) => {
    const res = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'authorization_code', code: 'c', user_type: 'Company' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', userType: 'Company', companyId: sb.companyId });
    expect(res.body.locationId).toBeUndefined();
    expect(String(res.body.scope).split(' ')).toEqual(expect.arrayContaining(['oauth.readonly', 'oauth.write', 'companies.readonly']));
    const refreshed = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'refresh_token', refresh_token: String(res.body.refresh_token), user_type: 'Company' } });
    expect(refreshed.body).toMatchObject({ userType: 'Company', companyId: sb.companyId });
    const company = await call(sb, 'GET', `/companies/${sb.companyId}`, { token: String(refreshed.body.access_token) });
    expect(company.status).toBe(200);
    expect((company.body.company as Json).name).toBe('Sunrise Dental Group');
    const bad = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'authorization_code', code: 'c', user_type: 'Agency' } });
    expect(bad.body).toMatchObject({ error: 'invalid_request', error_description: 'user_type must be Location or Company' });
  });
});

test('installed locations, then a location token that works on that location only', async () => {
  await withSandbox({}, async (sb) => {
    const agency = sb.issueAgencyTokens().access_token;
    const installed = await call<{ locations: Json[]; count: number }>(sb, 'GET', '/oauth/installedLocations', { token: agency, query: { companyId: sb.companyId, appId: 'sandbox', isInstalled: true } });
    expect(installed.status).toBe(200);
    expect(installed.body.count).toBe(2);
    expect(installed.body.locations.map((l) => [l._id, l.name, l.isInstalled])).toEqual([
      [sb.locationId, 'Sunrise Dental - Austin', true],
      [DEMO_SECOND_LOCATION_ID, 'Sunrise Dental - Round Rock', true],
    ]);
    expect((await call(sb, 'GET', '/oauth/installedLocations', { token: agency, query: { companyId: sb.companyId } })).body.message).toEqual(['appId should not be empty']);

    const exchange = await form(sb, agency, { companyId: sb.companyId, locationId: DEMO_SECOND_LOCATION_ID });
    expect(exchange.status).toBe(200);
    expect(exchange.body).toMatchObject({ token_type: 'Bearer', userType: 'Location', locationId: DEMO_SECOND_LOCATION_ID, companyId: sb.companyId });
    const token = String(exchange.body.access_token);
    const created = await call<{ contact: Json }>(sb, 'POST', '/contacts/', { token, body: { locationId: DEMO_SECOND_LOCATION_ID, firstName: 'Rita', email: 'rita@example.com' } });
    expect(created.status).toBe(201);
    expect(sb.store.contacts.get(String(created.body.contact.id))?.locationId).toBe(DEMO_SECOND_LOCATION_ID);
    expect((await call(sb, 'POST', '/contacts/', { token, body: { locationId: sb.locationId, firstName: 'X' } })).status).toBe(403);

    // The exchange: form-encoded fields required, Version 2021-07-28, the company's own locations.
    expect((await form(sb, agency, { companyId: sb.companyId })).body.message).toEqual(['locationId should not be empty']);
    expect((await call(sb, 'POST', '/oauth/locationToken', { token: agency, version: '2021-04-15', form: { companyId: sb.companyId, locationId: sb.locationId } })).status).toBe(400);
    expect((await form(sb, agency, { companyId: sb.companyId, locationId: 'elsewhere' })).body.message).toBe('Location not found for this company');
    expect((await form(sb, agency, { companyId: 'other_company', locationId: sb.locationId })).status).toBe(403);
  });
});

test('each route takes its kind of token, and says which it needs', async () => {
  await withSandbox({}, async (sb) => {
    const agency = sb.issueAgencyTokens().access_token;
    const onLocationRoute = await call(sb, 'GET', '/contacts/', { token: agency, query: { locationId: sb.locationId } });
    expect(onLocationRoute.status).toBe(403);
    expect(onLocationRoute.body.message).toBe('This route needs a Location token; an agency (Company) token was sent (exchange it at POST /oauth/locationToken).');
    const onAgencyRoute = await call(sb, 'GET', '/snapshots/', { query: { companyId: sb.companyId } });
    expect(onAgencyRoute.status).toBe(403);
    expect(onAgencyRoute.body.message).toBe('This route needs an agency (Company) token; a Location token was sent.');
    // Either token: a Location token sees its location, the agency all of the company's.
    const mine = await call<{ locations: Json[] }>(sb, 'GET', '/locations/search', {});
    expect(mine.body.locations.map((l) => l.id)).toEqual([sb.locationId]);
    const all = await call<{ locations: Json[] }>(sb, 'GET', '/locations/search', { token: agency, query: { companyId: sb.companyId } });
    expect(all.body.locations.map((l) => l.id)).toEqual([sb.locationId, DEMO_SECOND_LOCATION_ID]);
    expect((await call(sb, 'GET', `/locations/${DEMO_SECOND_LOCATION_ID}`, { token: agency })).status).toBe(200);
    expect((await call(sb, 'GET', `/locations/${DEMO_SECOND_LOCATION_ID}`, {})).status).toBe(403);
  });
});

test('agency writes: a new location gets the app installed; users are created, changed and deleted company-wide', async () => {
  await withSandbox({}, async (sb) => {
    const agency = sb.issueAgencyTokens().access_token;
    expect((await call(sb, 'POST', '/locations/', { token: agency, body: { companyId: sb.companyId } })).body.message).toEqual(['name should not be empty']);
    const made = await call<Json>(sb, 'POST', '/locations/', { token: agency, body: { name: 'Sunrise Dental - Cedar Park', companyId: sb.companyId, city: 'Cedar Park', state: 'TX' } });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ name: 'Sunrise Dental - Cedar Park', companyId: sb.companyId, city: 'Cedar Park' });
    const installed = await call<{ count: number }>(sb, 'GET', '/oauth/installedLocations', { token: agency, query: { companyId: sb.companyId, appId: 'sandbox' } });
    expect(installed.body.count).toBe(3);

    const user = { companyId: sb.companyId, firstName: 'Lee', lastName: 'Nguyen', email: 'lee@example.com', password: 'pw-12345678', type: 'account', role: 'user', locationIds: [String(made.body.id)] };
    const created = await call<Json>(sb, 'POST', '/users/', { token: agency, body: user });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Lee Nguyen', roles: { type: 'account', role: 'user', locationIds: [made.body.id] } });
    expect((await call(sb, 'POST', '/users/', { token: agency, body: user })).body.message).toBe('User already exists with this email');
    const id = String(created.body.id);
    // A Location token of another location cannot see the user; the agency can.
    expect((await call(sb, 'GET', `/users/${id}`, {})).status).toBe(403);
    expect((await call<Json>(sb, 'PUT', `/users/${id}`, { token: agency, body: { lastName: 'Tran' } })).body.name).toBe('Lee Tran');
    const found = await call<{ users: Json[]; count: number }>(sb, 'POST', '/users/search/filter-by-email', { token: agency, body: { companyId: sb.companyId, emails: 'lee@example.com, nobody@example.com' } });
    expect(found.body.users.map((u) => u.id)).toEqual([id]);
    const deleted = await call<Json>(sb, 'DELETE', `/users/${id}`, { token: agency });
    expect(deleted.body).toEqual({ succeded: true, message: 'Queued deleting user with e-mail lee@example.com and name Lee Tran. Will take effect in a few minutes.' });
    expect((await call(sb, 'GET', `/users/${id}`, { token: agency })).status).toBe(404);
  });
});

test('persistFile keeps the added records and agency tokens; an older file without them gets the company and installs', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-sandbox-agency-'));
  try {
    const file = path.join(dir, 'state.json');
    const first = await startSandbox({ persistFile: file });
    const agency = first.issueAgencyTokens().access_token;
    let groupId = '';
    try {
      const made = await call<{ group: Json }>(first, 'POST', '/calendars/groups', { body: { locationId: first.locationId, name: 'Kept', description: 'Across restarts', slug: 'kept-group' } });
      groupId = String(made.body.group.id);
    } finally {
      await first.stop();
    }
    await withSandbox({ persistFile: file }, async (second) => {
      expect(second.ext.calendarGroups.get(groupId)?.slug).toBe('kept-group');
      expect((await call(second, 'GET', `/companies/${second.companyId}`, { token: agency })).status).toBe(200);
    });

    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete saved.ext;
    fs.writeFileSync(file, JSON.stringify(saved));
    await withSandbox({ persistFile: file }, async (third) => {
      expect([...third.ext.installs.keys()].sort()).toEqual([third.locationId, DEMO_SECOND_LOCATION_ID]);
      expect(third.ext.companies.get(third.companyId)?.name).toBe('Sunrise Dental Group');
      expect(third.ext.calendarGroups.size).toBe(0);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
