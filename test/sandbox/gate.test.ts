import { RATE_HEADERS, call, tokenFor, withSandbox, type Json } from './support';

/** What every API request passes: Version, validation, 404s, 403s, rate limit, faults, stats. */

test('the Version header must be the endpoint\'s own: 2021-07-28 for contacts, 2021-04-15 for calendars', async () => {
  await withSandbox({}, async (sb) => {
    const wrong = await call(sb, 'GET', `/contacts/?locationId=${sb.locationId}`, { version: '2021-04-15' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ statusCode: 400, message: 'Version header is invalid or missing', error: 'Bad Request' });
    expect(typeof wrong.body.traceId).toBe('string');
    expect((await call(sb, 'GET', '/calendars/', { query: { locationId: sb.locationId }, version: null })).status).toBe(400);
    expect((await call(sb, 'GET', '/calendars/', { query: { locationId: sb.locationId }, version: '2021-07-28' })).status).toBe(400);
    expect((await call(sb, 'GET', '/calendars/', { query: { locationId: sb.locationId } })).status).toBe(200);
  });
});

test('missing required body fields and query parameters: 422 with a message per field', async () => {
  await withSandbox({}, async (sb) => {
    const contact = [...sb.store.contacts.values()][0]!;
    const task = await call(sb, 'POST', `/contacts/${contact.id}/tasks`, { body: { body: 'no title' } });
    expect(task.status).toBe(422);
    expect(task.body).toMatchObject({
      statusCode: 422,
      message: ['title should not be empty', 'dueDate should not be empty', 'completed should not be empty'],
      error: 'Unprocessable Entity',
    });
    const typed = await call(sb, 'POST', `/contacts/${contact.id}/tasks`, { body: { title: 'Call', dueDate: '2030-01-01T10:00:00Z', completed: 'yes' } });
    expect(typed.body.message).toEqual(['completed must be a boolean value']);
    const query = await call(sb, 'GET', '/contacts/search/duplicate', { query: { email: 'x@example.com' } });
    expect(query.status).toBe(422);
    expect(query.body.message).toEqual(['locationId should not be empty']);
    const events = await call(sb, 'GET', '/calendars/events', { query: { locationId: sb.locationId } });
    expect(events.body.message).toEqual(['startTime should not be empty', 'endTime should not be empty']);
  });
});

test('unknown routes and methods: 404 saying the sandbox does not serve METHOD /path; unknown records: 404 with the record kind', async () => {
  await withSandbox({}, async (sb) => {
    const route = await call(sb, 'GET', '/x/y?z=1');
    expect(route.status).toBe(404);
    expect(route.body).toMatchObject({ statusCode: 404, message: 'The sandbox does not serve GET /x/y: no such route (see sandbox/README.md, Routes)', error: 'Not Found' });
    expect(typeof route.body.traceId).toBe('string');
    expect((await call(sb, 'PATCH', '/contacts/abc')).body.message).toBe('The sandbox does not serve PATCH /contacts/abc: no such route (see sandbox/README.md, Routes)');
    const record = await call(sb, 'GET', '/contacts/AAAAAAAAAAAAAAAAAAAA');
    expect(record.status).toBe(404);
    expect(record.body).toMatchObject({ statusCode: 404, message: 'Contact not found' });
    expect((await call(sb, 'GET', '/opportunities/nope')).body.message).toBe('Opportunity not found');
  });
});

test('another location: 403, for a query, a body and a record', async () => {
  await withSandbox({}, async (sb) => {
    const mine = [...sb.store.contacts.values()][0]!;
    sb.store.contacts.set('OtherLocationContact', { ...structuredClone(mine), id: 'OtherLocationContact', locationId: 'other_location_99' });
    const forbidden = { statusCode: 403, message: 'The token does not have access to this location.' };
    expect((await call(sb, 'GET', '/contacts/OtherLocationContact')).body).toMatchObject(forbidden);
    expect((await call(sb, 'GET', '/contacts/', { query: { locationId: 'other_location_99' } })).status).toBe(403);
    expect((await call(sb, 'POST', '/contacts/', { body: { locationId: 'other_location_99', firstName: 'X' } })).status).toBe(403);
    expect((await call(sb, 'GET', '/locations/other_location_99')).status).toBe(403);
  });
});

test('rate limit, fixed window per location: max 5 per 1000 ms -> the 6th is 429 with Retry-After; the window then reopens', async () => {
  await withSandbox({ rateLimit: { max: 5, windowMs: 1000 } }, async (sb) => {
    const path = `/locations/${sb.locationId}`;
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call(sb, 'GET', path);
      expect(res.status).toBe(200);
      remaining.push(res.headers.get('x-ratelimit-remaining') ?? '');
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const limited = await call(sb, 'GET', path);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, message: 'Too many requests' });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-max')).toBe('5');
    expect(limited.headers.get('x-ratelimit-interval-milliseconds')).toBe('1000');
    expect(limited.headers.get('x-ratelimit-limit-daily')).toBe('200000');
    expect(limited.headers.get('x-ratelimit-daily-remaining')).toBe('199995');

    await new Promise((r) => setTimeout(r, 1050));
    expect((await call(sb, 'GET', path)).status).toBe(200);
  });
});

