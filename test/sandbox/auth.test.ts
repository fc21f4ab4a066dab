import { call, withSandbox, type Json } from './support';

/** OAuth against the sandbox: code exchange, rotating refresh tokens, expiry, bad clients. */

const client = { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' };

test('authorization_code: any code gives a Location token that works; the answer has the documented fields', async () => {
  await withSandbox({}, async (sb) => {
    const res = await call(sb, 'POST', '/oauth/token', {
      token: null,
      version: null,
      form: { ...client, grant_type: 'authorization_code', code: 'any-code-at-all', user_type: 'Location', redirect_uri: 'https://example.com/cb' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 86399, userType: 'Location', locationId: sb.locationId, companyId: sb.companyId });
    for (const key of ['access_token', 'refresh_token', 'scope', 'userId']) expect(typeof res.body[key]).toBe('string');

    const loc = await call(sb, 'GET', `/locations/${sb.locationId}`, { token: res.body.access_token as string });
    expect(loc.status).toBe(200);
    expect((loc.body.location as Json).name).toBe('Sunrise Dental - Austin');
  });
});

test('refresh tokens rotate: each refresh returns a new pair, and a used refresh token is invalid_grant', async () => {
  await withSandbox({}, async (sb) => {
    const first = sb.issueTokens();
    const refresh = (refresh_token: string) => call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'refresh_token', refresh_token } });

    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(second.body.access_token).not.toBe(first.access_token);

    const again = await refresh(first.refresh_token);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid_grant' });
    expect(typeof again.body.error_description).toBe('string');

    const third = await refresh(second.body.refresh_token as string);
    expect(third.status).toBe(200);
    expect((await refresh('not-a-token')).body.error).toBe('invalid_grant');
  });
});

test('wrong client credentials: 401 invalid_client; missing fields: 422; no bearer needed and never rate limited', async () => {
  await withSandbox({ rateLimit: { max: 1, windowMs: 60_000 } }, async (sb) => {
    const bad = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, client_secret: 'nope', grant_type: 'authorization_code', code: 'x' } });
    expect(bad.status).toBe(401);
    expect(bad.body.error).toBe('invalid_client');

    const missing = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { grant_type: 'authorization_code' } });
    expect(missing.status).toBe(422);
    expect(missing.body.message).toEqual(['client_id should not be empty', 'client_secret should not be empty']);

    for (let i = 0; i < 3; i++) {
      const ok = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'authorization_code', code: `c${i}` } });
      expect(ok.status).toBe(200);
    }
  });
});

test('custom client credentials are the only ones accepted', async () => {
  await withSandbox({ clientId: 'my-id', clientSecret: 'my-secret' }, async (sb) => {
    const form = { grant_type: 'authorization_code', code: 'c' };
    expect((await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, ...form } })).status).toBe(401);
    expect((await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { client_id: 'my-id', client_secret: 'my-secret', ...form } })).status).toBe(200);
  });
});

test('an expired, unknown or missing access token is 401 Invalid JWT; a refreshed one works again', async () => {
  await withSandbox({}, async (sb) => {
    const t = sb.issueTokens();
    const path = `/locations/${sb.locationId}`;
    expect((await call(sb, 'GET', path, { token: t.access_token })).status).toBe(200);

    sb.expireToken(t.access_token);
    const expired = await call(sb, 'GET', path, { token: t.access_token });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ statusCode: 401, message: 'Invalid JWT' });
    expect(typeof expired.body.traceId).toBe('string');

    expect((await call(sb, 'GET', path, { token: 'garbage' })).status).toBe(401);
    expect((await call(sb, 'GET', path, { token: null })).body.message).toBe('Invalid JWT');

    const refreshed = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'refresh_token', refresh_token: t.refresh_token } });
    expect((await call(sb, 'GET', path, { token: refreshed.body.access_token as string })).status).toBe(200);
    expect(() => sb.expireToken('unknown')).toThrow(/unknown access token/);
  });
});

test('tokenTtlSeconds sets expires_in and the lifetime', async () => {
  await withSandbox({ tokenTtlSeconds: 1 }, async (sb) => {
    const res = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'authorization_code', code: 'c' } });
    expect(res.body.expires_in).toBe(1);
    const token = res.body.access_token as string;
    expect((await call(sb, 'GET', `/locations/${sb.locationId}`, { token })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1050));
    expect((await call(sb, 'GET', `/locations/${sb.locationId}`, { token })).status).toBe(401);
  });
});

test('the authorization page redirects to redirect_uri with a code and the state', async () => {
  await withSandbox({}, async (sb) => {
    const res = await fetch(
      `${sb.url}/oauth/chooselocation?response_type=code&client_id=sandbox-client-id&state=xyz&scope=contacts.readonly&redirect_uri=${encodeURIComponent('https://example.com/return/')}`,
      { redirect: 'manual' },
    );
    expect(res.status).toBe(302);
    const target = new URL(res.headers.get('location') ?? '');
    expect(target.origin + target.pathname).toBe('https://example.com/return/');
    expect(target.searchParams.get('state')).toBe('xyz');
    const code = target.searchParams.get('code') ?? '';
    const token = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { ...client, grant_type: 'authorization_code', code } });
    expect(token.body.scope).toBe('contacts.readonly');
  });
});
