import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { chunked, scopeGroups } from '../../creates/other/api-request';
import { requiredScopes } from '../../src/endpoint';
import { flattenJson } from '../../src/flatten-json';
import nock from 'nock';
import { API, appTester, intercept, recordSleeps, resetNock, run } from '../support/harness';
import { userMessage } from '../support/table';
import { timing } from '../../src/client';

/** API Request beyond the request table: agency tokens, the Version override, retries, the scopes note, flattening. */
afterEach(resetNock);

type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
const AGENCY = { access_token: 'agency-token-123', refresh_token: 'agency-refresh', companyId: 'COMP9', userType: 'Company' };
const asAgency = (inputData: Record<string, unknown>) => run('creates', 'apiRequest', inputData, { authData: AGENCY } as Partial<Bundle>);
const seen = (calls: { method: string; path: string; headers: Record<string, unknown> }[]) =>
  calls.map((c) => `${c.method} ${c.path} ${String(c.headers.authorization)} ${String(c.headers.version)}`);

describe('agency connections', () => {
  test('with a Location picked, a location endpoint is called with that location\'s token; {locationId} is that location', async () => {
    const calls = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-L2' } });
    intercept('GET', '/locations/L2/customValues', { body: { customValues: [] } }, calls);
    const out = await asAgency({ agencyLocationId: 'L2', method: 'GET', path: '/locations/{locationId}/customValues' });
    expect(seen(calls)).toEqual(['POST /oauth/locationToken Bearer agency-token-123 2021-07-28', 'GET /locations/L2/customValues Bearer location-token-L2 2021-07-28']);
    expect(out).toEqual({ status: 200, contentType: 'application/json', rawBody: '{"customValues":[]}', body__customValues: [] });
  });

  test('without a Location, the agency token itself is used (agency endpoints)', async () => {
    const calls = intercept('GET', '/companies/COMP9', { body: { company: { id: 'COMP9' } } });
    await asAgency({ method: 'GET', path: '/companies/COMP9' });
    expect(seen(calls)).toEqual(['GET /companies/COMP9 Bearer agency-token-123 2021-07-28']);
  });

  test('an endpoint the app calls with the agency token (Search Users) keeps it even with a Location picked', async () => {
    const calls = intercept('GET', '/users/search', { body: { users: [] } });
    await asAgency({ agencyLocationId: 'L2', method: 'GET', path: '/users/search', query: { locationId: '{locationId}' } });
    expect(seen(calls)).toEqual(['GET /users/search Bearer agency-token-123 2021-07-28']);
    expect(calls[0]!.query).toEqual({ locationId: 'L2' });
  });

  test('{locationId} without a Location is refused naming the Location field, nothing sent', async () => {
    const calls = intercept('GET', '/locations/x/customValues');
    const err = await asAgency({ method: 'GET', path: '/locations/{locationId}/customValues' }).catch((e: unknown) => e);
    expect(userMessage(err)).toMatch(/^"Location" \(agencyLocationId\) is required on an agency connection/);
    expect(calls).toEqual([]);
  });

  test('the Location field is optional and shown only on agency connections', async () => {
    const dyn = (app.creates.apiRequest!.operation.inputFields as unknown[])[0] as Fn;
    expect(await appTester(dyn, { authData: AGENCY, inputData: {} } as unknown as Bundle)).toEqual([
      expect.objectContaining({ key: 'agencyLocationId', required: false, dynamic: 'locationDropdown.id.name' }),
    ]);
    expect(await appTester(dyn, { authData: { userType: 'Location', locationId: 'L1' }, inputData: {} } as unknown as Bundle)).toEqual([]);
  });
});

test('the help lists the scopes the connection asked for, grouped by resource, within Zapier\'s 1,000 characters per text', async () => {
  const fields = (app.creates.apiRequest!.operation.inputFields as unknown[]).filter((f): f is Fn => typeof f === 'function');
  const notes = async (authData: Record<string, string>) =>
    ((await Promise.all(fields.map((f) => appTester(f, { authData, inputData: {} } as unknown as Bundle)))).flat() as { key: string; helpText: string }[]).filter((f) =>
      f.key.startsWith('connectionScopes'),
    );
  const sub = await notes({ userType: 'Location', locationId: 'L1' });
  const agency = await notes(AGENCY);
  expect(sub.map((f) => f.helpText).join(' ')).toBe(
    `An endpoint that needs a scope this sub-account connection lacks is refused by HighLevel with 401 "The token is not authorized for this scope". The connection has: ${scopeGroups(requiredScopes('location')).join(', ')}.`,
  );
  const agencyText = agency.map((f) => f.helpText).join(' ');
  expect(agency.length).toBeGreaterThan(1);
  expect(agency.every((f) => f.helpText.length <= 1000)).toBe(true);
  expect(agency.map((f) => f.key)).toEqual(agency.map((_f, i) => (i === 0 ? 'connectionScopes' : `connectionScopes${i + 1}`)));
  for (const group of scopeGroups(requiredScopes('agency'))) expect(agencyText).toContain(group);
  expect(agencyText).toContain('oauth (readonly, write)');
});

test('scopes are grouped by resource; long lists are cut between items', () => {
  expect(scopeGroups(['contacts.readonly', 'contacts.write', 'calendars/events.readonly', 'odd'])).toEqual(['contacts (readonly, write)', 'calendars/events (readonly)', 'odd']);
  expect(chunked('Has: ', ['aaaa', 'bbbb', 'cccc'], 16)).toEqual(['Has: aaaa, bbbb,', 'cccc.']);
  expect(chunked('Has: ', [], 16)).toEqual(['Has: .']);
});

