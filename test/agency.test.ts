import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../index';
import { appTester, intercept, resetNock, run } from './support/harness';
import { userMessage } from './support/table';
import { RAW_PLAIN } from './cases/fixtures';

afterEach(resetNock);

type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
const oauth = app.authentication.oauth2Config;
const AGENCY = { access_token: 'agency-token-123', refresh_token: 'agency-refresh', companyId: 'COMP9', userType: 'Company' };
const asAgency = (kind: 'triggers' | 'creates' | 'searches', key: string, inputData: Record<string, unknown>) =>
  run(kind, key, inputData, { authData: AGENCY } as Partial<Bundle>);
const fail = (e: unknown) => e;

test('code exchange as an agency sends user_type=Company and keeps the company', async () => {
  const calls = intercept('POST', '/oauth/token', { body: { access_token: 'a', refresh_token: 'r', userType: 'Company', companyId: 'COMP9' } });
  const out = await appTester(oauth.getAccessToken as unknown as Fn, { inputData: { code: 'c', redirect_uri: 'https://z/r', connectAs: 'Company' } } as unknown as Bundle);
  expect(out).toEqual({ access_token: 'a', refresh_token: 'r', companyId: 'COMP9', userType: 'Company' });
  expect(new URLSearchParams(String(calls[0]!.body)).get('user_type')).toBe('Company');
});

test('refresh keeps the agency user type', async () => {
  const calls = intercept('POST', '/oauth/token', { body: { access_token: 'a2', refresh_token: 'r2', userType: 'Company', companyId: 'COMP9' } });
  await appTester(oauth.refreshAccessToken as unknown as Fn, { authData: AGENCY } as unknown as Bundle);
  expect(new URLSearchParams(String(calls[0]!.body)).get('user_type')).toBe('Company');
});

test('agency test call reads the company; the label says it is an agency', async () => {
  const calls = intercept('GET', '/companies/COMP9', { body: { company: { id: 'COMP9', name: 'Sunrise Marketing' } } });
  const result = await appTester(app.authentication.test as unknown as Fn, { authData: AGENCY } as unknown as Bundle);
  expect(result).toEqual({ id: 'COMP9', name: 'Sunrise Marketing', kind: 'Agency' });
  expect(calls[0]!.headers.authorization).toBe('Bearer agency-token-123');
  expect(await appTester(app.authentication.connectionLabel as unknown as Fn, { authData: AGENCY, inputData: result } as unknown as Bundle)).toBe('Agency: Sunrise Marketing');
});

test('a location step on an agency connection exchanges the agency token for a location token once, and uses it', async () => {
  const calls = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-L2', expires_in: 86399, locationId: 'L2' } });
  intercept('POST', '/contacts/search', { body: { contacts: [RAW_PLAIN] } }, calls);
  const out = (await asAgency('triggers', 'newContact', { agencyLocationId: 'L2' })) as { id: string }[];
  expect(out.map((c) => c.id)).toEqual(['c2']);
  const [exchange, search] = calls;
  expect(Object.fromEntries(new URLSearchParams(String(exchange!.body)))).toEqual({ companyId: 'COMP9', locationId: 'L2' });
  expect(exchange!.headers).toMatchObject({ authorization: 'Bearer agency-token-123', version: '2021-07-28', 'content-type': 'application/x-www-form-urlencoded' });
  expect(search!.headers.authorization).toBe('Bearer location-token-L2');
  expect((search!.body as { locationId: string }).locationId).toBe('L2');
});

test('two requests in one agency step share one location token', async () => {
  const calls = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-L2' } });
  intercept('POST', '/contacts/search', { body: { contacts: [{ ...RAW_PLAIN, customFields: [{ id: 'cf1', value: 'x' }] }] } }, calls);
  intercept('GET', '/locations/L2/customFields', { body: { customFields: [{ id: 'cf1', name: 'Tier', fieldKey: 'contact.tier' }] } }, calls);
  const out = (await asAgency('triggers', 'newContact', { agencyLocationId: 'L2' })) as Record<string, unknown>[];
  expect(out[0]!.custom_tier).toBe('x');
  expect(calls.map((c) => `${c.method} ${c.path} ${String(c.headers.authorization)}`)).toEqual([
    'POST /oauth/locationToken Bearer agency-token-123',
    'POST /contacts/search Bearer location-token-L2',
    'GET /locations/L2/customFields Bearer location-token-L2',
  ]);
});

