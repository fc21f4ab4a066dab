/**
 * The relay as its own process (npm run relay's entry point), killed with SIGKILL in the middle
 * of a stream of events and restarted: nothing acknowledged is lost, and nothing the relay had
 * recorded as delivered is sent again. The only repeats are the requests that were on the wire at
 * the instant of the kill (no sender can know whether those arrived): they come again once, with
 * the same Idempotency-Key, so the receiver can drop them. Then SIGTERM with deliveries in flight:
 * they finish before the process exits 0, and a restart repeats none of them.
 */
import type { ChildProcess } from 'node:child_process';
import { STORES, freshBacking, testEnv, type Backing } from './support/relay';
import { exited, freePort, startProcess } from './support/process';
import { startHighLevelStub, startHookServer, sleep, waitFor, type HighLevelStub, type HookServer } from './support/servers';
import { createSigner, makeEvent, type Signer } from './support/sign';
import { INGRESS_PATH } from '../routes/ingress';

// Waits are bounded by waitFor; this only leaves room for a loaded 2-core machine (PostgreSQL setup, pg-boss polls).
jest.setTimeout(60_000);

describe.each(STORES)('relay process on %s', (kind) => {
  let signer: Signer;
  let hl: HighLevelStub;
  let hooks: HookServer;
  let backing: Backing;
  let env: Record<string, string>;
  let url: string;
  let child: ChildProcess | undefined;

  const startChild = () => startProcess(env, url);

  beforeAll(async () => {
    signer = createSigner();
    hl = await startHighLevelStub();
    hooks = await startHookServer();
    backing = await freshBacking(kind);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = testEnv(signer, hl.url, backing, { RELAY_PORT: String(port), RELAY_JOB_EXPIRE_SECONDS: '3' });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await exited(child);
    }
    await hooks?.close();
    await hl?.close();
    await backing?.dispose();
  });

  test('SIGKILL mid-stream, restart: nothing acknowledged is lost; only requests on the wire at the kill come again, with their Idempotency-Key', async () => {
    child = await startChild();
    hl.tokens.set('tok-kill', { kind: 'location', id: 'loc-kill' });
    for (const path of ['/k1', '/k2']) {
      const res = await fetch(`${url}/v1/locations/loc-kill/subscriptions`, {
        method: 'POST', headers: { authorization: 'Bearer tok-kill', 'content-type': 'application/json' },
        body: JSON.stringify({ targetUrl: `${hooks.url}${path}`, eventType: 'ContactCreate' }),
      });
      expect(res.status).toBe(201);
    }
    hooks.fallback = { status: 200, delayMs: 20 };
    const events = Array.from({ length: 60 }, (_, i) => signer.signed(makeEvent('ContactCreate', { locationId: 'loc-kill', id: `c${i}` })));
    const acked = new Set<number>();
    const post = (i: number) => fetch(`${url}${INGRESS_PATH}`, { method: 'POST', body: events[i].body, headers: events[i].headers })
      .then((r) => (r.ok ? acked.add(i) : undefined), () => undefined);
    let killed = false;
    let killAt = 0;
    for (let i = 0; i < events.length; i += 3) {
      await Promise.all([post(i), post(i + 1), post(i + 2)].slice(0, events.length - i));
      if (!killed && acked.size >= 30 && hooks.hits.length > 0) {
        killed = true;
        killAt = Date.now();
        child.kill('SIGKILL');
      }
    }
    expect(killed).toBe(true);
    await exited(child);
    const lost = events.length - acked.size;
    expect(lost).toBeGreaterThan(0);

    const restartAt = Date.now();
    child = await startChild();
    // HighLevel retries what got no 200; a few acknowledged ones come again (a manual resend).
    for (let i = 0; i < events.length; i++) if (!acked.has(i) || i % 10 === 0) await post(i);
    expect(acked.size).toBe(events.length);
    await waitFor('120 deliveries', () => hooks.accepted().size === 120, 60_000);
    await sleep(kind === 'postgres' ? 1500 : 500);
    const accepted = hooks.accepted();
    expect(accepted.size).toBe(120);
    const bodies = new Set(hooks.hits.filter((h) => h.answered).map((h) => `${h.path} ${String(h.body.id)}`));
    expect(bodies.size).toBe(120);
    // Repeats: only requests on the wire at the kill, sent once by the killed process and once more
    // after the restart. (The stand-in runs in this process, so it may read a request the killed relay
    // had already sent a moment after killAt: "before the restart" is the exact boundary.)
    const repeated = [...accepted].filter(([, c]) => c > 1).map(([id]) => hooks.hits.filter((h) => h.headers['idempotency-key'] === id));
    for (const hits of repeated) {
      expect(hits.map((h) => [h.at < restartAt, h.at >= restartAt])).toEqual([[true, false], [false, true]]);
    }
    expect(killAt).toBeLessThan(restartAt);
    expect(repeated.length).toBeLessThanOrEqual(16); // the delivery concurrency: at most that many on the wire
  }, 120_000);

  test('SIGTERM finishes the deliveries in flight, then exits 0; a restart delivers the rest once', async () => {
    child ??= await startChild();
    hooks.hits.length = 0;
    hooks.fallback = { status: 200, delayMs: 400 };
    const events = Array.from({ length: 6 }, (_, i) => signer.signed(makeEvent('ContactCreate', { locationId: 'loc-kill', id: `t${i}` })));
    for (const e of events) expect((await fetch(`${url}${INGRESS_PATH}`, { method: 'POST', body: e.body, headers: e.headers })).status).toBe(200);
    await waitFor('deliveries in flight', () => hooks.hits.length > 0);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    // Every request the relay had sent was answered and recorded before it exited.
    expect(hooks.hits.every((h) => h.answered)).toBe(true);
    const before = hooks.accepted().size;
    expect(before).toBeGreaterThan(0);
    child = await startChild();
    await waitFor('12 deliveries', () => hooks.accepted().size === 12, 30_000);
    await sleep(kind === 'postgres' ? 1500 : 500);
    expect([...hooks.accepted().values()].filter((c) => c !== 1)).toEqual([]);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  }, 90_000);
});
