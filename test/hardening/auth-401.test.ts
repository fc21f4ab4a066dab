import nock from 'nock';
import { errors, type Bundle, type ZObject } from 'zapier-platform-core';
import app from '../../index';
import { API, appTester, AUTH, intercept, resetNock, run } from '../support/harness';
import { userMessage } from '../support/table';
import { RAW_PLAIN } from '../cases/fixtures';

/** The two kinds of 401 (../shared/ghl-api/FACTS.md) and what each must lead to. */

afterEach(resetNock);
const fail = (e: unknown) => e;
type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
const newContact = (): Fn => (app.triggers as Record<string, { operation: { perform: unknown } }>).newContact!.operation.perform as Fn;

test('the app reads 401s itself: core autoRefresh is off (it turned every 401 into a refresh)', () => {
  expect(app.authentication.oauth2Config.autoRefresh).toBe(false);
});

test('an expired token ("Invalid JWT") is a RefreshAuthError whose message has words (no empty "Error:")', async () => {
  const calls = intercept('GET', '/contacts/c1', { status: 401, body: { statusCode: 401, message: 'Invalid JWT' }, headers: { traceid: 'tr-401' } });
  const err = await run('searches', 'getContact', { contactId: 'c1' }).catch(fail);
  expect(err).toBeInstanceOf(errors.RefreshAuthError);
  expect((err as Error).message.split('\n')[0]).toBe(
    "HighLevel refused the connection's access token for GET /contacts/{contactId} (Invalid JWT) (trace ID tr-401); it has expired or was revoked. Zapier refreshes it and runs the step again.",
  );
  expect(calls).toHaveLength(1);
});

test('a 401 without any body still carries words', async () => {
  intercept('GET', '/contacts/c1', { status: 401, body: '' });
  const err = await run('searches', 'getContact', { contactId: 'c1' }).catch(fail);
  expect(err).toBeInstanceOf(errors.RefreshAuthError);
  expect((err as Error).message).toMatch(/^HighLevel refused the connection's access token for GET \/contacts\/\{contactId\} \(401 Unauthorized\)/);
});

test('a scope 401 names the endpoint and the scope and how to grant it, and refreshes nothing', async () => {
  const calls = intercept('POST', '/contacts/', { status: 401, body: { statusCode: 401, message: 'The token is not authorized for this scope.' } });
  const refresh = nock(API).post('/oauth/token').reply(200, {});
  const err = await run('creates', 'createContact', { firstName: 'Ana', email: 'ana@example.com' }).catch(fail);
  expect(err).not.toBeInstanceOf(errors.RefreshAuthError);
  expect(err).not.toBeInstanceOf(errors.ExpiredAuthError);
  expect(userMessage(err)).toBe(
    'HighLevel refused POST /contacts/: the connection lacks the permission (scope) "contacts.write". Refreshing the token does not help: reconnect HighLevel in Zapier (My Apps > HighLevel > Reconnect) and approve every permission HighLevel asks for; the app asks for this scope when you connect (if HighLevel does not list it, the marketplace app needs the scope added in its HighLevel settings first).',
  );
  expect(calls).toHaveLength(1);
  expect(refresh.isDone()).toBe(false);
});

const AGENCY = { access_token: 'agency-token-401test', refresh_token: 'agency-refresh-401', companyId: 'COMP401', userType: 'Company' };

test('agency: a 401 on a location token re-exchanges that location token once, not the agency token', async () => {
  const calls = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-old-1', expires_in: 86399 } });
  intercept('POST', '/contacts/search', { status: 401, body: { message: 'Invalid JWT' } }, calls);
  intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-new-2', expires_in: 86399 } }, calls);
  intercept('POST', '/contacts/search', { body: { contacts: [RAW_PLAIN] } }, calls);
  const refresh = nock(API).post('/oauth/token').reply(200, {});
  const perform = newContact();
  const out = (await appTester(perform, { authData: AGENCY, inputData: { agencyLocationId: 'L401' }, meta: {} } as unknown as Bundle, true)) as { id: string }[];
  expect(out.map((c) => c.id)).toEqual(['c2']);
  expect(calls.map((c) => `${c.method} ${c.path} ${String(c.headers.authorization)}`)).toEqual([
    'POST /oauth/locationToken Bearer agency-token-401test',
    'POST /contacts/search Bearer location-token-old-1',
    'POST /oauth/locationToken Bearer agency-token-401test',
    'POST /contacts/search Bearer location-token-new-2',
  ]);
  expect(refresh.isDone()).toBe(false);
});

test('agency: a fresh location token refused again is a plain error (no endless re-exchange, no agency refresh)', async () => {
  const calls = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-a-1' } });
  intercept('POST', '/contacts/search', { status: 401, body: { message: 'Invalid JWT' } }, calls);
  intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-b-2' } }, calls);
  intercept('POST', '/contacts/search', { status: 401, body: { message: 'Invalid JWT' } }, calls);
  const perform = newContact();
  const err = await appTester(perform, { authData: AGENCY, inputData: { agencyLocationId: 'L402' }, meta: {} } as unknown as Bundle, true).catch(fail);
  expect(err).not.toBeInstanceOf(errors.RefreshAuthError);
  expect(userMessage(err)).toBe('HighLevel refused a freshly exchanged location token for POST /contacts/search (Invalid JWT). Check that the app is still installed in this sub-account.');
  expect(calls).toHaveLength(4);
});

test('agency: a 401 on the agency token itself (the exchange) is a refresh of the agency connection', async () => {
  intercept('POST', '/oauth/locationToken', { status: 401, body: { message: 'Invalid JWT' } });
  const perform = newContact();
  const err = await appTester(perform, { authData: AGENCY, inputData: { agencyLocationId: 'L403' }, meta: {} } as unknown as Bundle, true).catch(fail);
  expect(err).toBeInstanceOf(errors.RefreshAuthError);
  expect((err as Error).message).toMatch(/^HighLevel refused the connection's access token for POST \/oauth\/locationToken \(Invalid JWT\)/);
});

test('requests outside the shared client get the same 401 handling (middleware), with words', async () => {
  nock(API).get('/custom/outside').reply(401, { message: 'Invalid JWT' });
  const perform = (async (z: ZObject) => z.request({ url: `${API}/custom/outside` })) as unknown as Fn;
  const err = await appTester(perform, { authData: AUTH, inputData: {} } as unknown as Bundle).catch(fail);
  expect(err).toBeInstanceOf(errors.RefreshAuthError);
  expect((err as Error).message).toMatch(/^HighLevel refused the connection's access token for GET \/custom\/outside \(Invalid JWT\)/);
});
