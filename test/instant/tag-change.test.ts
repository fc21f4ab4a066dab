import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { startTestRelay, freshBacking, testEnv, type Backing, type TestRelay } from '../../relay/test/support/relay';
import { sleep, startHighLevelStub, startHookServer, waitFor, type HighLevelStub, type HookServer } from '../../relay/test/support/servers';
import { createSigner, makeEvent, type Signer } from '../../relay/test/support/sign';
import { contactTable } from '../../src/records/contact';
import { AUTH, appTester, bundle } from '../support/harness';

/**
 * Tag Added / Tag Removed (Instant) with the relay's tag diff: what they subscribe with (the
 * `tagChange` filter, on every contact event that can carry the diff), and perform on the very
 * body a real relay (SQLite, on 127.0.0.1) delivers after diffing HighLevel's events.
 */
type Fn = (z: ZObject, b: Bundle) => Promise<unknown>;
interface HookOp { operation: { performSubscribe: Fn; perform: Fn } }
const op = (key: string): HookOp['operation'] => (app.triggers as Record<string, HookOp>)[key]!.operation;
const call = (fn: Fn, b: Bundle) => appTester(fn, b, true) as Promise<unknown>;
const ADDED = 'contactTagAddedInstant';
const REMOVED = 'contactTagRemovedInstant';

// A real relay on 127.0.0.1 and Zapier's request stack: over 5 s per test on the loaded 2-core machine.
jest.setTimeout(60_000);

describe('Tag Added / Removed with the relay tag diff', () => {
  let signer: Signer;
  let hl: HighLevelStub;
  let hooks: HookServer;
  let backing: Backing;
  let r: TestRelay;

  beforeAll(async () => {
    nock.enableNetConnect('127.0.0.1');
    signer = createSigner();
    hl = await startHighLevelStub();
    hl.tokens.set(AUTH.access_token, { kind: 'location', id: AUTH.locationId });
    hooks = await startHookServer();
    backing = await freshBacking('sqlite');
    r = await startTestRelay(testEnv(signer, hl.url, backing));
    process.env.RELAY_URL = r.url;
  });
  afterAll(async () => {
    delete process.env.RELAY_URL;
    await r?.stop();
    await hooks?.close();
    await hl?.close();
    await backing?.dispose();
  });

  const subscribe = async (key: string, path: string, inputData: Record<string, unknown>) =>
    (await call(op(key).performSubscribe, bundle(inputData, { targetUrl: `${hooks.url}${path}` }))) as { subscriptions: { eventType: string; filters: Record<string, string> }[] };

  test('they subscribe to each contact event that can carry the diff, with the side (and tag) as relay filters', async () => {
    const added = await subscribe(ADDED, '/sub-added', { tag: 'VIP' });
    expect(added.subscriptions.map((s) => [s.eventType, s.filters])).toEqual([
      ['ContactTagUpdate', { tag: 'VIP', tagChange: 'added' }],
      ['ContactUpdate', { tag: 'VIP', tagChange: 'added' }],
      ['ContactCreate', { tag: 'VIP', tagChange: 'added' }],
    ]);
    const removed = await subscribe(REMOVED, '/sub-removed', {});
    expect(removed.subscriptions.map((s) => [s.eventType, s.filters])).toEqual([
      ['ContactTagUpdate', { tagChange: 'removed' }],
      ['ContactUpdate', { tagChange: 'removed' }],
    ]);
  });

  test('the delivered body fires the trigger with the tags that changed, once per change', async () => {
    await subscribe(ADDED, '/vip-added', { tag: 'vip' });
    await subscribe(REMOVED, '/any-removed', {});
    const contact = {
      locationId: AUTH.locationId, id: 'c42', firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com',
      dateAdded: '2025-03-14T15:04:05.000Z',
    };
    const post = async (type: string, tags: string[], timestamp: string) => {
      const { body, headers } = signer.signed({ ...makeEvent(type, { ...contact, tags }), timestamp });
      expect((await r.post(body, headers)).status).toBe(200);
    };
    await post('ContactCreate', ['Lead'], '2026-11-30T10:00:00.000Z');
    await post('ContactTagUpdate', ['Lead', 'VIP'], '2026-11-30T10:01:00.000Z');
    // The same change as a ContactUpdate too: already reported, so delivered to neither.
    await post('ContactUpdate', ['Lead', 'VIP'], '2026-11-30T10:01:00.500Z');
    await post('ContactTagUpdate', ['VIP'], '2026-11-30T10:02:00.000Z');
    await waitFor('deliveries', () => hooks.hits.some((h) => h.path === '/vip-added') && hooks.hits.some((h) => h.path === '/any-removed'));
    // Room for a wrong extra delivery to show (SQLite's work loop polls every 20 ms here).
    await sleep(300);
    const bodies = (path: string) => hooks.hits.filter((h) => h.path === path).map((h) => h.body);
    expect(bodies('/vip-added')).toHaveLength(1);
    expect(bodies('/any-removed')).toHaveLength(1);

    const flat = {
      ...contactTable.empty, id: 'c42', name: 'Rosa Delgado', firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com',
      locationId: AUTH.locationId, dateAdded: '2025-03-14T15:04:05.000Z',
      webUrl: `https://app.gohighlevel.com/v2/location/${AUTH.locationId}/contacts/detail/c42`,
    };
    const [added] = bodies('/vip-added');
    await expect(call(op(ADDED).perform, bundle({ tag: 'vip' }, { cleanedRequest: added }))).resolves.toEqual([
      { ...flat, tags: ['Lead', 'VIP'], tagsAdded: ['VIP'], tagsRemoved: [] },
    ]);
    const [removed] = bodies('/any-removed');
    await expect(call(op(REMOVED).perform, bundle({}, { cleanedRequest: removed }))).resolves.toEqual([
      { ...flat, tags: ['VIP'], tagsAdded: [], tagsRemoved: ['Lead'] },
    ]);
    // The other side of the same body does not fire.
    await expect(call(op(ADDED).perform, bundle({}, { cleanedRequest: removed }))).resolves.toEqual([]);
    await expect(call(op(REMOVED).perform, bundle({ tag: 'lead' }, { cleanedRequest: added }))).resolves.toEqual([]);
  });
});
