/**
 * The relay over real HTTP on 127.0.0.1, on each store: HighLevel's signed events in, the
 * subscriptions API with HighLevel's token check stubbed, deliveries to a stand-in for Zapier's
 * hook URLs. The same cases run on SQLite and (where RELAY_TEST_DATABASE_URL is set) PostgreSQL.
 */
import { readFileSync, existsSync } from 'node:fs';
import { DELIVERY_HEADERS, type ListSubscriptionsResponse, type RecentEventsResponse, type SubscribeRequest, type SubscribeResponse, type TenantScope, relayPaths } from '../contract';
import { STORES, freshBacking, startTestRelay, testEnv, type Backing, type TestRelay } from './support/relay';
import { startHighLevelStub, startHookServer, sleep, waitFor, type HighLevelStub, type HookServer } from './support/servers';
import { createSigner, makeEvent, type Signer } from './support/sign';

/** A test reads the relay's answer as the contract type the request promises. */
async function json<T = { error: { code: string; message: string; field?: string } } & Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

// Waits are bounded by waitFor; this only leaves room for a loaded 2-core machine (PostgreSQL setup, pg-boss polls).
jest.setTimeout(60_000);

describe.each(STORES)('relay on %s', (kind) => {
  let signer: Signer;
  let hl: HighLevelStub;
  let hooks: HookServer;
  let backing: Backing;
  let r: TestRelay;
  // Time for a job the queue picks up on its next poll (PostgreSQL: pg-boss polls every 0.5 s).
  const settle = kind === 'postgres' ? 1200 : 250;
  let n = 0;
  const uniq = (p: string) => `${p}${++n}${Math.random().toString(36).slice(2, 6)}`;

  beforeAll(async () => {
    signer = createSigner();
    hl = await startHighLevelStub();
    hooks = await startHookServer();
    backing = await freshBacking(kind);
    r = await startTestRelay(testEnv(signer, hl.url, backing, { RELAY_TARGET_RATE_PER_SECOND: '10' }));
  });
  afterAll(async () => {
    await r?.stop();
    await hooks?.close();
    await hl?.close();
    await backing?.dispose();
  });

  /** A fresh location with its own token. */
  function tenant(companyId?: string) {
    const id = uniq('loc');
    const token = uniq('tok-');
    hl.tokens.set(token, { kind: 'location', id, ...(companyId ? { companyId } : {}) });
    return { id, token };
  }

  const api = (token: string, path: string, init: RequestInit = {}) =>
    fetch(`${r.url}/v1${path}`, {
      ...init, headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers ?? {}) },
    });

  // Through the contract's own paths, so they cannot drift from the server's routes.
  async function subscribe(t: { id: string; token: string }, req: Omit<SubscribeRequest, 'targetUrl'> & { path: string }, scope: TenantScope = 'locations') {
    const res = await api(t.token, relayPaths.subscriptions(scope, t.id).replace(/^\/v1/, ''), {
      method: 'POST', body: JSON.stringify({ targetUrl: `${hooks.url}${req.path}`, eventType: req.eventType, filters: req.filters }),
    });
    expect(res.status).toBe(201);
    const body = await json<SubscribeResponse>(res);
    return body.subscription.id;
  }

  async function send(event: Record<string, unknown>) {
    const { body, headers } = signer.signed(event);
    const res = await r.post(body, headers);
    expect(res.status).toBe(200);
    return res.json();
  }

  const hitsAt = (path: string) => hooks.hits.filter((h) => h.path === path);

  test('unsigned, badly signed and wrongly keyed events get 401 and nothing is stored', async () => {
    const t = tenant();
    await subscribe(t, { path: '/refused', eventType: 'ContactCreate' });
    const event = makeEvent('ContactCreate', { locationId: t.id, id: 'c1', firstName: 'Ada' });
    const { body } = signer.signed(event);
    const unsigned = await r.post(body, { 'content-type': 'application/json' });
    expect(unsigned.status).toBe(401);
    expect(await json(unsigned)).toEqual({ error: { code: 'unsigned', message: 'X-GHL-Signature is missing' } });
    const tampered = await r.post(body.replace('Ada', 'Eve'), { 'content-type': 'application/json', 'x-ghl-signature': signer.signature(body) });
    expect(tampered.status).toBe(401);
    expect((await json(tampered)).error.code).toBe('bad-signature');
    const other = createSigner();
    const foreign = await r.post(body, { 'content-type': 'application/json', 'x-ghl-signature': other.signature(body) });
    expect(foreign.status).toBe(401);
    // Re-serialised JSON (another key order) is not what was signed.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(event).reverse()));
    expect((await r.post(reordered, { 'content-type': 'application/json', 'x-ghl-signature': signer.signature(body) })).status).toBe(401);
    // Another marketplace app's event, validly signed, is refused too.
    const wrongApp = signer.signed({ ...event, appId: 'someone-else' });
    const app = await r.post(wrongApp.body, wrongApp.headers);
    expect(app.status).toBe(401);
    expect((await json(app)).error).toEqual({ code: 'wrong_app', message: "appId is not this relay's marketplace app", field: 'appId' });

    await sleep(settle);
    expect(hitsAt('/refused')).toEqual([]);
    const recent: RecentEventsResponse = await json<RecentEventsResponse>(await api(t.token, `/locations/${t.id}/events`));
    expect(recent.events).toEqual([]);
    expect(await r.relay.store.getEvent(String(event.webhookId))).toBeUndefined();
  });

  test('an event reaches each matching subscription once; a repeated webhookId is acknowledged and dropped', async () => {
    const t = tenant();
    const s1 = await subscribe(t, { path: '/once-1', eventType: 'ContactDelete' });
    const s2 = await subscribe(t, { path: '/once-2', eventType: 'ContactDelete' });
    await subscribe(t, { path: '/once-other-type', eventType: 'ContactCreate' });
    const other = tenant();
    await subscribe(other, { path: '/once-other-tenant', eventType: 'ContactDelete' });

    const event = makeEvent('ContactDelete', { locationId: t.id, id: 'c-del', email: 'ada@example.com', tags: ['vip'] });
    const { body, headers } = signer.signed(event);
    expect(await (await r.post(body, headers)).json()).toEqual({ ok: true, duplicate: false });
    expect(await (await r.post(body, headers)).json()).toEqual({ ok: true, duplicate: true });
    await waitFor('both deliveries', () => hitsAt('/once-1').length === 1 && hitsAt('/once-2').length === 1);
    expect(await (await r.post(body, headers)).json()).toEqual({ ok: true, duplicate: true });
    await sleep(settle);
    expect(hitsAt('/once-1')).toHaveLength(1);
    expect(hitsAt('/once-2')).toHaveLength(1);
    expect(hitsAt('/once-other-type')).toEqual([]);
    expect(hitsAt('/once-other-tenant')).toEqual([]);
    const [hit] = hitsAt('/once-1');
    expect(hit.body).toEqual(event);
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.headers[DELIVERY_HEADERS.subscriptionId]).toBe(s1);
    expect(hit.headers[DELIVERY_HEADERS.eventType]).toBe('ContactDelete');
    expect(hit.headers[DELIVERY_HEADERS.attempt]).toBe('1');
    expect(hit.headers[DELIVERY_HEADERS.deliveryId]).toMatch(/^[0-9a-f]{32}$/);
    expect(hitsAt('/once-2')[0].headers[DELIVERY_HEADERS.subscriptionId]).toBe(s2);
    expect(hitsAt('/once-2')[0].headers[DELIVERY_HEADERS.deliveryId]).not.toBe(hit.headers[DELIVERY_HEADERS.deliveryId]);
  });

  test('filters: pipeline stage, tag (any case), channel', async () => {
    const t = tenant();
    await subscribe(t, { path: '/f-stage', eventType: 'OpportunityStageUpdate', filters: { pipelineId: 'p1', pipelineStageId: 's2' } });
    await subscribe(t, { path: '/f-tag', eventType: 'ContactTagUpdate', filters: { tag: 'VIP' } });
    await subscribe(t, { path: '/f-sms', eventType: 'InboundMessage', filters: { messageType: 'SMS' } });
    await send(makeEvent('OpportunityStageUpdate', { locationId: t.id, id: 'o1', pipelineId: 'p1', pipelineStageId: 's1' }));
    await send(makeEvent('OpportunityStageUpdate', { locationId: t.id, id: 'o2', pipelineId: 'p1', pipelineStageId: 's2' }));
    await send(makeEvent('OpportunityStageUpdate', { locationId: t.id, id: 'o3', pipelineId: 'p9', pipelineStageId: 's2' }));
    await send(makeEvent('ContactTagUpdate', { locationId: t.id, id: 'c1', tags: ['lead'] }));
    await send(makeEvent('ContactTagUpdate', { locationId: t.id, id: 'c2', tags: ['lead', 'vip'] }));
    await send(makeEvent('InboundMessage', { locationId: t.id, messageId: 'm1', messageType: 'Email' }));
    await send(makeEvent('InboundMessage', { locationId: t.id, messageId: 'm2', messageType: 'SMS' }));
    await waitFor('filtered deliveries', () => hitsAt('/f-stage').length + hitsAt('/f-tag').length + hitsAt('/f-sms').length >= 3);
    await sleep(settle);
    expect(hitsAt('/f-stage').map((h) => h.body.id)).toEqual(['o2']);
    expect(hitsAt('/f-tag').map((h) => h.body.id)).toEqual(['c2']);
    expect(hitsAt('/f-sms').map((h) => h.body.messageId)).toEqual(['m2']);
  });

  test('a 5xx answer is retried with backoff, with the same delivery id, until accepted', async () => {
    const t = tenant();
    hooks.script.set('/retry-5xx', [{ status: 500 }, { status: 503 }]);
    await subscribe(t, { path: '/retry-5xx', eventType: 'TaskCreate' });
    await send(makeEvent('TaskCreate', { locationId: t.id, id: 'task1' }));
    await waitFor('third attempt', () => hitsAt('/retry-5xx').length === 3);
    await sleep(settle);
    const hits = hitsAt('/retry-5xx');
    expect(hits.map((h) => [h.status, h.headers[DELIVERY_HEADERS.attempt]])).toEqual([[500, '1'], [503, '2'], [200, '3']]);
    expect(new Set(hits.map((h) => h.headers[DELIVERY_HEADERS.deliveryId])).size).toBe(1);
    // Backoff (base 100 ms, equal jitter): the first wait is at least 50 ms, the second at least 100 ms.
    expect(hits[1].at - hits[0].at).toBeGreaterThanOrEqual(50);
    expect(hits[2].at - hits[1].at).toBeGreaterThanOrEqual(100);
  });

  test('a 429 answer waits for Retry-After', async () => {
    const t = tenant();
    hooks.script.set('/retry-429', [{ status: 429, headers: { 'retry-after': '1' } }]);
    await subscribe(t, { path: '/retry-429', eventType: 'NoteCreate' });
    await send(makeEvent('NoteCreate', { locationId: t.id, id: 'note1' }));
    await waitFor('second attempt', () => hitsAt('/retry-429').length === 2);
    const [first, second] = hitsAt('/retry-429');
    expect([first.status, second.status]).toEqual([429, 200]);
    expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
  });

  test('a 410 answer removes the subscription; a non-retryable 4xx is dead-lettered after one attempt', async () => {
    const t = tenant();
    hooks.script.set('/gone', [{ status: 410 }]);
    hooks.script.set('/bad', [{ status: 400 }]);
    const gone = await subscribe(t, { path: '/gone', eventType: 'ContactCreate' });
    const kept = await subscribe(t, { path: '/bad', eventType: 'ContactCreate' });
    await send(makeEvent('ContactCreate', { locationId: t.id, id: 'c1' }));
    await waitFor('410 handled', async () => {
      const list: ListSubscriptionsResponse = await json<ListSubscriptionsResponse>(await api(t.token, `/locations/${t.id}/subscriptions`));
      return list.subscriptions.every((s) => s.id !== gone);
    });
    const list: ListSubscriptionsResponse = await json<ListSubscriptionsResponse>(await api(t.token, `/locations/${t.id}/subscriptions`));
    expect(list.subscriptions.map((s) => s.id)).toEqual([kept]);
    await send(makeEvent('ContactCreate', { locationId: t.id, id: 'c2' }));
    await waitFor('second event to /bad', () => hitsAt('/bad').length === 2);
    await sleep(settle);
    expect(hitsAt('/gone')).toHaveLength(1);
    expect(hitsAt('/bad').map((h) => [h.body.id, h.status])).toEqual([['c1', 400], ['c2', 200]]);
    const metrics = await (await fetch(`${r.url}/metrics`)).text();
    expect(metrics).toMatch(/relay_deliveries_dead_total [1-9]/);
    expect(metrics).toMatch(/relay_subscriptions_removed_total\{reason="gone"\} 1/);
  });

  test('at most the configured rate per second reaches one target', async () => {
    const t = tenant();
    await subscribe(t, { path: '/rate', eventType: 'ContactUpdate' });
    for (let i = 0; i < 25; i++) await send(makeEvent('ContactUpdate', { locationId: t.id, id: `c${i}` }));
    await waitFor('25 deliveries', () => hitsAt('/rate').length === 25, 20_000);
    const perSecond = new Map<number, number>();
    for (const h of hitsAt('/rate')) perSecond.set(Math.floor(h.at / 1000), (perSecond.get(Math.floor(h.at / 1000)) ?? 0) + 1);
    // 10 per second: 25 deliveries need at least three distinct seconds.
    expect(perSecond.size).toBeGreaterThanOrEqual(3);
  });

  test("another tenant's token can neither see nor touch a subscription, nor read its events", async () => {
    const a = tenant();
    const b = tenant();
    const sub = await subscribe(a, { path: '/isolated', eventType: 'ContactCreate' });
    await send(makeEvent('ContactCreate', { locationId: a.id, id: 'private', email: 'a@example.com' }));
    await waitFor('delivered', () => hitsAt('/isolated').length === 1);

    const listB: ListSubscriptionsResponse = await json<ListSubscriptionsResponse>(await api(b.token, `/locations/${b.id}/subscriptions`));
    expect(listB.subscriptions).toEqual([]);
    const del = await api(b.token, `/locations/${b.id}/subscriptions/${sub}`, { method: 'DELETE' });
    expect(del.status).toBe(404);
    expect(await json(del)).toEqual({ error: { code: 'not_found', message: 'no such subscription for this tenant', field: 'id' } });
    const eventsB: RecentEventsResponse = await json<RecentEventsResponse>(await api(b.token, `/locations/${b.id}/events`));
    expect(eventsB.events).toEqual([]);
    // B's token on A's path: HighLevel refuses it, so does the relay.
    for (const [method, path] of [['GET', 'subscriptions'], ['DELETE', `subscriptions/${sub}`], ['GET', 'events']]) {
      const res = await api(b.token, `/locations/${a.id}/${path}`, { method });
      expect(res.status).toBe(401);
      expect(await json(res)).toEqual({ error: { code: 'unauthenticated', message: `HighLevel did not accept the token for location ${a.id}` } });
    }
    const listA: ListSubscriptionsResponse = await json<ListSubscriptionsResponse>(await api(a.token, `/locations/${a.id}/subscriptions`));
    expect(listA.subscriptions.map((s) => s.id)).toEqual([sub]);
    expect(listA.subscriptions[0]).toEqual({ id: sub, eventType: 'ContactCreate', targetHost: new URL(hooks.url).host, filters: {}, createdAt: expect.any(String) });
    // A deletes its own.
    expect((await api(a.token, `/locations/${a.id}/subscriptions/${sub}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(a.token, `/locations/${a.id}/subscriptions/${sub}`, { method: 'DELETE' })).status).toBe(404);
  });

  test('an agency subscription gets its locations\' events (INSTALL maps them) with a location filter', async () => {
    const companyId = uniq('co');
    const agencyToken = uniq('agency-');
    hl.tokens.set(agencyToken, { kind: 'company', id: companyId });
    const loc1 = tenant();
    const loc2 = tenant();
    await send(makeEvent('INSTALL', { locationId: loc1.id, companyId }));
    await send(makeEvent('INSTALL', { locationId: loc2.id, companyId }));
    await sleep(settle);
    await subscribe({ id: companyId, token: agencyToken }, { path: '/agency-all', eventType: 'ContactCreate' }, 'companies');
    await subscribe({ id: companyId, token: agencyToken }, { path: '/agency-loc2', eventType: 'ContactCreate', filters: { locationId: loc2.id } }, 'companies');
    await send(makeEvent('ContactCreate', { locationId: loc1.id, id: 'x1' }));
    await send(makeEvent('ContactCreate', { locationId: loc2.id, id: 'x2' }));
    await waitFor('agency deliveries', () => hitsAt('/agency-all').length === 2 && hitsAt('/agency-loc2').length === 1);
    expect(hitsAt('/agency-loc2')[0].body.id).toBe('x2');
    // The location token cannot use the agency's path.
    expect((await api(loc1.token, `/companies/${companyId}/subscriptions`)).status).toBe(401);
  });

  test('bad subscribe input is refused naming the field, before anything is stored', async () => {
    const t = tenant();
    const post = async (body: unknown) => {
      const res = await api(t.token, `/locations/${t.id}/subscriptions`, { method: 'POST', body: JSON.stringify(body) });
      return [res.status, (await json(res)).error];
    };
    expect(await post({ targetUrl: 'https://evil.example.com/x', eventType: 'ContactCreate' }))
      .toEqual([400, { code: 'invalid_input', field: 'targetUrl', message: 'targetUrl must be on 127.0.0.1' }]);
    expect(await post({ eventType: 'ContactCreate' })).toEqual([400, { code: 'invalid_input', field: 'targetUrl', message: 'targetUrl is required' }]);
    expect(await post({ targetUrl: `${hooks.url}/x`, eventType: 'ContactExploded' }))
      .toEqual([400, { code: 'invalid_input', field: 'eventType', message: 'eventType must be one of the HighLevel event types (contract EVENT_TYPES)' }]);
    expect(await post({ targetUrl: `${hooks.url}/x`, eventType: 'UNINSTALL' }))
      .toEqual([400, expect.objectContaining({ field: 'eventType' })]);
    expect(await post({ targetUrl: `${hooks.url}/x`, eventType: 'ContactCreate', filters: { colour: 'red' } }))
      .toEqual([400, expect.objectContaining({ field: 'filters.colour' })]);
    expect(await post({ targetUrl: `${hooks.url}/x`, eventType: 'ContactCreate', filters: { tag: 5 } }))
      .toEqual([400, expect.objectContaining({ field: 'filters.tag' })]);
    const noAuth = await fetch(`${r.url}/v1/locations/${t.id}/subscriptions`);
    expect(noAuth.status).toBe(401);
    expect((await json(noAuth)).error.field).toBe('authorization');
    const list: ListSubscriptionsResponse = await json<ListSubscriptionsResponse>(await api(t.token, `/locations/${t.id}/subscriptions`));
    expect(list.subscriptions).toEqual([]);
  });

  test('the token is proven with one HighLevel call, cached, and never stored', async () => {
    const t = tenant();
    const before = hl.calls.length;
    await subscribe(t, { path: '/cached', eventType: 'ContactCreate' });
    await api(t.token, `/locations/${t.id}/subscriptions`);
    await api(t.token, `/locations/${t.id}/events`);
    const calls = hl.calls.slice(before);
    expect(calls).toEqual([{ path: `/locations/${t.id}`, authorization: `Bearer ${t.token}` }]);
    if (kind === 'sqlite') {
      const path = r.cfg.sqlitePath;
      const bytes = [path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p).toString('latin1')).join('');
      expect(bytes).toContain('/cached');
      expect(bytes).not.toContain(t.token);
    }
  });

  test('one opportunity edit reaches each Zap once, as the event it subscribed to', async () => {
    const t = tenant();
    await subscribe(t, { path: '/opp-stage', eventType: 'OpportunityStageUpdate' });
    await subscribe(t, { path: '/opp-update', eventType: 'OpportunityUpdate' });
    await subscribe(t, { path: '/opp-delete', eventType: 'OpportunityDelete' });
    const opp = { locationId: t.id, id: 'opp1', pipelineId: 'p1', pipelineStageId: 's2', status: 'open', monetaryValue: 40 };
    // A stage change: OpportunityUpdate + OpportunityStageUpdate, the latter sent twice (two webhookIds).
    await send(makeEvent('OpportunityUpdate', opp));
    await send(makeEvent('OpportunityStageUpdate', opp));
    await send(makeEvent('OpportunityStageUpdate', opp));
    // A delete: OpportunityDelete + an OpportunityUpdate echo.
    const gone = { ...opp, id: 'opp2' };
    await send(makeEvent('OpportunityUpdate', gone));
    await send(makeEvent('OpportunityDelete', gone));
    await waitFor('stage, update, delete', () => hitsAt('/opp-stage').length >= 1 && hitsAt('/opp-update').length >= 1 && hitsAt('/opp-delete').length >= 1);
    await sleep(300 + settle * 2);
    expect(hitsAt('/opp-stage').map((h) => h.body.type)).toEqual(['OpportunityStageUpdate']);
    expect(hitsAt('/opp-update').map((h) => [h.body.type, h.body.id])).toEqual([['OpportunityUpdate', 'opp1']]);
    expect(hitsAt('/opp-delete').map((h) => [h.body.type, h.body.id])).toEqual([['OpportunityDelete', 'opp2']]);
  });

  test('recent events give samples newest first, of the tenant and type asked for', async () => {
    const t = tenant();
    const older = makeEvent('ContactDelete', { locationId: t.id, id: 'old' });
    const newer = makeEvent('ContactDelete', { locationId: t.id, id: 'new' });
    await send(older);
    await sleep(5);
    await send(newer);
    await send(makeEvent('ContactCreate', { locationId: t.id, id: 'created' }));
    const res: RecentEventsResponse = await json<RecentEventsResponse>(await api(t.token, relayPaths.events('locations', t.id, 'ContactDelete', 5).replace(/^\/v1/, '')));
    expect(res.events).toEqual([newer, older]);
    const one: RecentEventsResponse = await json<RecentEventsResponse>(await api(t.token, `/locations/${t.id}/events?limit=1`));
    expect(one.events.map((e) => e.id)).toEqual(['created']);
    const bad = await api(t.token, `/locations/${t.id}/events?limit=500`);
    expect([bad.status, (await json(bad)).error.field]).toEqual([400, 'limit']);
  });

  test("UNINSTALL removes the tenant's subscriptions and stored events, and no one else's", async () => {
    const t = tenant();
    const other = tenant();
    await subscribe(t, { path: '/uninstall', eventType: 'ContactCreate' });
    const kept = await subscribe(other, { path: '/uninstall-other', eventType: 'ContactCreate' });
    await send(makeEvent('ContactCreate', { locationId: t.id, id: 'u1' }));
    await send(makeEvent('ContactCreate', { locationId: other.id, id: 'u2' }));
    await waitFor('delivered', () => hitsAt('/uninstall').length === 1 && hitsAt('/uninstall-other').length === 1);
    await send(makeEvent('UNINSTALL', { locationId: t.id }));
    await waitFor('tenant removed', async () => {
      const list: ListSubscriptionsResponse = await json<ListSubscriptionsResponse>(await api(t.token, `/locations/${t.id}/subscriptions`));
      return list.subscriptions.length === 0;
    });
    const events: RecentEventsResponse = await json<RecentEventsResponse>(await api(t.token, `/locations/${t.id}/events`));
    expect(events.events).toEqual([]);
    const otherList: ListSubscriptionsResponse = await json<ListSubscriptionsResponse>(await api(other.token, `/locations/${other.id}/subscriptions`));
    expect(otherList.subscriptions.map((s) => s.id)).toEqual([kept]);
    const otherEvents: RecentEventsResponse = await json<RecentEventsResponse>(await api(other.token, `/locations/${other.id}/events`));
    expect(otherEvents.events.map((e) => e.id)).toEqual(['u2']);
  });

  test('retention purge deletes events older than the retention, with their deliveries', async () => {
    const t = tenant();
    const e = makeEvent('ContactCreate', { locationId: t.id, id: 'p1' });
    await send(e);
    expect(await r.relay.store.getEvent(String(e.webhookId))).toBeDefined();
    const purged = await r.relay.store.purge(Date.now() + 1);
    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await r.relay.store.getEvent(String(e.webhookId))).toBeUndefined();
    const events: RecentEventsResponse = await json<RecentEventsResponse>(await api(t.token, `/locations/${t.id}/events`));
    expect(events.events).toEqual([]);
  });

  test('health, readiness and Prometheus metrics', async () => {
    expect(await (await fetch(`${r.url}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${r.url}/readyz`)).json()).toEqual({ ok: true, store: kind });
    const res = await fetch(`${r.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    for (const name of ['relay_events_received_total', 'relay_events_rejected_total', 'relay_events_deduplicated_total',
      'relay_deliveries_delivered_total', 'relay_deliveries_retried_total', 'relay_deliveries_dead_total', 'relay_queue_depth',
      'relay_delivery_latency_seconds_bucket']) {
      expect(text).toContain(`# TYPE ${name.replace(/_bucket$/, '')} `);
    }
    expect(text).toMatch(/relay_events_rejected_total\{reason="unsigned"\} [1-9]/);
    expect(text).toMatch(/relay_events_deduplicated_total [1-9]/);
    expect(text).toMatch(/relay_deliveries_retried_total\{reason="429"\} 1/);
  });
});
