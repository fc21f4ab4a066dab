import { errors, type Bundle, type ZObject } from 'zapier-platform-core';
import app from '../index';
import { requiredScopes } from '../src/endpoint';
import { appTester, AUTH, intercept, resetNock, run } from './support/harness';
import { userMessage } from './support/table';

afterEach(resetNock);

type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
const oauth = app.authentication.oauth2Config;
/** Each call starts with an empty z.cache (a refresh leaves a hand-over entry for concurrent runs). */
const call = (fn: unknown, bundle: Record<string, unknown>) => appTester(fn as Fn, bundle as unknown as Bundle, true);

const TOKEN_REPLY = {
  access_token: 'new-access-token',
  token_type: 'Bearer',
  expires_in: 86399,
  refresh_token: 'rotated-refresh-token',
  scope: 'contacts.readonly',
  userType: 'Location',
  locationId: 'LOC123',
  companyId: 'COMP9',
  userId: 'U1',
};

test('authorize URL: chooselocation with client id, redirect, state and the derived space-separated scopes', async () => {
  const url = new URL(String(await call(oauth.authorizeUrl, { inputData: { redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1CLIAPI/', state: 'st4te' } })));
  expect(`${url.origin}${url.pathname}`).toBe('https://marketplace.gohighlevel.com/v2/oauth/chooselocation');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    response_type: 'code',
    client_id: 'test-client-id',
    redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1CLIAPI/',
    state: 'st4te',
    scope: requiredScopes().join(' '),
  });
});

test('scopes: a sub-account asks for what location endpoints need, an agency also for its own', () => {
  const location = requiredScopes('location');
  const agency = requiredScopes('agency');
  expect(location).toEqual(expect.arrayContaining(['contacts.readonly', 'contacts.write', 'locations.readonly', 'locations/customFields.readonly', 'users.readonly']));
  expect(location).not.toEqual(expect.arrayContaining(['oauth.write']));
  expect(location.filter((s) => ['oauth.readonly', 'oauth.write', 'companies.readonly'].includes(s))).toEqual([]);
  expect(agency).toEqual(expect.arrayContaining([...location, 'oauth.readonly', 'oauth.write', 'companies.readonly']));
  expect([...location].sort()).toEqual(location);
});

test('authorize URL of an agency connection asks for the agency scopes', async () => {
  const url = new URL(String(await call(oauth.authorizeUrl, { inputData: { redirect_uri: 'https://zapier.com/r', state: 's', connectAs: 'Company' } })));
  expect(url.searchParams.get('scope')).toBe(requiredScopes('agency').join(' '));
});

test('code exchange: form-encoded, no bearer token or Version header, keeps location, company and user type', async () => {
  const calls = intercept('POST', '/oauth/token', { body: TOKEN_REPLY });
  const out = await call(oauth.getAccessToken, { inputData: { code: 'the-code', redirect_uri: 'https://zapier.com/return' } });
  expect(out).toEqual({
    access_token: 'new-access-token',
    refresh_token: 'rotated-refresh-token',
    locationId: 'LOC123',
    companyId: 'COMP9',
    userType: 'Location',
    userId: 'U1',
  });
  const req = calls[0]!;
  expect(Object.fromEntries(new URLSearchParams(String(req.body)))).toEqual({
    client_id: 'test-client-id',
    client_secret: 'test-client-secret-value',
    grant_type: 'authorization_code',
    code: 'the-code',
    redirect_uri: 'https://zapier.com/return',
    user_type: 'Location',
  });
  expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(req.headers.authorization).toBeUndefined();
  expect(req.headers.version).toBeUndefined();
});

test('refresh: sends the single-use refresh token and returns the rotated one', async () => {
  const calls = intercept('POST', '/oauth/token', { body: { ...TOKEN_REPLY, userId: undefined } });
  const out = await call(oauth.refreshAccessToken, { authData: { ...AUTH, userId: 'U1' } });
  expect(out).toEqual({
    access_token: 'new-access-token',
    refresh_token: 'rotated-refresh-token',
    locationId: 'LOC123',
    companyId: 'COMP9',
    userType: 'Location',
    userId: 'U1',
  });
  expect(Object.fromEntries(new URLSearchParams(String(calls[0]!.body)))).toEqual({
    client_id: 'test-client-id',
    client_secret: 'test-client-secret-value',
    grant_type: 'refresh_token',
    refresh_token: 'test-refresh-token-xyz',
    user_type: 'Location',
  });
  expect(calls[0]!.headers.authorization).toBeUndefined();
});

test('a refused refresh (invalid_grant) asks the user to reconnect, without secrets', async () => {
  intercept('POST', '/oauth/token', { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' } });
  const err = await call(oauth.refreshAccessToken, { authData: AUTH }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(errors.ExpiredAuthError);
  const msg = (err as Error).message;
  expect(msg.split('\n')[0]).toBe(
    "HighLevel no longer accepts this connection's refresh token (Invalid grant: refresh token is invalid). HighLevel's refresh tokens are single-use: each refresh replaces the token, so one that was already used, or a connection removed or uninstalled in HighLevel, cannot be refreshed. Reconnect your HighLevel account.",
  );
  for (const secret of ['test-client-secret-value', 'test-refresh-token-xyz', 'test-access-token-abc']) expect(msg).not.toContain(secret);
});

test('a refresh without a refresh token (a pasted access token, `authData_refresh_token=` in .env) fails in readable words', async () => {
  // The empty token and the grant type's value are not secrets: scrubbing them put "[redacted]"
  // between every letter of the message ("[[redacted]r[redacted]e[redacted]d...").
  intercept('POST', '/oauth/token', { status: 400, body: { error: 'invalid_request', error_description: 'refresh_token is required for grant_type=refresh_token' } });
  const err = await call(oauth.refreshAccessToken, { authData: { ...AUTH, refresh_token: '' } }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(errors.ExpiredAuthError);
  expect((err as Error).message.split('\n')[0]).toBe(
    'HighLevel would not refresh the connection (refresh_token is required for grant_type=refresh_token). Reconnect your HighLevel account.',
  );
});

test('a 401 from the token endpoint is an expired connection, not a refresh loop', async () => {
  intercept('POST', '/oauth/token', { status: 401, body: { error: 'unauthorized' } });
  await expect(call(oauth.refreshAccessToken, { authData: AUTH })).rejects.toBeInstanceOf(errors.ExpiredAuthError);
});

test('expired token: the step fails with RefreshAuthError, refresh rotates, the re-run succeeds with the new token', async () => {
  const first = intercept('GET', '/contacts/c1', { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } });
  await expect(run('searches', 'getContact', { contactId: 'c1' })).rejects.toBeInstanceOf(errors.RefreshAuthError);
  expect(first[0]!.headers.authorization).toBe('Bearer test-access-token-abc');

  intercept('POST', '/oauth/token', { body: TOKEN_REPLY });
  const fresh = (await call(oauth.refreshAccessToken, { authData: AUTH })) as Record<string, string>;

  const second = intercept('GET', '/contacts/c1', { body: { contact: { id: 'c1' } } });
  const perform = app.searches.getContact!.operation.perform as unknown as Fn;
  const out = (await appTester(perform, { authData: { ...AUTH, ...fresh }, inputData: { contactId: 'c1' } } as unknown as Bundle)) as { id: string }[];
  expect(out[0]!.id).toBe('c1');
  expect(second[0]!.headers.authorization).toBe('Bearer new-access-token');
});

test('test call reads the location; the connection label is its name', async () => {
  const calls = intercept('GET', '/locations/LOC123', { body: { location: { id: 'LOC123', name: 'Delgado Dental - Austin', companyId: 'COMP9', timezone: 'America/Chicago' } } });
  const result = await call(app.authentication.test, { authData: AUTH });
  expect(result).toEqual({ id: 'LOC123', name: 'Delgado Dental - Austin', kind: 'Sub-account', companyId: 'COMP9', timezone: 'America/Chicago' });
  expect(calls[0]!.headers.version).toBe('2021-07-28');
  expect(calls[0]!.headers.authorization).toBe('Bearer test-access-token-abc');
  expect(await call(app.authentication.connectionLabel, { authData: AUTH, inputData: result })).toBe('Sub-account: Delgado Dental - Austin');
});

test('a connection without a location says how to fix it, before any request', async () => {
  const err = await call(app.authentication.test, { authData: { access_token: 'x' } }).catch((e: unknown) => e);
  expect(userMessage(err)).toMatch(/not tied to a sub-account \(location\)\. Reconnect and choose a sub-account/);
});

test('missing CLIENT_SECRET is a clear configuration error', async () => {
  const saved = process.env.CLIENT_SECRET;
  delete process.env.CLIENT_SECRET;
  try {
    const err = await call(oauth.getAccessToken, { inputData: { code: 'c' } }).catch((e: unknown) => e);
    expect(userMessage(err)).toMatch(/missing CLIENT_ID or CLIENT_SECRET/);
  } finally {
    process.env.CLIENT_SECRET = saved;
  }
});

test('HIGHLEVEL_API_BASE_URL points every call at another server (a local sandbox)', async () => {
  process.env.HIGHLEVEL_API_BASE_URL = 'http://127.0.0.1:4010/';
  try {
    const nock = (await import('nock')).default;
    const scope = nock('http://127.0.0.1:4010').post('/oauth/token').reply(200, TOKEN_REPLY).get('/locations/LOC123').reply(200, { location: { id: 'LOC123', name: 'Local' } });
    await call(oauth.getAccessToken, { inputData: { code: 'c' } });
    await call(app.authentication.test, { authData: AUTH });
    expect(scope.isDone()).toBe(true);
  } finally {
    delete process.env.HIGHLEVEL_API_BASE_URL;
  }
});
