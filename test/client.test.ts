import nock from 'nock';
import { errors } from 'zapier-platform-core';
import { timing } from '../src/client';
import { clock } from '../src/clock';
import { API, intercept, recordSleeps, resetNock, run, type Captured } from './support/harness';
import { userMessage } from './support/table';
import { RAW_PLAIN } from './cases/fixtures';

const realTiming = { ...timing };
let slept: number[];
beforeEach(() => {
  slept = recordSleeps();
});
afterEach(() => {
  Object.assign(timing, realTiming);
  resetNock();
});

const getContact = () => run('searches', 'getContact', { contactId: 'c2' });
const ok = { body: { contact: RAW_PLAIN } };
const fail = (e: unknown) => e;
/** ThrottledError carries {message, delay} as JSON in its message. */
const delayOf = (e: unknown): number | undefined => (JSON.parse((e as Error).message) as { delay?: number }).delay;

describe('429: rate limits', () => {
  test('waits what Retry-After says, then retries once', async () => {
    const calls = intercept('GET', '/contacts/c2', { status: 429, body: { message: 'Too many requests' }, headers: { 'Retry-After': '2' } });
    intercept('GET', '/contacts/c2', ok, calls);
    const out = (await getContact()) as { id: string }[];
    expect(out.map((c) => c.id)).toEqual(['c2']);
    expect(slept).toEqual([2000]);
    expect(calls).toHaveLength(2);
  });

  test('an exhausted window (Remaining 0) waits the interval when it fits the budget, for a POST too', async () => {
    const calls = intercept('POST', '/contacts/c1/notes', { status: 429, headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Interval-Milliseconds': '1500' } });
    intercept('POST', '/contacts/c1/notes', { status: 201, body: { note: { id: 'n1', body: 'hi' } } }, calls);
    const out = (await run('creates', 'createContactNote', { contactId: 'c1', body: 'hi' })) as { id: string };
    expect(out.id).toBe('n1');
    expect(slept).toEqual([1500]);
    expect(calls.map((c) => c.body)).toEqual([{ body: 'hi' }, { body: 'hi' }]);
  });

  test('a wait beyond the budget becomes ThrottledError with HighLevel\'s delay', async () => {
    const calls = intercept('GET', '/contacts/c2', { status: 429, headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Interval-Milliseconds': '10000' } });
    const err = await getContact().catch(fail);
    expect(err).toBeInstanceOf(errors.ThrottledError);
    expect(delayOf(err)).toBe(10);
    expect(slept).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  test('waits add up: the second 429 in a row that would pass 5 s throws', async () => {
    const calls = intercept('GET', '/contacts/c2', { status: 429, headers: { 'Retry-After': '3' } });
    intercept('GET', '/contacts/c2', { status: 429, headers: { 'Retry-After': '3' } }, calls);
    const err = await getContact().catch(fail);
    expect(err).toBeInstanceOf(errors.ThrottledError);
    expect(delayOf(err)).toBe(3);
    expect(slept).toEqual([3000]);
  });

  test('no hint at all: ThrottledError with the 10 s burst window', async () => {
    intercept('GET', '/contacts/c2', { status: 429 });
    const err = await getContact().catch(fail);
    expect(delayOf(err)).toBe(10);
  });

  test('daily quota used up: ThrottledError for an hour, no wait', async () => {
    intercept('GET', '/contacts/c2', { status: 429, headers: { 'Retry-After': '1', 'X-RateLimit-Daily-Remaining': '0' } });
    const err = await getContact().catch(fail);
    expect(delayOf(err)).toBe(3600);
    expect(userMessage(err)).toMatch(/daily limit/);
    expect(slept).toEqual([]);
  });
});

describe('429 without a usable hint', () => {
  test('Retry-After: 0 is not a tight loop: at least 0.5 s between tries, at most 3 retries, then ThrottledError', async () => {
    const calls = intercept('GET', '/contacts/c2', { status: 429, headers: { 'Retry-After': '0' } });
    for (let i = 0; i < 3; i++) intercept('GET', '/contacts/c2', { status: 429, headers: { 'Retry-After': '0' } }, calls);
    const err = await getContact().catch(fail);
    expect(err).toBeInstanceOf(errors.ThrottledError);
    expect(delayOf(err)).toBe(1);
    expect(slept).toEqual([500, 500, 500]);
    expect(calls).toHaveLength(4);
  });
});

describe('5xx and network errors', () => {
  test('a DELETE retried after a 502 that finds nothing left reports success (the first one worked)', async () => {
    const calls = intercept('DELETE', '/contacts/c1', { status: 502 });
    intercept('DELETE', '/contacts/c1', { status: 404, body: { statusCode: 404, message: 'Contact not found' } }, calls);
    await expect(run('creates', 'deleteContact', { contactId: 'c1' })).resolves.toEqual({ contactId: 'c1', succeeded: true });
    expect(calls).toHaveLength(2);
  });

  test('a DELETE that finds nothing on its first try is still an error', async () => {
    intercept('DELETE', '/contacts/c1', { status: 404, body: { statusCode: 404, message: 'Contact not found' } });
    expect(userMessage(await run('creates', 'deleteContact', { contactId: 'c1' }).catch(fail))).toMatch(/404 Not Found/);
  });

  test('paging stops when the step is running out of time, keeping what it has', async () => {
    let t = 0;
    const realNow = clock.now;
    clock.now = () => (t += 11_000) - 11_000; // 0 s, then 11 s, 22 s, ... per look at the clock
    const calls = intercept('GET', '/contacts/', { body: { contacts: [{ id: 'c1' }], meta: { startAfter: 1, startAfterId: 'c1' } } });
    intercept('GET', '/contacts/', { body: { contacts: [{ id: 'c9' }], meta: {} } }, calls);
    const out = (await run('triggers', 'listContactsDeprecated', {}).finally(() => (clock.now = realNow))) as { id: string }[];
    expect(out.map((c) => c.id)).toEqual(['c1']);
    expect(calls).toHaveLength(1);
    resetNock();
  });

  test('GET is retried with backoff and recovers', async () => {
    const calls = intercept('GET', '/contacts/c2', { status: 502, body: '<html>Bad gateway</html>' });
    intercept('GET', '/contacts/c2', { status: 503 }, calls);
    intercept('GET', '/contacts/c2', ok, calls);
    const out = (await getContact()) as unknown[];
    expect(out).toHaveLength(1);
    expect(slept).toEqual([400, 1200]);
  });

  test('GET gives up after 2 retries with a readable error', async () => {
    for (let i = 0; i < 3; i++) intercept('GET', '/contacts/c2', { status: 500, body: { statusCode: 500, message: 'Internal server error' } });
    const err = await getContact().catch(fail);
    expect(userMessage(err)).toBe(
      'HighLevel answered 500 Server Error to GET /contacts/{contactId}: Internal server error. HighLevel had a problem; try again later.',
    );
    expect(nock.pendingMocks()).toEqual([]);
  });

  test('PUT and DELETE are retried (idempotent)', async () => {
    const calls = intercept('DELETE', '/contacts/c1', { status: 504 });
    intercept('DELETE', '/contacts/c1', { body: { succeded: true } }, calls);
    await expect(run('creates', 'deleteContact', { contactId: 'c1' })).resolves.toEqual({ contactId: 'c1', succeeded: true });
    expect(calls).toHaveLength(2);
  });

  test('POST is never retried after a 5xx: nothing is created twice', async () => {
    const calls = intercept('POST', '/contacts/c1/notes', { status: 502 });
    const err = await run('creates', 'createContactNote', { contactId: 'c1', body: 'hi' }).catch(fail);
    expect(userMessage(err)).toMatch(/^HighLevel answered 502 Server Error to POST \/contacts\/\{contactId\}\/notes\. /);
    expect(calls).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  test('a connection reset on GET is retried', async () => {
    const calls: Captured[] = [];
    nock(API).get('/contacts/c2').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    intercept('GET', '/contacts/c2', ok, calls);
    await expect(getContact()).resolves.toHaveLength(1);
    expect(slept).toEqual([400]);
  });

  test('a connection reset on POST is not retried, and says so', async () => {
    nock(API).post('/contacts/c1/notes').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const err = await run('creates', 'createContactNote', { contactId: 'c1', body: 'hi' }).catch(fail);
    expect(userMessage(err)).toMatch(/Could not reach HighLevel for POST \/contacts\/\{contactId\}\/notes \(ECONNRESET\)\. The request was not repeated/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('4xx errors', () => {
  test('401 asks Zapier to refresh the token', async () => {
    intercept('GET', '/contacts/c2', { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } });
    await expect(getContact()).rejects.toBeInstanceOf(errors.RefreshAuthError);
  });

  test('403 explains the missing access, with HighLevel\'s words and trace id, and no token', async () => {
    intercept('GET', '/contacts/c2', {
      status: 403,
      body: { statusCode: 403, message: 'The token does not have access to this location.', traceId: 'tr-42' },
    });
    const msg = userMessage(await getContact().catch(fail));
    expect(msg).toMatch(/^HighLevel answered 403 Forbidden to GET \/contacts\/\{contactId\}: The token does not have access to this location\. \(trace ID tr-42\)\. The connection lacks access/);
    expect(msg).not.toContain('test-access-token-abc');
    expect(msg).not.toContain('{"statusCode"');
  });

  test('422 message arrays are joined', async () => {
    intercept('PUT', '/contacts/c1', { status: 422, body: { statusCode: 422, message: ['email must be an email', 'phone is invalid'], error: 'Unprocessable Entity' } });
    const msg = userMessage(await run('creates', 'updateContact', { contactId: 'c1', city: 'X' }).catch(fail));
    expect(msg).toBe(
      'HighLevel answered 422 Unprocessable Entity to PUT /contacts/{contactId}: email must be an email; phone is invalid. Check the values mapped into this step.',
    );
  });

  test('404 on an action is an error (a lookup returns no result instead: see the tables)', async () => {
    intercept('DELETE', '/contacts/zz', { status: 404, body: { statusCode: 404, message: 'Contact not found' } });
    const msg = userMessage(await run('creates', 'deleteContact', { contactId: 'zz' }).catch(fail));
    expect(msg).toMatch(/^HighLevel answered 404 Not Found to DELETE \/contacts\/\{contactId\}: Contact not found\./);
  });

  test('an unexpected 2xx body is reported, not crashed on', async () => {
    intercept('GET', '/contacts/c2', { body: { notAContact: true } });
    const msg = userMessage(await getContact().catch(fail));
    expect(msg).toMatch(/^HighLevel answered the contact request with an unexpected response at "contact"/);
  });
});

describe('path values', () => {
  test('IDs are URL-encoded into the path', async () => {
    const calls = intercept('GET', '/contacts/search/duplicate', { body: { contact: null } });
    await run('searches', 'getDuplicateContact', { email: 'a+b@example.com' });
    expect(calls[0]!.query).toEqual({ locationId: 'LOC123', email: 'a+b@example.com' });
  });
});

describe('error bodies in other shapes', () => {
  test.each([
    [[{ property: 'email', constraints: { isEmail: 'email must be an email' } }], 'email must be an email'],
    [{ statusCode: 400, message: [{ property: 'phone', constraints: { isPhone: 'phone is invalid' } }] }, 'phone is invalid'],
    ['Contact is locked', 'Contact is locked'],
    [{ statusCode: 400, message: { unexpected: true } }, ''],
  ])('%j -> %j, never raw JSON', async (body, words) => {
    intercept('PUT', '/contacts/c1', { status: 400, body });
    const msg = userMessage(await run('creates', 'updateContact', { contactId: 'c1', city: 'X' }).catch(fail));
    expect(msg).toBe(`HighLevel answered 400 Bad Request to PUT /contacts/{contactId}${words ? `: ${words}` : ''}. Check the values mapped into this step.`);
  });
});