test('Retry-After is the whole seconds until the window closes, at least 1', async () => {
  await withSandbox({ rateLimit: { max: 1, windowMs: 4500 } }, async (sb) => {
    await call(sb, 'GET', `/locations/${sb.locationId}`);
    const limited = await call(sb, 'GET', `/locations/${sb.locationId}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(5);
  });
});

test('every answer carries the X-RateLimit headers, errors included; rateLimit: false never refuses', async () => {
  await withSandbox({ rateLimit: false }, async (sb) => {
    const answers = [
      await call(sb, 'GET', `/locations/${sb.locationId}`),
      await call(sb, 'GET', '/nope'),
      await call(sb, 'GET', `/locations/${sb.locationId}`, { token: null }),
      await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: {} }),
    ];
    for (const a of answers) for (const h of RATE_HEADERS) expect(a.headers.get(h)).toMatch(/^\d+$/);
    for (let i = 0; i < 120; i++) expect((await call(sb, 'GET', `/locations/${sb.locationId}`)).status).toBe(200);
  });
});

test('faults: errorRate 1 turns every API answer into a 5xx and performs no write; OAuth is untouched', async () => {
  await withSandbox({ faults: { errorRate: 1 } }, async (sb) => {
    const contact = [...sb.store.contacts.values()][0]!;
    const notesBefore = sb.store.notes.size;
    const contactsBefore = sb.store.contacts.size;
    const note = await call(sb, 'POST', `/contacts/${contact.id}/notes`, { body: { body: 'Should not be written' } });
    expect([500, 502, 503]).toContain(note.status);
    expect(note.body).toMatchObject({ statusCode: note.status });
    expect(typeof note.body.traceId).toBe('string');
    const created = await call(sb, 'POST', '/contacts/', { body: { locationId: sb.locationId, firstName: 'Nobody' } });
    expect(created.status).toBeGreaterThanOrEqual(500);
    expect(sb.store.notes.size).toBe(notesBefore);
    expect(sb.store.contacts.size).toBe(contactsBefore);
    const token = await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret', grant_type: 'authorization_code', code: 'c' } });
    expect(token.status).toBe(200);

    sb.setFaults(undefined);
    expect((await call(sb, 'POST', `/contacts/${contact.id}/notes`, { body: { body: 'Written' } })).status).toBe(201);
    expect(sb.store.notes.size).toBe(notesBefore + 1);
  });
});

test('faults with a seed repeat the same sequence; statuses and latency are honoured', async () => {
  const run = () =>
    withSandbox({ faults: { errorRate: 0.5, seed: 42, statuses: [503] }, rateLimit: false }, async (sb) => {
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await call(sb, 'GET', `/locations/${sb.locationId}`)).status);
      return out;
    });
  const a = await run();
  expect(a).toEqual(await run());
  expect(new Set(a)).toEqual(new Set([200, 503]));

  await withSandbox({ faults: { errorRate: 0, latencyMs: 120 } }, async (sb) => {
    const t0 = Date.now();
    expect((await call(sb, 'GET', `/locations/${sb.locationId}`)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110);
    const t1 = Date.now();
    await call(sb, 'POST', '/oauth/token', { token: null, version: null, form: {} });
    expect(Date.now() - t1).toBeLessThan(110);
  });
});

test('stats count requests per route template and per status, and reset', async () => {
  await withSandbox({}, async (sb) => {
    const c = [...sb.store.contacts.values()][0]!;
    tokenFor(sb);
    await call(sb, 'GET', `/contacts/${c.id}`);
    await call(sb, 'GET', `/contacts/${c.id}`);
    await call(sb, 'GET', '/contacts/missing');
    await call(sb, 'GET', '/nowhere');
    const s = sb.stats();
    expect(s.requests).toBe(4);
    expect(s.byRoute['GET /contacts/{contactId}']).toBe(3);
    expect(s.byStatus).toEqual({ '200': 2, '404': 2 });
    sb.resetStats();
    expect(sb.stats()).toEqual({ requests: 0, byRoute: {}, byStatus: {} });
  });
});

test('a malformed JSON body is 400; the path without its trailing slash reaches the same route', async () => {
  await withSandbox({}, async (sb) => {
    const res = await fetch(`${sb.url}/contacts/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenFor(sb)}`, Version: '2021-07-28', 'Content-Type': 'application/json' },
      body: '{"locationId":',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).statusCode).toBe(400);
    const list = await call(sb, 'GET', '/contacts', { query: { locationId: sb.locationId, limit: 1 } });
    expect(list.status).toBe(200);
  });
});
