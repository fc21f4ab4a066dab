/**
 * A poll that reads several pages keeps what it has read (issue 10): a later page that fails or
 * would not fit the step's time ends the reading, and the poll returns the items already read,
 * newest first, with a line in the step's log, instead of failing and dropping them.
 */
import nock from 'nock';
import { timing } from '../../src/client';
import { clock } from '../../src/clock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { API, appTester, bundle, intercept, recordSleeps, resetNock, run } from '../support/harness';

const realTiming = { ...timing };
const realNow = clock.now;
let warn: jest.SpyInstance;
let log: jest.SpyInstance;
beforeEach(() => {
  recordSleeps();
  warn = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  Object.assign(timing, realTiming);
  clock.now = realNow;
  warn.mockRestore();
  log.mockRestore();
  resetNock();
});

const NOW = Date.now();
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();
const order = (i: number) => ({ _id: `o${i}`, altId: 'LOC123', altType: 'location', status: 'completed', createdAt: at(1000 - i), updatedAt: at(1000 - i) });
const contact = (i: number) => ({ id: `c${i}`, locationId: 'LOC123', dateAdded: at(i / 10), dateUpdated: at(i / 10), searchAfter: [NOW - i * 6000, `c${i}`] });
const logged = (spy: jest.SpyInstance) => spy.mock.calls.map((c: unknown[]) => c.map(String).join(' ')).join('\n');

test('New Order: the second page of the window fails (500 after the retries): the first page is returned, newest first, and logged', async () => {
  const calls = intercept('GET', '/payments/orders', { body: { data: Array.from({ length: 100 }, (_v, i) => order(i)), totalCount: 250 } });
  for (let i = 0; i < 3; i++) intercept('GET', '/payments/orders', { status: 500, body: { statusCode: 500, message: 'Internal server error' } }, calls);
  const out = (await run('triggers', 'newOrder')) as { id: string }[];
  expect(out.map((o) => o.id)).toEqual(Array.from({ length: 100 }, (_v, i) => `o${99 - i}`));
  expect(calls.map((c) => c.query.offset)).toEqual(['0', '100', '100', '100']);
  expect(logged(warn)).toMatch(/GET \/payments\/orders: page 2 failed \(HighLevel answered 500 Server Error.*\); returning the 100 items already read/);
});

test('New Contact: the searchAfter page of an import fails (a proxy\'s 504): the first 100 are returned, newest first', async () => {
  const calls = intercept('POST', '/contacts/search', { body: { contacts: Array.from({ length: 100 }, (_v, i) => contact(i)), total: 1000 } });
  for (let i = 0; i < 3; i++) intercept('POST', '/contacts/search', { status: 504, body: 'Gateway Timeout' }, calls);
  const out = (await run('triggers', 'newContact')) as { id: string }[];
  expect(out.map((c) => c.id)).toEqual(Array.from({ length: 100 }, (_v, i) => `c${i}`));
  expect((calls[1]!.body as { searchAfter: unknown; page?: number }).searchAfter).toEqual(contact(99).searchAfter);
  expect(logged(warn)).toMatch(/POST \/contacts\/search: page 2 failed \(HighLevel answered 504.*\); returning the 100 items already read/);
});

test('a later page starts only while a whole request (15 s) still fits the step: 12 s in, the poll ends with what it has', async () => {
  let now = 1_000_000;
  clock.now = () => now;
  const calls: { offset: string }[] = [];
  nock(API)
    .get('/payments/orders')
    .query(true)
    .reply(function (uri) {
      calls.push({ offset: new URL(uri, API).searchParams.get('offset') ?? '' });
      now += 12_000; // the first page took 12 s of the step's 25
      return [200, { data: Array.from({ length: 100 }, (_v, i) => order(i)), totalCount: 250 }];
    });
  const out = (await run('triggers', 'newOrder')) as { id: string }[];
  expect(out).toHaveLength(100);
  expect(calls).toEqual([{ offset: '0' }]);
  expect(logged(log)).toMatch(/GET \/payments\/orders: stopped after 1 pages \(100 items\): another page would not fit the step's time/);
});

describe('the per-Zap read mark', () => {
  const poll = (zapId: string) => {
    const perform = (app.triggers as Record<string, { operation: { perform: unknown } }>).newContact!.operation.perform as (z: ZObject, b: Bundle) => Promise<unknown>;
    return appTester(perform, bundle({}, { meta: { zap: { id: zapId } } } as unknown as Partial<Bundle>)) as Promise<{ id: string }[]>;
  };
  // Contacts with a custom value, so their output looks up the field definitions.
  const withValue = (i: number) => ({ ...contact(i), customFields: [{ id: 'cfMailDay', value: 'Monday' }] });
  const page1 = { contacts: Array.from({ length: 100 }, (_v, i) => withValue(i)), total: 500 };
  const page2 = { contacts: Array.from({ length: 400 }, (_v, i) => withValue(100 + i)), total: 500 }; // short: the last page
  const defs = { customFields: [{ id: 'cfMailDay', name: 'Preferred Mail Day', fieldKey: 'contact.preferred_mail_day', dataType: 'TEXT', model: 'contact' }] };

  test('moves only when a poll delivered: a poll whose output failed reads the burst again in full', async () => {
    const calls = intercept('POST', '/contacts/search', { body: page1 });
    intercept('POST', '/contacts/search', { body: page2 }, calls);
    for (let i = 0; i < 3; i++) intercept('GET', '/locations/LOC123/customFields', { status: 500, body: { message: 'Internal server error' } });
    await expect(poll('zap-mark-1')).rejects.toThrow(/500/);

    intercept('POST', '/contacts/search', { body: page1 }, calls);
    intercept('POST', '/contacts/search', { body: page2 }, calls);
    intercept('GET', '/locations/LOC123/customFields', { body: defs });
    expect(await poll('zap-mark-1')).toHaveLength(500);
    expect(calls).toHaveLength(4);
    expect(logged(warn)).toBe('');

    // Delivered: the next poll of this Zap stops at its first page (all of it read before).
    intercept('POST', '/contacts/search', { body: page1 }, calls);
    expect(await poll('zap-mark-1')).toHaveLength(100);
    expect(calls).toHaveLength(5);
  });
});