test('the fields shown at run time are valid Zapier input fields', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const schema = require('zapier-platform-schema/lib/schemas/PlainInputFieldSchema') as { validate: (x: unknown) => { errors: { stack: string }[] } };
  const fields = (app.creates.apiRequest!.operation.inputFields as unknown[]).filter((f): f is Fn => typeof f === 'function');
  const shown = (await Promise.all(fields.map((f) => appTester(f, { authData: AGENCY, inputData: {} } as unknown as Bundle)))).flat() as unknown[];
  expect(shown.length).toBeGreaterThan(2);
  expect(shown.flatMap((f) => schema.validate(f).errors.map((e) => e.stack))).toEqual([]);
});

test('the Version header can be overridden', async () => {
  const calls = intercept('GET', '/contacts/c1', { body: {} });
  await run('creates', 'apiRequest', { method: 'GET', path: '/contacts/c1', version: '2021-04-15' });
  expect(seen(calls)).toEqual(['GET /contacts/c1 Bearer test-access-token-abc 2021-04-15']);
});

describe('retries through the shared client', () => {
  const { sleep, jitter } = timing;
  afterEach(() => Object.assign(timing, { sleep, jitter }));

  test('a GET is repeated after a 5xx', async () => {
    const slept = recordSleeps();
    const calls = intercept('GET', '/contacts/c1', { status: 502, body: 'Bad Gateway' });
    intercept('GET', '/contacts/c1', { body: { contact: { id: 'c1' } } }, calls);
    const out = await run('creates', 'apiRequest', { method: 'GET', path: '/contacts/c1' });
    expect(calls).toHaveLength(2);
    expect(slept).toEqual([400]);
    expect(out).toMatchObject({ status: 200, body__contact__id: 'c1' });
  });

  test.each(['POST', 'PATCH'])('a %s is never repeated after a 5xx (it may have reached HighLevel)', async (method) => {
    recordSleeps();
    const calls = intercept(method, '/funnels/lookup/redirect/r1', { status: 500, body: { message: 'Internal error' } });
    const err = await run('creates', 'apiRequest', { method, path: '/funnels/lookup/redirect/r1', body: '{"target": "https://example.com"}' }).catch((e: unknown) => e);
    expect(calls).toHaveLength(1);
    expect(userMessage(err)).toBe(`HighLevel answered 500 Server Error to ${method} /funnels/lookup/redirect/r1: Internal error. HighLevel had a problem; try again later.`);
  });

  test('a DELETE whose answer was lost is repeated; a 404 then means the first one worked, and the answer is returned as it is', async () => {
    recordSleeps();
    nock(API).delete('/contacts/c1').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    nock(API).delete('/contacts/c1').reply(404, { statusCode: 404, message: 'Contact not found' });
    const out = await run('creates', 'apiRequest', { method: 'DELETE', path: '/contacts/c1' });
    expect(out).toEqual({ status: 404, contentType: 'application/json', rawBody: '{"statusCode":404,"message":"Contact not found"}', body__statusCode: 404, body__message: 'Contact not found' });
    expect(nock.pendingMocks()).toEqual([]);
  });

  test('a POST is repeated after a 429 (HighLevel did not process it)', async () => {
    const slept = recordSleeps();
    const calls = intercept('POST', '/contacts/', { status: 429, headers: { 'Retry-After': '1' }, body: { message: 'Too many requests' } });
    intercept('POST', '/contacts/', { status: 201, body: { contact: { id: 'c9' } } }, calls);
    const out = await run('creates', 'apiRequest', { method: 'POST', path: '/contacts/', body: '{"locationId": "{locationId}", "firstName": "Ana"}' });
    expect(calls.map((c) => c.body)).toEqual([{ locationId: 'LOC123', firstName: 'Ana' }, { locationId: 'LOC123', firstName: 'Ana' }]);
    expect(slept).toEqual([1000]);
    expect(out).toMatchObject({ status: 201, body__contact__id: 'c9' });
  });
});

describe('flattening', () => {
  test('nested objects join keys with "__"; scalar lists stay lists; object lists become line items', () => {
    expect(
      flattenJson(
        {
          contact: { id: 'c1', address: { city: 'Austin' }, tags: ['vip', 'mail'], dnd: false, score: 3, notes: null, settings: {} },
          items: [{ id: 'a', price: { amount: 5 }, tags: ['x', 'y'] }, { id: 'b', extra: true }],
          mixed: [1, { a: 1 }],
          empty: [],
        },
        'body',
      ),
    ).toEqual({
      body__contact__id: 'c1',
      body__contact__address__city: 'Austin',
      body__contact__tags: ['vip', 'mail'],
      body__contact__dnd: false,
      body__contact__score: 3,
      body__contact__notes: null,
      body__contact__settings: null,
      body__items__id: ['a', 'b'],
      body__items__price__amount: [5, null],
      body__items__tags: ['x,y', null],
      body__items__extra: [null, true],
      body__mixed: [1, '{"a":1}'],
      body__empty: [],
    });
  });

  test('a top-level list or scalar is kept under the prefix', () => {
    expect(flattenJson([{ id: 'a' }, { id: 'b' }], 'body')).toEqual({ body__id: ['a', 'b'] });
    expect(flattenJson(['a', 'b'], 'body')).toEqual({ body: ['a', 'b'] });
    expect(flattenJson(42, 'body')).toEqual({ body: 42 });
  });
});
