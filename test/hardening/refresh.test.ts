import nock from 'nock';
import { errors, type Bundle, type ZObject } from 'zapier-platform-core';
import app from '../../index';
import { API, appTester, AUTH, intercept, resetNock } from '../support/harness';
import { userMessage } from '../support/table';

/** Token refresh that never strands a connection. */

afterEach(resetNock);
type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
const refresh = app.authentication.oauth2Config.refreshAccessToken as unknown as Fn;
const fail = (e: unknown) => e;
const withToken = (refresh_token: string) => ({ authData: { ...AUTH, refresh_token } }) as unknown as Bundle;
const SECRETS = ['test-client-secret-value', 'test-access-token-abc'];

describe('a transient failure of the token endpoint keeps the connection valid (not ExpiredAuthError, not RefreshAuthError)', () => {
  test.each([
    ['502 HTML page', () => nock(API).post('/oauth/token').reply(502, '<html><body>502 Bad Gateway</body></html>', { 'Content-Type': 'text/html' }), 'HTTP 502'],
    ['503 JSON', () => nock(API).post('/oauth/token').reply(503, { message: 'down' }), 'HTTP 503'],
    ['429', () => nock(API).post('/oauth/token').reply(429, { message: 'slow down' }), 'HTTP 429'],
    ['connection reset', () => nock(API).post('/oauth/token').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })), 'ECONNRESET'],
    ['timeout', () => nock(API).post('/oauth/token').replyWithError(Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' })), 'ETIMEDOUT'],
  ])('%s', async (_n, reply, why) => {
    reply();
    const err = await appTester(refresh, withToken(`rt-transient-${why}`), true).catch(fail);
    expect(err).not.toBeInstanceOf(errors.ExpiredAuthError);
    expect(err).not.toBeInstanceOf(errors.RefreshAuthError);
    expect(userMessage(err)).toBe(`HighLevel's token service could not be reached (${why}). The connection is still valid: the refresh is tried again on the next run.`);
  });
});

test('invalid_client is a reconnect error in plain words, without secrets', async () => {
  intercept('POST', '/oauth/token', { status: 401, body: { error: 'invalid_client', error_description: 'client secret test-client-secret-value is wrong' } });
  const err = await appTester(refresh, withToken('rt-invalid-client'), true).catch(fail);
  expect(err).toBeInstanceOf(errors.ExpiredAuthError);
  const msg = (err as Error).message.split('\n')[0]!;
  expect(msg).toBe(
    "HighLevel did not accept the app's client ID or secret (client secret [redacted] is wrong), so the connection cannot be refreshed. Reconnect your HighLevel account; if that fails too, the app's CLIENT_ID and CLIENT_SECRET need checking.",
  );
  for (const s of [...SECRETS, 'rt-invalid-client']) expect(msg).not.toContain(s);
});

test('a refresh answer without a refresh token keeps the stored one', async () => {
  intercept('POST', '/oauth/token', { body: { access_token: 'new-access-no-rt', expires_in: 86399, userType: 'Location', locationId: 'LOC123' } });
  const out = (await appTester(refresh, withToken('rt-kept-1'), true)) as Record<string, string>;
  expect(out.access_token).toBe('new-access-no-rt');
  expect(out.refresh_token).toBe('rt-kept-1');
});

/** A token endpoint that honours single use, as HighLevel (and the sandbox) do. */
function singleUseTokenEndpoint(alreadyUsed: string[] = []): { used: string[]; sent: string[] } {
  const used: string[] = [...alreadyUsed];
  const sent: string[] = [];
  let n = 0;
  nock(API)
    .persist()
    .post('/oauth/token')
    .reply((_uri, body) => {
      const rt = new URLSearchParams(String(body)).get('refresh_token') ?? '';
      sent.push(rt);
      if (used.includes(rt)) return [400, { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' }];
      used.push(rt);
      n++;
      return [200, { access_token: `access-${n}`, refresh_token: `rotated-${n}`, expires_in: 86399, userType: 'Location', locationId: 'LOC123' }];
    });
  return { used, sent };
}

test('two runs refreshing the same connection at once both end with the winner\'s pair (the loser does not strand it)', async () => {
  const endpoint = singleUseTokenEndpoint();
  const bundleOf = () => withToken('rt-race-original');
  await appTester(async () => null, bundleOf(), true); // start from an empty z.cache
  const [a, b] = (await Promise.all([appTester(refresh, bundleOf()), appTester(refresh, bundleOf())])) as Record<string, string>[];
  expect(endpoint.used).toEqual(['rt-race-original']);
  expect(a).toEqual(b);
  expect(a).toMatchObject({ access_token: 'access-1', refresh_token: 'rotated-1' });
});

test('the hand-over entry is sealed: it names no token and reads as nothing without the old refresh token', async () => {
  singleUseTokenEndpoint(['rt-someone-else']);
  const store: Record<string, unknown> = {};
  const spy = (async (z: ZObject, bundle: Bundle) => {
    const cache = z.cache as unknown as { set: (k: string, v: unknown, ttl: number, scope: string[]) => Promise<unknown> };
    const real = cache.set.bind(cache);
    cache.set = async (k, v, ttl, scope) => {
      store[k] = { v, ttl, scope };
      return real(k, v, ttl, scope);
    };
    return refresh(z, bundle);
  }) as Fn;
  await appTester(spy, withToken('rt-sealed-original'), true);
  const [key, entry] = Object.entries(store)[0]!;
  const { v, ttl, scope } = entry as { v: string; ttl: number; scope: string[] };
  expect(key).toMatch(/^refreshHandover:[0-9a-f]{32}$/);
  expect(scope).toEqual(['auth']);
  expect(ttl).toBe(120);
  for (const s of ['rt-sealed-original', 'access-', 'rotated-']) {
    expect(key).not.toContain(s);
    expect(v).not.toContain(s);
  }
  // A loser holding another refresh token cannot use it: invalid_grant stays a reconnect error.
  const err = await appTester(refresh, withToken('rt-someone-else')).catch(fail);
  expect(err).toBeInstanceOf(errors.ExpiredAuthError);
});

test('invalid_grant with no concurrent winner is the reconnect error that explains single-use refresh tokens', async () => {
  intercept('POST', '/oauth/token', { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' } });
  const err = await appTester(refresh, withToken('rt-dead-1'), true).catch(fail);
  expect(err).toBeInstanceOf(errors.ExpiredAuthError);
  expect((err as Error).message).toMatch(/HighLevel's refresh tokens are single-use/);
});

test('a refused code exchange never shows the authorization code or the client secret, even when echoed', async () => {
  intercept('POST', '/oauth/token', { status: 400, body: { error: 'invalid_request', error_description: 'code auth-code-echoed-123 invalid for client_secret=test-client-secret-value' } });
  const getAccessToken = app.authentication.oauth2Config.getAccessToken as unknown as Fn;
  const err = await appTester(getAccessToken, { inputData: { code: 'auth-code-echoed-123', redirect_uri: 'https://zapier.com/r' } } as unknown as Bundle, true).catch(fail);
  expect(userMessage(err)).toBe('HighLevel would not grant access (code [redacted] invalid for client_secret=[redacted]).');
});

test('a run whose refresh starts after another run\'s finished takes the hand-over and sends no token request', async () => {
  const endpoint = singleUseTokenEndpoint();
  const first = (await appTester(refresh, withToken('rt-late-original'), true)) as Record<string, string>;
  const late = (await appTester(refresh, withToken('rt-late-original'))) as Record<string, string>;
  expect(late).toEqual(first);
  expect(endpoint.sent).toEqual(['rt-late-original']);
});
