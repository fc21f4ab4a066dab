/**
 * Instant triggers end to end over real HTTP, on both relay stores (SQLite in a temp file, and
 * PostgreSQL where RELAY_TEST_DATABASE_URL is set): the sandbox (HighLevel) emits signed events ->
 * the relay (trusting the sandbox's key, proving tokens against the sandbox as HighLevel) -> a
 * stand-in for Zapier's hook URL on 127.0.0.1. The Zapier app subscribes through its instant
 * triggers (RELAY_URL = the relay) and turns the delivered body into the polling trigger's output.
 */
import type { ChildProcess } from 'node:child_process';
import { relayPaths } from '../../relay/contract';
import { STORES, freshBacking, startTestRelay, testEnv, type Backing, type TestRelay } from '../../relay/test/support/relay';
import { exited, freePort, startProcess } from '../../relay/test/support/process';
import { startHookServer, sleep, waitFor, type HookHit, type HookServer } from '../../relay/test/support/servers';
import { createSigner, makeEvent } from '../../relay/test/support/sign';
import type { Sandbox } from '../../sandbox';
import app from '../../index';
import { connectToSandbox, highLevelUser } from '../../scripts/start';
import { ZapRunner, type Item } from '../../scripts/zap';

// Each test is bounded by its waits (below 20 s on an idle machine); this leaves room for a
// loaded 2-core machine, PostgreSQL set-up and pg-boss polls.
jest.setTimeout(60_000);

