/**
 * Relay benchmark (`npm run relay:bench`): prints figures, asserts nothing. Everything runs on
 * 127.0.0.1 with bounded loops. The relay instances and the bare endpoint run as their own
 * processes (as deployed); this process only sends events and plays HighLevel and Zapier.
 * 1. Ingress: throughput and acknowledgement time (p50/p99) of the relay's webhook URL (verify the
 *    Ed25519 signature, store once, 200) against a bare fastify POST endpoint in the same run.
 * 2. End to end: events at a steady rate, time from POST to the hook stand-in receiving them.
 * 3. From the sandbox: contact edits in the HighLevel sandbox at a steady rate; time from the
 *    sandbox's emit (its signed event leaving, after its answer) to the hook receiving it.
 * Each on SQLite and, where RELAY_TEST_DATABASE_URL (or RELAY_BENCH_DATABASE_URL) is set, on
 * PostgreSQL with one and with two relay instances sharing the database.
 */
import type { ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { INGRESS_PATH } from '../routes/ingress';
import { exited, freePort, startProcess } from '../test/support/process';
import { freshBacking, testEnv, type StoreKind } from '../test/support/relay';
import { startHighLevelStub, startHookServer, sleep, type HookServer } from '../test/support/servers';
import { createSigner, makeEvent, type Signer } from '../test/support/sign';
import { APP_ID } from '../test/support/relay';
import { startSandbox } from '../../sandbox';

const PG = process.env.RELAY_BENCH_DATABASE_URL || process.env.RELAY_TEST_DATABASE_URL;
const INGRESS_REQUESTS = Number(process.env.RELAY_BENCH_REQUESTS || 3000);
const CONCURRENCY = 16;
const E2E_RATE = 40; // events per second, spread over 4 targets (10/s each, under Zapier's 30/s)
const E2E_SECONDS = 5;

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(base: string, path: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(path, base);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Sends `bodies` with CONCURRENCY in flight, round-robin over `bases`; returns req/s and ack times. */
async function load(bases: string[], bodies: { body: string; headers: Record<string, string> }[]) {
  const times: number[] = [];
  let next = 0;
  let failures = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < bodies.length) {
      const i = next++;
      const t = performance.now();
      const status = await post(bases[i % bases.length], INGRESS_PATH, bodies[i].body, bodies[i].headers);
      times.push(performance.now() - t);
      if (status !== 200) failures++;
    }
  }));
  const seconds = (performance.now() - start) / 1000;
  return { rps: bodies.length / seconds, p50: pct(times, 50), p99: pct(times, 99), failures };
}

async function stopAll(procs: ChildProcess[]): Promise<void> {
  for (const p of procs) {
    p.kill('SIGTERM');
    await exited(p);
  }
}

async function bareEndpoint(): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = await startProcess({ RELAY_PORT: String(port) }, url, 'relay/bench/bare.ts');
  return { url, close: () => stopAll([proc]) };
}

async function queueDepth(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^relay_queue_depth (\S+)$/m.exec(text)?.[1] ?? NaN);
}

async function startRelays(kind: StoreKind, instances: number, signer: Pick<Signer, 'publicKeyPem'>, hlUrl: string) {
  const backing = await freshBacking(kind);
  const procs: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < instances; i++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = testEnv(signer, hlUrl, backing, { RELAY_PORT: String(port), RELAY_TARGET_RATE_PER_SECOND: '30' });
    procs.push(await startProcess(env, url));
    urls.push(url);
  }
  return {
    urls,
    /** Waits (bounded) until the queue is empty; returns how long that took. */
    async drain(): Promise<number> {
      const t = performance.now();
      const end = Date.now() + 120_000;
      while (Date.now() < end && (await queueDepth(urls[0])) > 0) await sleep(100);
      return performance.now() - t;
    },
    async stop() {
      await stopAll(procs);
      await backing.dispose();
    },
  };
}