test('an agency step without a location is refused before any request', async () => {
  const err = await asAgency('creates', 'createContactNote', { contactId: 'c1', body: 'hi' }).catch(fail);
  expect(userMessage(err)).toMatch(/"Location" \(agencyLocationId\) is required on an agency connection/);
});

test('agency connections get a Location dropdown on location operations; sub-accounts do not', async () => {
  const fields = app.creates.createContactNote!.operation.inputFields as unknown[];
  const dyn = fields[0] as Fn;
  expect(await appTester(dyn, { authData: AGENCY, inputData: {} } as unknown as Bundle)).toEqual([
    expect.objectContaining({ key: 'agencyLocationId', label: 'Location', required: true, dynamic: 'locationDropdown.id.name' }),
  ]);
  expect(await appTester(dyn, { authData: { userType: 'Location', locationId: 'L1' }, inputData: {} } as unknown as Bundle)).toEqual([]);
});

test('the Location dropdown lists the locations where the app is installed', async () => {
  process.env.HIGHLEVEL_APP_ID = 'APP77';
  try {
    const calls = intercept('GET', '/oauth/installedLocations', { body: { locations: [{ _id: 'L2', name: 'Sunrise Dental - Austin', address: '47 W 13th St' }], count: 1 } });
    const out = await asAgency('triggers', 'locationDropdown', {});
    expect(out).toEqual([{ id: 'L2', name: 'Sunrise Dental - Austin (47 W 13th St)' }]);
    expect(calls[0]!.query).toEqual({ companyId: 'COMP9', appId: 'APP77', isInstalled: 'true', limit: '100', skip: '0' });
    expect(calls[0]!.headers.authorization).toBe('Bearer agency-token-123');
  } finally {
    delete process.env.HIGHLEVEL_APP_ID;
  }
});

test('the Location dropdown on a sub-account connection says it needs an agency connection', async () => {
  const err = await run('triggers', 'locationDropdown', {}).catch(fail);
  expect(userMessage(err)).toMatch(/works only on an agency \(company\) connection/);
});

test('"either" operations run with the agency token itself: List Locations lists all the agency\'s locations', async () => {
  const calls = intercept('GET', '/locations/search', { body: { locations: [{ id: 'L1', name: 'Austin' }, { id: 'L2', name: 'Dallas' }] } });
  const out = (await asAgency('triggers', 'listLocations', {})) as { id: string }[];
  expect(out.map((l) => l.id)).toEqual(['L1', 'L2']);
  expect(calls).toHaveLength(1); // no location-token exchange
  expect(calls[0]!.headers.authorization).toBe('Bearer agency-token-123');
  expect(calls[0]!.query.companyId).toBe('COMP9');
});

test('Find Location by ID on an agency connection needs the location, and uses the agency token', async () => {
  expect(userMessage(await asAgency('searches', 'findLocation', {}).catch(fail))).toMatch(/"Location" \(locationId\) is required on an agency connection/);
  const calls = intercept('GET', '/locations/L2', { body: { location: { id: 'L2', name: 'Dallas' } } });
  const out = (await asAgency('searches', 'findLocation', { locationId: 'L2' })) as { id: string }[];
  expect(out[0]!.id).toBe('L2');
  expect(calls[0]!.headers.authorization).toBe('Bearer agency-token-123');
});

test('"either" operations show no Location dropdown on an agency connection', async () => {
  const fields = app.triggers.listLocations!.operation.inputFields as unknown[];
  expect(fields.filter((f) => typeof f === 'function')).toEqual([]);
});

test('users are managed agency-wide: Search Users runs with the agency token, for the whole company', async () => {
  const calls = intercept('GET', '/users/search', { body: { users: [{ id: 'U1', name: 'Sam Lee', email: 'sam@example.com' }], count: 1 } });
  const out = (await asAgency('triggers', 'searchUsers', {})) as { id: string }[];
  expect(out.map((u) => u.id)).toEqual(['U1']);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.headers.authorization).toBe('Bearer agency-token-123');
  expect(calls[0]!.query.companyId).toBe('COMP9');
  expect(calls[0]!.query.locationId).toBeUndefined();
});
