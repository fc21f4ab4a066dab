import http from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { timing } from '../../src/client';
import { clock } from '../../src/clock';
import { limits } from '../../src/config';
import { declaredEndpoints } from '../../src/endpoint';
import { intercept, recordSleeps, resetNock, run } from '../support/harness';
import { userMessage } from '../support/table';
import { RAW_PLAIN } from '../cases/fixtures';

/** Time limits, error text, secrets and retries of the shared client, tried as a flaky network would. */

const realTiming = { ...timing };
const realNow = clock.now;
const realLimits = { ...limits };
let slept: number[];
let logged: string[];
beforeEach(() => {
  slept = recordSleeps();
  logged = [];
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    logged.push(args.map(String).join(' ').trim());
  });
});
afterEach(() => {
  Object.assign(timing, realTiming);
  clock.now = realNow;
  Object.assign(limits, realLimits);
  jest.restoreAllMocks();
  resetNock();
});
const fail = (e: unknown) => e;

describe('a reply whose headers arrive and whose body then stalls (local server on 127.0.0.1)', () => {
  let server: http.Server;
  let now = 0;
  /** Requests the server saw, by "METHOD path" (a late request of an earlier test cannot be miscounted). */
  let hits: Record<string, number> = {};
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const key = `${req.method} ${req.url?.split('?')[0]}`;
      hits[key] = (hits[key] ?? 0) + 1;
      if (req.url?.startsWith('/locations/LOC123/customFields')) {
        now += 23_000; // a slow look-up: 23 s of the step's 25 s budget
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ customFields: [{ id: 'cf1', name: 'Tier', fieldKey: 'contact.tier', dataType: 'TEXT' }] }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"contact": {"id": "c'); // ...and nothing more: the body never ends
      req.on('close', () => res.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.HIGHLEVEL_API_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    delete process.env.HIGHLEVEL_API_BASE_URL;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    hits = {};
    // Short limits instead of long sleeps: the request limit must bound the body too.
    Object.assign(limits, { requestTimeoutMs: 500, minRequestTimeoutMs: 500 });
  });

  test('a read ends within its limit with the retryable "could not reach" error, no URL or query, after its retries', async () => {
    const err = await run('searches', 'getContact', { contactId: 'c1' }).catch(fail);
    expect(userMessage(err)).toBe('Could not reach HighLevel for GET /contacts/{contactId} (ETIMEDOUT). This is usually temporary; try again.');
    expect(userMessage(err)).not.toMatch(/127\.0\.0\.1|FetchError|http:/);
    // Each try is logged; under load a try may end before the server even saw it, so at most 3 hits.
    expect(hits['GET /contacts/c1'] ?? 0).toBeLessThanOrEqual(3);
    expect(logged).toEqual([
      'HighLevel GET /contacts/{contactId}: no answer (ETIMEDOUT); network error retry in 400 ms.',
      'HighLevel GET /contacts/{contactId}: no answer (ETIMEDOUT); network error retry in 1200 ms.',
    ]);
  });

  test('a create is not repeated and says the record MAY have been created', async () => {
    const err = await run('creates', 'createContactNote', { contactId: 'c7', body: 'hi' }).catch(fail);
    expect(userMessage(err)).toBe(
      'Could not reach HighLevel for POST /contacts/{contactId}/notes (ETIMEDOUT). The request was not repeated: HighLevel may have received it, so the record MAY have been created or changed; check HighLevel before re-running this step.',
    );
    expect(hits['POST /contacts/c7/notes'] ?? 0).toBeLessThanOrEqual(1);
    expect(logged).toEqual([]); // no retry
  });

  test('the step budget runs from the step\'s first request: a create after a slow look-up gets only what is left', async () => {
    now = 1_000_000;
    clock.now = () => now;
    // A request limit of 5 s would outlast this test; what is left of the step (25 s - 23 s, less
    // a 1 s margin) must bound the create instead.
    Object.assign(limits, { requestTimeoutMs: 5_000, minRequestTimeoutMs: 100 });
    const err = await run('creates', 'createContact', { firstName: 'Ana', customField__cf1: 'gold' }).catch(fail);
    expect(userMessage(err)).toMatch(/^Could not reach HighLevel for POST \/contacts\/ \(ETIMEDOUT\)\. The request was not repeated/);
    expect(hits['GET /locations/LOC123/customFields']).toBe(1);
    expect(hits['POST /contacts/'] ?? 0).toBeLessThanOrEqual(1);
    expect(logged).toEqual([]);
  }, 4_000);
});

test('a proxy\'s HTML error page never reaches the message: "HighLevel is unavailable (502)" with the trace id', async () => {
  intercept('POST', '/contacts/', { status: 502, body: '<html><head><title>502 Bad Gateway</title></head><body>nginx/1.25 upstream 10.0.3.7</body></html>', headers: { 'Content-Type': 'text/html', traceid: 'tr-502' } });
  const err = await run('creates', 'createContact', { firstName: 'Ana' }).catch(fail);
  expect(userMessage(err)).toBe('HighLevel is unavailable (502) for POST /contacts/ (trace ID tr-502). Try again later.');
});

test('a 504 page on a read is retried, then reported the same way', async () => {
  const page = { status: 504, body: '<!DOCTYPE html><html><body>Gateway Timeout</body></html>', headers: { 'Content-Type': 'text/html' } };
  const calls = intercept('GET', '/contacts/c1', page);
  intercept('GET', '/contacts/c1', page, calls);
  intercept('GET', '/contacts/c1', page, calls);
  const err = await run('searches', 'getContact', { contactId: 'c1' }).catch(fail);
  expect(userMessage(err)).toBe('HighLevel is unavailable (504) for GET /contacts/{contactId}. Try again later.');
  expect(calls).toHaveLength(3);
});