async function endToEnd(urls: string[], signer: Signer, hooks: HookServer, hl: Awaited<ReturnType<typeof startHighLevelStub>>) {
  const tag = Math.random().toString(36).slice(2, 8);
  const targets = 4;
  for (let t = 0; t < targets; t++) {
    const loc = `bench-${tag}-${t}`;
    hl.tokens.set(`tok-${loc}`, { kind: 'location', id: loc });
    const res = await fetch(`${urls[0]}/v1/locations/${loc}/subscriptions`, {
      method: 'POST', headers: { authorization: `Bearer tok-${loc}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targetUrl: `${hooks.url}/e2e-${tag}-${t}`, eventType: 'ContactCreate' }),
    });
    if (res.status !== 201) throw new Error(`subscribe failed: ${res.status}`);
  }
  const total = E2E_RATE * E2E_SECONDS;
  const sentAt = new Map<string, number>();
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / E2E_RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const e = makeEvent('ContactCreate', { locationId: `bench-${tag}-${i % targets}`, id: `c${i}` });
    const { body, headers } = signer.signed(e);
    sentAt.set(String(e.webhookId), Date.now());
    void post(urls[i % urls.length], INGRESS_PATH, body, headers);
  }
  const deadline = Date.now() + 30_000;
  const mine = () => hooks.hits.filter((h) => h.path.startsWith(`/e2e-${tag}-`));
  while (mine().length < total && Date.now() < deadline) await sleep(50);
  const lat = mine().map((h) => h.at - (sentAt.get(String(h.body.webhookId)) ?? h.at));
  return { delivered: mine().length, total, p50: pct(lat, 50), p99: pct(lat, 99) };
}

const SANDBOX_RATE = 20; // contact edits per second in the sandbox
/** The sandbox as HighLevel: its own signed events, its token check; latency from its emit to the hook. */
async function fromSandbox(kind: StoreKind, hooks: HookServer) {
  const sb = await startSandbox({ rateLimit: false, webhooks: { appId: APP_ID } });
  const relays = await startRelays(kind, 1, sb.webhooks, sb.url);
  try {
    sb.webhooks.setTarget(`${relays.urls[0]}${INGRESS_PATH}`);
    const token = sb.issueTokens().access_token;
    const path = `/sandbox-${Math.random().toString(36).slice(2, 8)}`;
    const res = await fetch(`${relays.urls[0]}/v1/locations/${sb.locationId}/subscriptions`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targetUrl: `${hooks.url}${path}`, eventType: 'ContactUpdate' }),
    });
    if (res.status !== 201) throw new Error(`subscribe failed: ${res.status}`);
    const contact = sb.store.contactsOf(sb.locationId)[0]!;
    const total = SANDBOX_RATE * E2E_SECONDS;
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const wait = start + (i * 1000) / SANDBOX_RATE - performance.now();
      if (wait > 0) await sleep(wait);
      void fetch(`${sb.url}/contacts/${contact.id}`, {
        method: 'PUT', headers: { authorization: `Bearer ${token}`, version: '2021-07-28', 'content-type': 'application/json' },
        body: JSON.stringify({ city: `Bench ${i}` }),
      }).then((r) => r.arrayBuffer());
    }
    const deadline = Date.now() + 30_000;
    const mine = () => hooks.hits.filter((h) => h.path === path);
    while (new Set(mine().map((h) => h.body.webhookId)).size < total && Date.now() < deadline) await sleep(50);
    const emitted = new Map(sb.webhooks.deliveries.map((d) => [d.webhookId, d.emittedAt]));
    // The first arrival of each event (a delivery retried after a slow answer comes again).
    const first = new Map<string, number>();
    for (const h of mine()) if (!first.has(String(h.body.webhookId))) first.set(String(h.body.webhookId), h.at);
    const lat = [...first].map(([id, at]) => at - (emitted.get(id) ?? at));
    return { delivered: first.size, total, p50: pct(lat, 50), p99: pct(lat, 99) };
  } finally {
    await sb.stop();
    await relays.stop();
  }
}

async function main(): Promise<void> {
  const signer = createSigner();
  const hl = await startHighLevelStub();
  const hooks = await startHookServer();
  const runs: { kind: StoreKind; instances: number }[] = [{ kind: 'sqlite', instances: 1 }];
  if (PG) {
    process.env.RELAY_TEST_DATABASE_URL = PG;
    runs.push({ kind: 'postgres', instances: 1 }, { kind: 'postgres', instances: 2 });
  } else {
    console.log('PostgreSQL runs skipped: set RELAY_TEST_DATABASE_URL (bash relay/scripts/pg-temp.sh can start one)');
  }
  console.log(`Relay benchmark: ${INGRESS_REQUESTS} signed events, ${CONCURRENCY} in flight; end to end ${E2E_RATE}/s for ${E2E_SECONDS} s; node ${process.version}`);
  const events = () => Array.from({ length: INGRESS_REQUESTS }, (_, i) => signer.signed(makeEvent('ContactUpdate', { locationId: 'bench-ingress', id: `c${i}` })));
  for (const run of runs) {
    const bare = await bareEndpoint();
    const relays = await startRelays(run.kind, run.instances, signer, hl.url);
    // Warm both up, then measure them one after the other on the same payloads.
    await load([bare.url], events().slice(0, 300));
    await load(relays.urls, events().slice(0, 300));
    const b = await load([bare.url], events());
    const r = await load(relays.urls, events());
    await bare.close();
    const label = `${run.kind}${run.instances > 1 ? ` x${run.instances} instances` : ''}`;
    console.log(`\n[${label}] ingress`);
    console.log(`  bare fastify endpoint: ${b.rps.toFixed(0)} req/s, ack p50 ${ms(b.p50)}, p99 ${ms(b.p99)}`);
    console.log(`  relay ingress:         ${r.rps.toFixed(0)} req/s, ack p50 ${ms(r.p50)}, p99 ${ms(r.p99)}${r.failures ? `, ${r.failures} not 200` : ''}`);
    console.log(`  ratio relay/bare:      throughput ${(r.rps / b.rps).toFixed(2)}, p99 ack ${(r.p99 / b.p99).toFixed(2)}x`);
    const drained = await relays.drain();
    console.log(`  queue drained (routing ${INGRESS_REQUESTS + 300} events) ${(drained / 1000).toFixed(1)} s after the last ack`);
    const e = await endToEnd(relays.urls, signer, hooks, hl);
    console.log(`[${label}] end to end at ${E2E_RATE}/s: ${e.delivered}/${e.total} delivered, latency p50 ${e.p50} ms, p99 ${e.p99} ms`);
    await relays.stop();
    if (run.instances === 1) {
      const f = await fromSandbox(run.kind, hooks);
      console.log(`[${label}] sandbox edit -> hook at ${SANDBOX_RATE}/s: ${f.delivered}/${f.total} delivered, latency from the sandbox's emit p50 ${f.p50} ms, p99 ${f.p99} ms`);
    }
  }
  await hooks.close();
  await hl.close();
  agent.destroy();
}

void main().then(() => process.exit(0), (err: Error) => {
  console.error(err);
  process.exit(1);
});
