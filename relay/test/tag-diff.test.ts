/**
 * The contact tag diff through the relay (signed events in over HTTP), on each store: what is
 * stored with each event, what a Tag Added / Removed subscription is delivered, the first-sight,
 * order, delete, uninstall and retention rules, tenant isolation, and (PostgreSQL) two instances
 * taking events of one contact at once.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { relayPaths, type RecentEventsResponse, type SubscriptionFilters, type SubscribeResponse } from '../contract';
import { PostgresStore } from '../store/postgres';
import { SqliteStore } from '../store/sqlite';
import type { Store } from '../store/types';
import { sightingOf, type TagDiff } from '../tags';
import { STORES, freshBacking, startTestRelay, testEnv, type Backing, type StoreKind, type TestRelay } from './support/relay';
import { startHighLevelStub, startHookServer, waitFor, sleep, type HighLevelStub, type HookServer } from './support/servers';
import { createSigner, makeEvent, type Signer } from './support/sign';

// Waits are bounded by waitFor; this leaves room for a loaded 2-core machine (PostgreSQL set-up, pg-boss polls).
jest.setTimeout(60_000);

/** Rows of relay_contact_tags for a location, read straight from the store's database. */
async function tagRows(kind: StoreKind, backing: Backing, locationId: string): Promise<number> {
  const sql = 'SELECT COUNT(*) AS n FROM relay_contact_tags WHERE location_id = $1';
  if (kind === 'sqlite') {
    const db = new Database(backing.env.RELAY_SQLITE_PATH!, { readonly: true });
    try {
      return Number((db.prepare(sql.replace('$1', '?')).get(locationId) as { n: number }).n);
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: backing.env.RELAY_DATABASE_URL });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>(sql, [locationId])).rows[0]?.n);
  } finally {
    await c.end();
  }
}