const CONTACT_KEYS = ['id', 'firstName', 'lastName', 'name', 'email', 'phone', 'address1', 'city', 'state', 'postalCode', 'country', 'fullAddress', 'tags', 'locationId', 'webUrl'];
const pick = (o: Item, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
const onPath = (hook: HookServer, path: string): HookHit[] => hook.hits.filter((h) => h.path === path);

/** A Location token for the agency's second sub-account (another tenant), as HighLevel issues it. */
async function otherTenantToken(sb: Sandbox): Promise<{ token: string; locationId: string }> {
  const agency = sb.issueAgencyTokens();
  const locationId = [...sb.store.locations.keys()].find((id) => id !== sb.locationId)!;
  const res = await fetch(`${sb.url}/oauth/locationToken`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${agency.access_token}`, Version: '2021-07-28', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ companyId: sb.companyId, locationId }).toString(),
  });
  expect(res.status).toBe(200);
  return { token: String(((await res.json()) as Item).access_token), locationId };
}

describe.each(STORES)('sandbox -> relay on %s -> hook', (kind) => {
  let sandbox: Sandbox;
  let zap: ZapRunner;
  let relay: TestRelay;
  let hook: HookServer;
  let backing: Backing;
  let hl: ReturnType<typeof highLevelUser>;
  const subs = (token: string, locationId: string) =>
    fetch(`${relay.url}${relayPaths.subscriptions('locations', locationId)}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    // Retries every 0.5 s at most, for 40 s: the relay's restart in the kill test is within that.
    ({ sandbox, zap } = await connectToSandbox({ rateLimit: false, webhooks: { retryBaseMs: 100, retryMaxDelayMs: 500, maxRetries: 80 } }));
    await zap.connect('instant-e2e');
    hl = highLevelUser(sandbox);
    backing = await freshBacking(kind);
    relay = await startTestRelay(testEnv(sandbox.webhooks, sandbox.url, backing, { RELAY_APP_ID: sandbox.webhooks.appId }));
    sandbox.webhooks.setTarget(`${relay.url}${relayPaths.ingress}`);
    hook = await startHookServer();
    process.env.RELAY_URL = relay.url;
  });
  afterAll(async () => {
    delete process.env.RELAY_URL;
    await sandbox?.stop();
    await relay?.stop();
    await hook?.close();
    await backing?.dispose();
  });

  test('Contact Deleted (Instant): a contact deleted in HighLevel reaches the Zap as the same flat contact the polling trigger gives; unsubscribing removes it', async () => {
    const path = '/hooks/delete';
    const sub = await zap.subscribe('contactDeletedInstant', `${hook.url}${path}`);
    const contact = sandbox.store.contactsOf(sandbox.locationId).find((c) => c.address1 && c.tags.length)!;
    const [polled] = (await zap.run('searches', 'getContact', { contactId: contact.id })) as Item[];
    await hl('DELETE', `/contacts/${contact.id}`);
    await waitFor('the ContactDelete at the hook', () => onPath(hook, path).length > 0);
    const hit = onPath(hook, path)[0]!;
    expect(hit.body).toMatchObject({ type: 'ContactDelete', id: contact.id, locationId: sandbox.locationId, appId: sandbox.webhooks.appId });
    expect(hit.headers).toMatchObject({ 'x-relay-event-type': 'ContactDelete', 'x-relay-attempt': '1', 'idempotency-key': expect.any(String) });
    const out = await zap.hook('contactDeletedInstant', hit.body);
    expect(out).toHaveLength(1);
    expect(pick(out[0]!, CONTACT_KEYS)).toEqual(pick(polled!, CONTACT_KEYS));
    await sandbox.webhooks.idle();
    expect(onPath(hook, path)).toHaveLength(1); // its tasks' and notes' deletions are other event types

    await zap.unsubscribe('contactDeletedInstant', sub);
    const left = (await (await subs(zap.authData.access_token!, sandbox.locationId)).json()) as { subscriptions: Item[] };
    expect(left.subscriptions.map((s) => s.id)).not.toContain(sub.id);
  });

  test('a bad signature is refused (401) and nothing is stored or delivered; a resent webhookId is delivered once', async () => {
    const path = '/hooks/created';
    await zap.subscribe('contactCreatedInstant', `${hook.url}${path}`);
    const forged = createSigner().signed(makeEvent('ContactCreate', { locationId: sandbox.locationId, id: 'forged1', firstName: 'Mallory' }, sandbox.webhooks.appId));
    expect((await relay.post(forged.body, forged.headers)).status).toBe(401);
    const unsigned = await relay.post(forged.body, { 'content-type': 'application/json' });
    expect(unsigned.status).toBe(401);

    const created = (await hl('POST', '/contacts/', { locationId: sandbox.locationId, firstName: 'Ines', lastName: 'Moreau', email: 'ines.moreau@example.com' })).contact as Item;
    await waitFor('the ContactCreate at the hook', () => onPath(hook, path).length > 0);
    const sent = sandbox.webhooks.deliveries.find((d) => d.type === 'ContactCreate' && d.state === 'delivered')!;
    // HighLevel's retries and the dashboard's Resend send the original bytes again.
    expect(sandbox.webhooks.resend(sent.webhookId)).toBe(true);
    expect(sandbox.webhooks.resend(sent.webhookId)).toBe(true);
    await sandbox.webhooks.idle();
    expect(sandbox.webhooks.deliveries.filter((d) => d.webhookId === sent.webhookId).map((d) => d.state)).toEqual(['delivered', 'delivered', 'delivered']);
    await sleep(kind === 'postgres' ? 1500 : 500); // room for a wrong second delivery to show
    expect(onPath(hook, path).map((h) => h.body.id)).toEqual([created.id]);
    const events = (await (await fetch(`${relay.url}${relayPaths.events('locations', sandbox.locationId, 'ContactCreate', 50)}`, { headers: { authorization: `Bearer ${zap.authData.access_token!}` } })).json()) as { events: Item[] };
    expect(events.events.map((e) => e.id)).toContain(created.id);
    expect(events.events.map((e) => e.id)).not.toContain('forged1');
  });

  test('the hook answering 5xx is retried, 429 waits for Retry-After, 410 removes the subscription', async () => {
    const path = '/hooks/updated';
    const sub = await zap.subscribe('contactUpdatedInstant', `${hook.url}${path}`);
    hook.script.set(path, [{ status: 503 }, { status: 429, headers: { 'retry-after': '1' } }, { status: 200 }]);
    const contact = sandbox.store.contactsOf(sandbox.locationId)[0]!;
    await hl('PUT', `/contacts/${contact.id}`, { city: 'Round Rock' });
    await waitFor('three attempts', () => onPath(hook, path).length >= 3);
    const hits = onPath(hook, path);
    expect(hits.map((h) => [h.status, h.headers['x-relay-attempt']])).toEqual([[503, '1'], [429, '2'], [200, '3']]);
    expect(new Set(hits.map((h) => h.headers['idempotency-key'])).size).toBe(1);
    expect(hits[2]!.body).toMatchObject({ type: 'ContactUpdate', id: contact.id, city: 'Round Rock' });
    expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(950); // never earlier than Retry-After says

    hook.script.set(path, [{ status: 410 }]);
    await hl('PUT', `/contacts/${contact.id}`, { city: 'Georgetown' });
    await waitFor('the 410', () => onPath(hook, path).length >= 4);
    await waitFor('the subscription removed', async () => {
      const list = (await (await subs(zap.authData.access_token!, sandbox.locationId)).json()) as { subscriptions: Item[] };
      return !list.subscriptions.some((s) => s.id === sub.id);
    });
    await hl('PUT', `/contacts/${contact.id}`, { city: 'Pflugerville' });
    await sandbox.webhooks.idle();
    await sleep(kind === 'postgres' ? 1500 : 500);
    expect(onPath(hook, path)).toHaveLength(4);
  });

  test('another tenant\'s token can neither see nor delete a subscription', async () => {
    const path = '/hooks/tenant';
    const sub = await zap.subscribe('contactDeletedInstant', `${hook.url}${path}`);
    const other = await otherTenantToken(sandbox);
    const auth = { authorization: `Bearer ${other.token}` };
    const mine = relayPaths.subscription('locations', sandbox.locationId, String(sub.id));
    expect((await subs(other.token, sandbox.locationId)).status).toBe(401);
    expect((await fetch(`${relay.url}${mine}`, { method: 'DELETE', headers: auth })).status).toBe(401);
    const theirs = await subs(other.token, other.locationId);
    expect(theirs.status).toBe(200);
    expect(((await theirs.json()) as { subscriptions: Item[] }).subscriptions).toEqual([]);
    expect((await fetch(`${relay.url}${relayPaths.subscription('locations', other.locationId, String(sub.id))}`, { method: 'DELETE', headers: auth })).status).toBe(404);
    // Through the app: the other sub-account's Zap turning off with this subscription's data touches nothing.
    const stranger = new ZapRunner(app as unknown as ConstructorParameters<typeof ZapRunner>[0]);
    stranger.authData = { access_token: other.token, locationId: other.locationId, companyId: sandbox.companyId, userType: 'Location' };
    await expect(stranger.unsubscribe('contactDeletedInstant', sub)).resolves.toEqual({});
    const still = (await (await subs(zap.authData.access_token!, sandbox.locationId)).json()) as { subscriptions: Item[] };
    expect(still.subscriptions.map((s) => s.id)).toContain(sub.id);
    await zap.unsubscribe('contactDeletedInstant', sub);
  });

  test('the relay killed mid-stream (SIGKILL) and restarted: every change reaches the hook, none twice by Idempotency-Key', async () => {
    const path = '/hooks/stream';
    const kb = await freshBacking(kind);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = testEnv(sandbox.webhooks, sandbox.url, kb, { RELAY_APP_ID: sandbox.webhooks.appId, RELAY_PORT: String(port), RELAY_JOB_EXPIRE_SECONDS: '3' });
    let child: ChildProcess | undefined = await startProcess(env, url);
    const ingress = sandbox.webhooks.target;
    try {
      sandbox.webhooks.setTarget(`${url}${relayPaths.ingress}`);
      process.env.RELAY_URL = url;
      await zap.subscribe('contactUpdatedInstant', `${hook.url}${path}`);
      hook.fallback = { status: 200, delayMs: 20 };
      const contact = sandbox.store.contactsOf(sandbox.locationId)[1]!;
      const N = 20;
      let restartAt = 0;
      for (let i = 0; i < N; i++) {
        // HighLevel keeps answering while the relay is down: the sandbox's requests never fail.
        await hl('PUT', `/contacts/${contact.id}`, { city: `Stop ${i}` });
        if (i === 8 && child) {
          const running: ChildProcess = child;
          await waitFor('deliveries flowing', () => onPath(hook, path).length > 0);
          running.kill('SIGKILL');
          await exited(running);
          child = undefined;
        }
      }
      restartAt = Date.now();
      child = await startProcess(env, url);
      await sandbox.webhooks.idle();
      const cities = () => new Set(onPath(hook, path).filter((h) => h.answered && h.status === 200).map((h) => String(h.body.city)));
      await waitFor(`${N} changes at the hook`, () => cities().size === N, 30_000);
      await sleep(kind === 'postgres' ? 1500 : 500);
      expect(cities().size).toBe(N);
      const hits = onPath(hook, path).filter((h) => h.answered && h.status === 200);
      const byKey = new Map<string, HookHit[]>();
      for (const h of hits) byKey.set(String(h.headers['idempotency-key']), [...(byKey.get(String(h.headers['idempotency-key'])) ?? []), h]);
      expect(byKey.size).toBe(N);
      // A repeat is only a request on the wire at the kill, sent again after the restart with the same key.
      for (const repeated of [...byKey.values()].filter((l) => l.length > 1)) {
        expect(repeated.map((h) => h.at >= restartAt)).toEqual([false, true]);
      }
      expect(sandbox.webhooks.deliveries.filter((d) => d.state !== 'delivered')).toEqual([]);
    } finally {
      process.env.RELAY_URL = relay.url;
      sandbox.webhooks.setTarget(ingress);
      if (child) {
        child.kill('SIGKILL');
        await exited(child);
      }
      await kb.dispose();
    }
    // Two relay processes start (tsx compiles the relay each time): about 15 s on an idle machine,
    // 40-50 s measured with 8 test runs sharing 2 cores.
  }, 120_000);
});
