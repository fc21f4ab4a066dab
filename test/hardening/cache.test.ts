import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { appTester, AUTH, intercept, resetNock } from '../support/harness';
import { userMessage } from '../support/table';
import { CF_DEFS, RAW_PLAIN } from '../cases/fixtures';

/** Tenant isolation of z.cache, and agency location tokens reused across steps. */

afterEach(resetNock);
type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
type Op = { operation: { perform: unknown; inputFields?: unknown[] } };
const op = (kind: 'triggers' | 'creates', key: string): Op => (app[kind] as Record<string, Op>)[key]!;
const customInputs = (): Fn => (op('creates', 'createContact').operation.inputFields ?? []).filter((f) => typeof f === 'function').pop() as Fn;
const fail = (e: unknown) => e;

interface CacheCall {
  fn: 'get' | 'set' | 'delete';
  key: string;
  value?: unknown;
  ttl?: number;
  scope: unknown;
}

/** Runs `fn` with z.cache calls recorded (arguments as Zapier's cache RPC gets them). */
const recorded = (fn: Fn, calls: CacheCall[]): Fn => async (z, bundle) => {
  const cache = z.cache as unknown as Record<'get' | 'set' | 'delete', (...a: unknown[]) => Promise<unknown>>;
  const real = { get: cache.get.bind(cache), set: cache.set.bind(cache), delete: cache.delete.bind(cache) };
  cache.get = (key, scope) => (calls.push({ fn: 'get', key: String(key), scope }), real.get(key, scope));
  cache.set = (key, value, ttl, scope) => (calls.push({ fn: 'set', key: String(key), value, ttl: Number(ttl), scope }), real.set(key, value, ttl, scope));
  cache.delete = (key, scope) => (calls.push({ fn: 'delete', key: String(key), scope }), real.delete(key, scope));
  return fn(z, bundle);
};

test('custom-field definitions are cached scoped to the connection, keyed by company and location', async () => {
  intercept('GET', '/locations/LOC123/customFields', { body: CF_DEFS });
  const calls: CacheCall[] = [];
  await appTester(recorded(customInputs(), calls), { authData: AUTH, inputData: {} } as unknown as Bundle, true);
  expect(calls.map(({ fn, key, ttl, scope }) => ({ fn, key, ttl, scope }))).toEqual([
    { fn: 'get', key: 'customFields:COMP9:LOC123:contact', ttl: undefined, scope: ['auth'] },
    { fn: 'set', key: 'customFields:COMP9:LOC123:contact', ttl: 600, scope: ['auth'] },
  ]);
});

const agency = (companyId: string, access_token: string) => ({ access_token, refresh_token: `${access_token}-refresh`, companyId, userType: 'Company' });

test('an agency typing another tenant\'s location ID does not read that tenant\'s cached custom fields', async () => {
  const first = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-tenant-a', expires_in: 86399 } });
  intercept('GET', '/locations/L2/customFields', { body: CF_DEFS }, first);
  const a = (await appTester(customInputs(), { authData: agency('COMPA', 'agency-a-token'), inputData: { agencyLocationId: 'L2' } } as unknown as Bundle, true)) as { key: string }[];
  expect(a.map((f) => f.key)).toContain('customField__cfMailDay');
  expect(first).toHaveLength(2);

  // Tenant B (same Zapier cache, another company) types L2: HighLevel is asked, and refuses.
  const second = intercept('POST', '/oauth/locationToken', { status: 400, body: { message: 'Location not found for this company' } });
  const err = await appTester(customInputs(), { authData: agency('COMPB', 'agency-b-token'), inputData: { agencyLocationId: 'L2' } } as unknown as Bundle).catch(fail);
  expect(userMessage(err)).toMatch(/^HighLevel answered 400 Bad Request to POST \/oauth\/locationToken: Location not found for this company/);
  expect(second.map((c) => String(c.headers.authorization))).toEqual(['Bearer agency-b-token']);
});

describe('agency location tokens are reused across steps for their lifetime (less a margin), sealed, in the scoped cache', () => {
  const AGENCY = agency('COMPT', 'agency-token-reuse');
  const step = (calls: CacheCall[], clear = false) =>
    appTester(recorded(op('triggers', 'newContact').operation.perform as Fn, calls), { authData: AGENCY, inputData: { agencyLocationId: 'LT1' }, meta: {} } as unknown as Bundle, clear);

  test('the second step costs one request, like a sub-account step', async () => {
    const sent = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-reused-1', expires_in: 86399 } });
    intercept('POST', '/contacts/search', { body: { contacts: [RAW_PLAIN] } }, sent);
    intercept('POST', '/contacts/search', { body: { contacts: [RAW_PLAIN] } }, sent);
    const cache: CacheCall[] = [];
    await step(cache, true);
    const firstStep = sent.length;
    await step(cache);
    expect(firstStep).toBe(2);
    expect(sent.length - firstStep).toBe(1);
    expect(sent.map((c) => `${c.method} ${c.path} ${String(c.headers.authorization)}`)).toEqual([
      'POST /oauth/locationToken Bearer agency-token-reuse',
      'POST /contacts/search Bearer location-token-reused-1',
      'POST /contacts/search Bearer location-token-reused-1',
    ]);
    const set = cache.find((c) => c.fn === 'set')!;
    expect(set).toMatchObject({ key: 'locationToken:COMPT:LT1', ttl: 86399 - 300, scope: ['auth'] });
    expect(JSON.stringify(set.value)).not.toContain('location-token-reused-1');
  });

  test('a cached token sealed under another agency token is not used', async () => {
    const sent = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-x', expires_in: 86399 } });
    intercept('POST', '/contacts/search', { body: { contacts: [] } }, sent);
    await step([], true);
    // Same company and location, but the agency token changed (refreshed): the old entry cannot be opened.
    intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-y', expires_in: 86399 } }, sent);
    intercept('POST', '/contacts/search', { body: { contacts: [] } }, sent);
    await appTester(op('triggers', 'newContact').operation.perform as Fn, { authData: { ...AGENCY, access_token: 'agency-token-refreshed' }, inputData: { agencyLocationId: 'LT1' }, meta: {} } as unknown as Bundle);
    expect(sent.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /oauth/locationToken', 'POST /contacts/search', 'POST /oauth/locationToken', 'POST /contacts/search']);
  });
});