describe.each(STORES)('tag diff on %s', (kind) => {
  let signer: Signer;
  let hl: HighLevelStub;
  let hooks: HookServer;
  let backing: Backing;
  let r: TestRelay;
  let n = 0;
  const uniq = (p: string) => `${p}${++n}${Math.random().toString(36).slice(2, 6)}`;
  // Each event's own time, one second apart, in the order the test makes them (unless it says otherwise).
  let clock = Date.parse('2026-11-30T10:00:00.000Z');
  const at = (ms = (clock += 1000)) => new Date(ms).toISOString();
  /** A signed-shape event with the given own time. */
  const timed = (type: string, fields: Record<string, unknown>, timestamp: string): Record<string, unknown> => ({ ...makeEvent(type, fields), timestamp });

  beforeAll(async () => {
    signer = createSigner();
    hl = await startHighLevelStub();
    hooks = await startHookServer();
    backing = await freshBacking(kind);
    r = await startTestRelay(testEnv(signer, hl.url, backing));
  });
  afterAll(async () => {
    await r?.stop();
    await hooks?.close();
    await hl?.close();
    await backing?.dispose();
  });

  function tenant() {
    const id = uniq('loc');
    const token = uniq('tok-');
    hl.tokens.set(token, { kind: 'location', id });
    return { id, token };
  }

  async function send(event: Record<string, unknown>, to: TestRelay = r): Promise<void> {
    const { body, headers } = signer.signed(event);
    const res = await to.post(body, headers);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }

  /** Sends a contact event (its time one step later than the last unless `timestamp` is given); returns its stored diff. */
  async function contact(type: string, locationId: string, id: string, tags: string[] | undefined, timestamp = at()): Promise<TagDiff | null> {
    const e = timed(type, { locationId, id, firstName: 'Ada', ...(tags ? { tags } : {}) }, timestamp);
    await send(e);
    const stored = await r.relay.store.getEvent(String(e.webhookId));
    if (!stored) throw new Error('event not stored');
    return stored.tagDiff;
  }
  const tagUpdate = (loc: string, id: string, tags: string[], timestamp?: string) => contact('ContactTagUpdate', loc, id, tags, timestamp);
  const d = (tagsAdded: string[], tagsRemoved: string[] = []): TagDiff => ({ tagsAdded, tagsRemoved });

  async function subscribe(t: { id: string; token: string }, path: string, eventType: string, filters: SubscriptionFilters) {
    const res = await fetch(`${r.url}${relayPaths.subscriptions('locations', t.id)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targetUrl: `${hooks.url}${path}`, eventType, filters }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as SubscribeResponse).subscription.id;
  }
  const hitsAt = (path: string) => hooks.hits.filter((h) => h.path === path);

  test('add, remove, re-add: each TagUpdate carries what changed since the last one', async () => {
    const t = tenant();
    expect(await tagUpdate(t.id, 'c1', ['Lead'])).toEqual(d(['Lead']));
    expect(await tagUpdate(t.id, 'c1', ['Lead', 'VIP'])).toEqual(d(['VIP']));
    expect(await tagUpdate(t.id, 'c1', ['VIP'])).toEqual(d([], ['Lead']));
    expect(await tagUpdate(t.id, 'c1', ['VIP', 'Lead'])).toEqual(d(['Lead']));
    expect(await tagUpdate(t.id, 'c1', [])).toEqual(d([], ['VIP', 'Lead']));
    // Another contact of the location has its own set.
    expect(await tagUpdate(t.id, 'c2', ['VIP'])).toEqual(d(['VIP']));
  });

  test('a change of case is no change; the new spelling is kept for what is reported next', async () => {
    const t = tenant();
    await tagUpdate(t.id, 'c1', ['VIP', 'Lead']);
    expect(await tagUpdate(t.id, 'c1', ['vip', 'Lead'])).toEqual(d([]));
    expect(await tagUpdate(t.id, 'c1', ['Lead'])).toEqual(d([], ['vip']));
  });

  test('first sight: a Create counts its tags as added, an Update only records them, a TagUpdate with no history counts all as added', async () => {
    const t = tenant();
    expect(await contact('ContactCreate', t.id, 'new', ['Lead'])).toEqual(d(['Lead']));
    expect(await contact('ContactCreate', t.id, 'untagged', [])).toBeNull();
    expect(await tagUpdate(t.id, 'new', ['Lead', 'VIP'])).toEqual(d(['VIP']));
    // A contact from before the install: its first Update records the set without reporting it...
    expect(await contact('ContactUpdate', t.id, 'old', ['Customer', 'VIP'])).toBeNull();
    expect(await tagUpdate(t.id, 'old', ['Customer'])).toEqual(d([], ['VIP']));
    // ...and an Update that changes a tag carries the diff (an Update without tags changes nothing).
    expect(await contact('ContactUpdate', t.id, 'old', undefined)).toBeNull();
    expect(await contact('ContactUpdate', t.id, 'old', ['Customer'])).toBeNull();
    expect(await contact('ContactUpdate', t.id, 'old', ['Customer', 'Gold'])).toEqual(d(['Gold']));
    // No history at all: the TagUpdate over-reports (every current tag counts as added).
    expect(await tagUpdate(t.id, 'unseen', ['Customer', 'Gold'])).toEqual(d(['Customer', 'Gold']));
  });

  test('out of order: an older event does not replace a newer set and reports no change', async () => {
    const t = tenant();
    const t1 = at();
    const t2 = at();
    const t3 = at();
    expect(await tagUpdate(t.id, 'c1', ['a'], t1)).toEqual(d(['a']));
    expect(await tagUpdate(t.id, 'c1', ['a', 'b', 'c'], t3)).toEqual(d(['b', 'c']));
    // The t2 event (a, b) arrives last: nothing to report, and the t3 set stays.
    expect(await tagUpdate(t.id, 'c1', ['a', 'b'], t2)).toEqual(d([]));
    expect(await contact('ContactUpdate', t.id, 'c1', ['a'], t2)).toBeNull();
    expect(await tagUpdate(t.id, 'c1', ['a', 'b', 'c', 'd'])).toEqual(d(['d']));
  });

  test('a repeated webhookId is not diffed again', async () => {
    const t = tenant();
    const e = timed('ContactTagUpdate', { locationId: t.id, id: 'c1', tags: ['a'] }, at());
    await send(e);
    await send(e);
    expect((await r.relay.store.getEvent(String(e.webhookId)))?.tagDiff).toEqual(d(['a']));
    expect(await tagUpdate(t.id, 'c1', ['a', 'b'])).toEqual(d(['b']));
  });

  test('delete then recreate: the delete clears the set, a late older event does not bring it back', async () => {
    const t = tenant();
    const old = at();
    await tagUpdate(t.id, 'c1', ['VIP', 'Lead']);
    expect(await contact('ContactDelete', t.id, 'c1', ['VIP', 'Lead'])).toBeNull();
    expect(await tagUpdate(t.id, 'c1', ['VIP'], old)).toEqual(d([]));
    expect(await contact('ContactCreate', t.id, 'c1', ['VIP'])).toEqual(d(['VIP']));
    expect(await tagUpdate(t.id, 'c1', ['VIP', 'Lead'])).toEqual(d(['Lead']));
  });

  test("tenants are isolated: one location's contact id never diffs against another's", async () => {
    const a = tenant();
    const b = tenant();
    await tagUpdate(a.id, 'same-id', ['VIP']);
    expect(await tagUpdate(b.id, 'same-id', ['Lead'])).toEqual(d(['Lead']));
    expect(await tagUpdate(a.id, 'same-id', ['VIP', 'Gold'])).toEqual(d(['Gold']));
    expect(await tagUpdate(b.id, 'same-id', [])).toEqual(d([], ['Lead']));
  });

  test('UNINSTALL removes the location\'s last-seen tags (and no one else\'s); the next event is a first sight', async () => {
    const t = tenant();
    const other = tenant();
    await tagUpdate(t.id, 'c1', ['VIP']);
    await tagUpdate(t.id, 'c2', ['Lead']);
    await tagUpdate(other.id, 'c1', ['VIP']);
    expect(await tagRows(kind, backing, t.id)).toBe(2);
    await send(makeEvent('UNINSTALL', { locationId: t.id }));
    await waitFor('uninstall handled', async () => (await tagRows(kind, backing, t.id)) === 0);
    expect(await tagRows(kind, backing, other.id)).toBe(1);
    expect(await tagUpdate(t.id, 'c1', ['VIP', 'Gold'])).toEqual(d(['VIP', 'Gold']));
    expect(await tagUpdate(other.id, 'c1', ['VIP', 'Gold'])).toEqual(d(['Gold']));
  });

  test("an agency's UNINSTALL removes its locations' last-seen tags", async () => {
    const companyId = uniq('co');
    const a = tenant();
    const b = tenant();
    const outside = tenant();
    await send(makeEvent('INSTALL', { locationId: a.id, companyId }));
    await send(makeEvent('INSTALL', { locationId: b.id, companyId }));
    for (const t of [a, b, outside]) await tagUpdate(t.id, 'c1', ['VIP']);
    await waitFor('installs recorded', async () => (await r.relay.store.companyOf(b.id)) === companyId);
    await send(makeEvent('UNINSTALL', { companyId }));
    await waitFor('agency uninstall handled', async () => (await tagRows(kind, backing, a.id)) + (await tagRows(kind, backing, b.id)) === 0);
    expect(await tagRows(kind, backing, outside.id)).toBe(1);
  });

  test('the retention purge removes last-seen tags not touched within the retention', async () => {
    const t = tenant();
    await tagUpdate(t.id, 'c1', ['VIP']);
    expect(await tagRows(kind, backing, t.id)).toBe(1);
    await r.relay.store.purge(Date.now() - 60_000);
    expect(await tagRows(kind, backing, t.id)).toBe(1);
    await r.relay.store.purge(Date.now() + 1);
    expect(await tagRows(kind, backing, t.id)).toBe(0);
  });

  test('Tag Added / Removed subscriptions get the TagUpdate or Update whose change holds their tag, with the diff in the body', async () => {
    const t = tenant();
    await subscribe(t, '/added-vip', 'ContactTagUpdate', { tag: 'vip', tagChange: 'added' });
    await subscribe(t, '/added-any', 'ContactTagUpdate', { tagChange: 'added' });
    await subscribe(t, '/removed-vip', 'ContactTagUpdate', { tag: 'VIP', tagChange: 'removed' });
    await subscribe(t, '/update-added', 'ContactUpdate', { tagChange: 'added' });
    await tagUpdate(t.id, 'c1', ['Lead']); // -> added-any
    await tagUpdate(t.id, 'c1', ['Lead', 'VIP']); // -> added-vip, added-any
    await tagUpdate(t.id, 'c1', ['Lead', 'vip']); // no change: nothing
    await tagUpdate(t.id, 'c1', ['Lead']); // -> removed-vip
    await contact('ContactUpdate', t.id, 'c1', ['Lead', 'Gold']); // -> update-added
    await contact('ContactUpdate', t.id, 'c1', ['Lead', 'Gold']); // no change: nothing
    await waitFor('deliveries', () => hitsAt('/added-any').length === 2 && hitsAt('/added-vip').length === 1
      && hitsAt('/removed-vip').length === 1 && hitsAt('/update-added').length === 1);
    await sleep(kind === 'postgres' ? 1200 : 250);
    expect(hitsAt('/added-any').map((h) => h.body.tagsAdded)).toEqual([['Lead'], ['VIP']]);
    const [vip] = hitsAt('/added-vip');
    expect(vip.body).toMatchObject({ type: 'ContactTagUpdate', id: 'c1', tags: ['Lead', 'VIP'], tagsAdded: ['VIP'], tagsRemoved: [] });
    expect(hitsAt('/removed-vip').map((h) => [h.body.tags, h.body.tagsAdded, h.body.tagsRemoved])).toEqual([[['Lead'], [], ['vip']]]);
    expect(hitsAt('/update-added').map((h) => [h.body.type, h.body.tagsAdded])).toEqual([['ContactUpdate', ['Gold']]]);
    // A retry carries the same diff: it is stored with the event, not computed per attempt.
    hooks.script.set('/retried', [{ status: 503 }]);
    await subscribe(t, '/retried', 'ContactTagUpdate', { tagChange: 'removed' });
    await tagUpdate(t.id, 'c1', ['Gold']);
    await waitFor('second attempt', () => hitsAt('/retried').length === 2);
    expect(hitsAt('/retried').map((h) => [h.status, h.body.tagsRemoved])).toEqual([[503, ['Lead']], [200, ['Lead']]]);
    // The recent events (samples) carry it too.
    const res = await fetch(`${r.url}${relayPaths.events('locations', t.id, 'ContactTagUpdate', 1)}`, { headers: { authorization: `Bearer ${t.token}` } });
    const recent = (await res.json()) as RecentEventsResponse;
    expect(recent.events.map((e) => [e.tags, e.tagsAdded, e.tagsRemoved])).toEqual([[['Gold'], [], ['Lead']]]);
  });

  test('a tagChange filter of another value is refused naming the field', async () => {
    const t = tenant();
    const res = await fetch(`${r.url}${relayPaths.subscriptions('locations', t.id)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targetUrl: `${hooks.url}/x`, eventType: 'ContactTagUpdate', filters: { tagChange: 'changed' } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_input', field: 'filters.tagChange', message: 'tagChange must be one of: added, removed' } });
  });

  if (kind === 'postgres') {
    test('two instances taking TagUpdates of one contact at once diff in one order (the row lock)', async () => {
      const second = await startTestRelay(testEnv(signer, hl.url, backing));
      try {
        const t = tenant();
        const contacts = Array.from({ length: 12 }, (_, i) => `race${i}`);
        for (const c of contacts) await tagUpdate(t.id, c, ['a']);
        const same = at();
        const events = contacts.flatMap((c) => [
          timed('ContactTagUpdate', { locationId: t.id, id: c, tags: ['a', 'b'] }, same),
          timed('ContactTagUpdate', { locationId: t.id, id: c, tags: ['a', 'b', 'c'] }, same),
        ]);
        await Promise.all(events.map((e, i) => send(e, i % 2 === 0 ? r : second)));
        for (let i = 0; i < contacts.length; i++) {
          const [one, two] = await Promise.all([events[2 * i], events[2 * i + 1]].map(async (e) => (await r.relay.store.getEvent(String(e.webhookId)))?.tagDiff));
          // Either order is consistent; both diffing against the old set (a) would report b twice.
          expect([
            [d(['b']), d(['c'])],
            [d([], ['c']), d(['b', 'c'])],
          ]).toContainEqual([one, two]);
        }
        // The set ends as the later of the two wrote it, and the next event diffs against it.
        const next = await Promise.all(contacts.map((c) => tagUpdate(t.id, c, ['a', 'b', 'c'])));
        for (const x of next) expect([d([]), d(['c'])]).toContainEqual(x);
      } finally {
        await second.stop();
      }
    });
  }
});

describe.each(STORES)('a %s database from before the tag diff', (kind) => {
  // relay_events as the first release created it (no tag_diff column).
  const OLD_EVENTS = `CREATE TABLE relay_events (
     id TEXT PRIMARY KEY, type TEXT NOT NULL, location_id TEXT, company_id TEXT, record_id TEXT,
     received_at BIGINT NOT NULL, payload TEXT NOT NULL, routed INTEGER NOT NULL DEFAULT 0)`;
  let backing: Backing;
  let store: Store | undefined;
  beforeAll(async () => {
    backing = await freshBacking(kind);
  });
  afterAll(async () => {
    await store?.close();
    await backing?.dispose();
  });

  test('gains the column on start, keeps its events, and stores diffs', async () => {
    const old = { id: 'w-old', type: 'ContactCreate', locationId: 'L1', companyId: null, recordId: 'c1', receivedAt: 1, payload: '{"type":"ContactCreate"}' };
    const insert = 'INSERT INTO relay_events (id, type, location_id, company_id, record_id, received_at, payload) VALUES ($1, $2, $3, $4, $5, $6, $7)';
    const params = [old.id, old.type, old.locationId, old.companyId, old.recordId, old.receivedAt, old.payload];
    if (kind === 'sqlite') {
      const db = new Database(backing.env.RELAY_SQLITE_PATH!);
      db.exec(OLD_EVENTS);
      db.prepare(insert.replace(/\$\d/g, '?')).run(...params);
      db.close();
      store = new SqliteStore(backing.env.RELAY_SQLITE_PATH!, 20);
    } else {
      const c = new pg.Client({ connectionString: backing.env.RELAY_DATABASE_URL });
      await c.connect();
      await c.query(OLD_EVENTS);
      await c.query(insert, params);
      await c.end();
      store = new PostgresStore({ url: backing.env.RELAY_DATABASE_URL!, pollIntervalMs: 500, jobExpireSeconds: 5 });
    }
    await store.init();
    expect(await store.getEvent('w-old')).toEqual({ ...old, tagDiff: null });
    const p = { type: 'ContactTagUpdate', locationId: 'L1', id: 'c1', tags: ['VIP'], timestamp: '2026-11-30T10:00:00.000Z' };
    const e = { id: 'w-new', type: p.type, locationId: 'L1', companyId: null, recordId: 'c1', receivedAt: 2, payload: JSON.stringify(p), tagDiff: null };
    expect(await store.addEvent(e, sightingOf(p.type, p, 2))).toBe(true);
    expect((await store.getEvent('w-new'))?.tagDiff).toEqual({ tagsAdded: ['VIP'], tagsRemoved: [] });
  });
});