test('tokens and the client secret echoed back by HighLevel are scrubbed from the message', async () => {
  intercept('PUT', '/contacts/c1', {
    status: 400,
    body: { message: ['token test-access-token-abc is bad', 'secret test-client-secret-value', 'refresh test-refresh-token-xyz', 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl', 'Authorization: Bearer abcdefghijklmnop'] },
  });
  const err = await run('creates', 'updateContact', { contactId: 'c1', firstName: 'Ana' }).catch(fail);
  const msg = userMessage(err);
  expect(msg).toBe(
    'HighLevel answered 400 Bad Request to PUT /contacts/{contactId}: token [redacted] is bad; secret [redacted]; refresh [redacted]; jwt [redacted]; Authorization: Bearer [redacted]. Check the values mapped into this step.',
  );
});

test('an agency location token echoed back is scrubbed too', async () => {
  const AGENCY = { access_token: 'agency-token-scrub', refresh_token: 'agency-refresh-scrub', companyId: 'COMPS', userType: 'Company' };
  intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-secret-777', expires_in: 86399 } });
  intercept('POST', '/contacts/search', { status: 422, body: { message: 'bad token location-token-secret-777 for agency-token-scrub' } });
  const err = await run('triggers', 'newContact', { agencyLocationId: 'LS1' }, { authData: AGENCY } as never).catch(fail);
  expect(userMessage(err)).toBe('HighLevel answered 422 Unprocessable Entity to POST /contacts/search: bad token [redacted] for [redacted]. Check the values mapped into this step.');
});

describe('read-only POSTs are retried like GETs (marked on their endpoint records), and the waits are logged', () => {
  test('contacts search: 503, then the answer', async () => {
    const calls = intercept('POST', '/contacts/search', { status: 503, body: { message: 'busy' } });
    intercept('POST', '/contacts/search', { body: { contacts: [RAW_PLAIN] } }, calls);
    const out = (await run('triggers', 'newContact')) as { id: string }[];
    expect(out.map((c) => c.id)).toEqual(['c2']);
    expect(calls).toHaveLength(2);
    expect(slept).toEqual([400]);
    expect(logged).toEqual(['HighLevel POST /contacts/search: answered 503; server error retry in 400 ms.']);
  });

  test('location task search: a reset connection, then the answer', async () => {
    nock('https://services.leadconnectorhq.com').post('/locations/LOC123/tasks/search').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const calls = intercept('POST', '/locations/LOC123/tasks/search', { body: { tasks: [] } });
    await run('triggers', 'newTask');
    expect(calls).toHaveLength(1);
    expect(slept).toEqual([400]);
    expect(logged).toEqual(['HighLevel POST /locations/{locationId}/tasks/search: no answer (ECONNRESET); network error retry in 400 ms.']);
  });

  test('the location-token exchange: 502, then the token', async () => {
    const AGENCY = { access_token: 'agency-token-retry', refresh_token: 'r', companyId: 'COMPR', userType: 'Company' };
    const calls = intercept('POST', '/oauth/locationToken', { status: 502, body: { message: 'bad gateway' } });
    intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-retry-1' } }, calls);
    intercept('POST', '/contacts/search', { body: { contacts: [] } }, calls);
    await run('triggers', 'newContact', { agencyLocationId: 'LR1' }, { authData: AGENCY } as never);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /oauth/locationToken', 'POST /oauth/locationToken', 'POST /contacts/search']);
  });

  test('users filter-by-email: 502, then the answer (a POST that only reads)', async () => {
    const AGENCY = { access_token: 'agency-token-filter', refresh_token: 'r', companyId: 'COMPF', userType: 'Company' };
    const calls = intercept('POST', '/users/search/filter-by-email', { status: 502, body: { message: 'bad gateway' } });
    intercept('POST', '/users/search/filter-by-email', { body: { users: [{ id: 'u1', name: 'Ana Ruiz', email: 'ana@example.com' }], count: 1 } }, calls);
    await run('searches', 'filterUsersByEmail', { emails: 'ana@example.com' }, { authData: AGENCY } as never);
    expect(calls).toHaveLength(2);
    expect(slept).toEqual([400]);
  });

  test('every declared POST whose path says it reads (search, filter, validate, list, statistics, details) is marked read-only', () => {
    const reading = /\/search(\/|$)|filter-by-email|validate|\/list$|statistics|\/details$|\/lookup$/;
    const unmarked = declaredEndpoints().filter((e) => e.method === 'POST' && reading.test(e.path) && !e.readOnly).map((e) => e.path);
    expect(unmarked).toEqual([]);
  });

  test('a writing POST is still not retried after a 503', async () => {
    const calls = intercept('POST', '/contacts/', { status: 503, body: { message: 'busy' } });
    const err = await run('creates', 'createContact', { firstName: 'Ana' }).catch(fail);
    expect(userMessage(err)).toMatch(/^HighLevel answered 503 Server Error to POST \/contacts\/: busy/);
    expect(calls).toHaveLength(1);
    expect(logged).toEqual([]);
  });
});

describe('a create whose 2xx answer cannot be read says the record MAY have been created', () => {
  test.each([
    ['invalid JSON', '{"contact": {"id": "c9", '],
    ['an HTML page', '<html>ok</html>'],
  ])('%s', async (_n, body) => {
    intercept('POST', '/contacts/', { status: 201, body, headers: { 'Content-Type': 'application/json' } });
    const err = await run('creates', 'createContact', { firstName: 'Ana' }).catch(fail);
    expect(userMessage(err)).toBe(
      'HighLevel answered 201 to POST /contacts/, but its answer could not be read (cut off or not JSON). The record MAY have been created or changed: check HighLevel before re-running this step, so nothing is done twice.',
    );
  });
});
