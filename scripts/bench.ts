/**
 * npm run bench: speed and size figures (printed, not asserted; goals in brackets).
 *  1. Cold start: requiring the built app vs a one-trigger app on the same zapier-platform-core,
 *     medians over fresh processes (goal: ratio <= 1.5).
 *  2. Zip size: build/build.zip (npm run zip) vs the one-trigger app's zip.
 *  3. Requests per idle poll of every "New ..."/"Updated ..."/"... Changed" trigger against the
 *     local sandbox in volume mode (10,000 contacts, 5,000 opportunities, 2,000 tasks, 20,000
 *     messages, 2,000 orders) (goal: 1).
 *  3b. A 1,000-contact import between two New Contact polls: how many fired, requests, time (goal: 1,000).
 *  4. Burst: 1,000 calls through the shared client against the sandbox's 100 per 10 s limiter:
 *     wall time against the 100 s floor (goal <= 1.1x) and failed calls (goal 0).
 *  5. Requests per step, agency vs sub-account: New Contact polled 5 times on each kind of
 *     connection against a counting stand-in (location tokens reused across steps from the
 *     connection-scoped cache; goal: the same count), and with the cache emptied before every
 *     step, which is what every agency step cost before location tokens were cached.
 * Options: --runs N (cold start, default 25), --burst N (default 1000), --import N (default 1000),
 *   --skip-zip, --skip-burst, --skip-cold, --only-agency (just figure 5), --only-size (figures 1 and 2,
 *   with the number of operations they are for). BENCH_ROOT=<checkout> measures another checkout.
 */
import './quiet-core';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../sandbox';
import { importContacts } from '../sandbox/volume';
import { ZapRunner, type Item } from './zap';

// BENCH_ROOT: measure another checkout's build (e.g. an older commit) with this script, for before/after figures.
const ROOT = path.resolve(process.env.BENCH_ROOT ?? path.join(__dirname, '..'));
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const has = (name: string) => args.includes(`--${name}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const print = (s: string) => process.stdout.write(`${s}\n`);

function coldStart(runs: number): void {
  if (!fs.existsSync(path.join(ROOT, 'dist/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const once = (target: string) => Number(execFileSync(process.execPath, [path.join(__dirname, 'bench/cold-start.js'), target], { cwd: ROOT }).toString());
  const app: number[] = [];
  const base: number[] = [];
  // Interleaved, so a noisy moment on a shared machine hits both sides alike.
  for (let i = 0; i < runs; i++) {
    app.push(once(path.join(ROOT, 'index.js')));
    base.push(once(path.join(__dirname, 'bench/one-trigger-app.js')));
  }
  const min = (xs: number[]) => Math.min(...xs);
  print(
    `1. Cold start (require, ${runs} fresh processes each, interleaved): median app ${median(app).toFixed(0)} ms vs one-trigger app ${median(base).toFixed(0)} ms = ${(median(app) / median(base)).toFixed(2)}x; fastest ${min(app).toFixed(0)} vs ${min(base).toFixed(0)} ms = ${(min(app) / min(base)).toFixed(2)}x [goal <= 1.5x]`,
  );
}

/** The built app's operations (visible and hidden), what the cold start and zip figures are for. */
function operationCount(): void {
  if (!fs.existsSync(path.join(ROOT, 'dist/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const script = `const a = require(${JSON.stringify(path.join(ROOT, 'index.js'))});
let v = 0, h = 0;
for (const k of ['triggers', 'creates', 'searches']) for (const op of Object.values(a[k] || {})) (op.display && op.display.hidden ? h++ : v++);
process.stdout.write(v + ' ' + h);`;
  const [visible, hidden] = execFileSync(process.execPath, ['-e', script], { cwd: ROOT }).toString().split(' ');
  print(`0. Operations: ${visible} visible, ${hidden} hidden (${ROOT})`);
}

function zipSizes(): void {
  const ours = path.join(ROOT, 'build/build.zip');
  if (!fs.existsSync(ours)) execFileSync('bash', [path.join(ROOT, 'scripts/build-zip.sh')], { cwd: ROOT, stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'one-trigger-'));
  fs.copyFileSync(path.join(__dirname, 'bench/one-trigger-app.js'), path.join(dir, 'index.js'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'one-trigger', version: '1.0.0', main: 'index.js', dependencies: { 'zapier-platform-core': '19.1.0' } }));
  fs.copyFileSync(path.join(ROOT, '.zapierapprc'), path.join(dir, '.zapierapprc'));
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/zapier-cli.sh'), 'build', '--skip-validation'], { cwd: dir });
  const base = path.join(dir, 'build/build.zip');
  if (r.status !== 0 || !fs.existsSync(base)) {
    print(`2. Zip size: app ${(fs.statSync(ours).size / 1024).toFixed(0)} KiB; the one-trigger build failed: ${r.stderr.toString().slice(0, 200)}`);
    return;
  }
  const a = fs.statSync(ours).size;
  const b = fs.statSync(base).size;
  print(`2. Zip size: app ${(a / 1024).toFixed(0)} KiB, one-trigger app ${(b / 1024).toFixed(0)} KiB, ratio ${(a / b).toFixed(2)}x`);
  fs.rmSync(dir, { recursive: true, force: true });
}

interface Op {
  key: string;
  display: { label: string; hidden?: boolean };
  operation: { inputFields?: unknown[] };
}

/** A value for each required input: the first item of its dropdown. */
async function requiredInputs(zap: ZapRunner, op: Op): Promise<Item | null> {
  const input: Item = {};
  for (const f of (op.operation.inputFields ?? []) as { key: string; required?: boolean; dynamic?: string; choices?: unknown }[]) {
    if (typeof f !== 'object' || !f.required) continue;
    if (f.dynamic) {
      const [source] = f.dynamic.split('.');
      const items = (await zap.run('triggers', source!, input).catch(() => [])) as Item[];
      if (!items[0]) return null;
      input[f.key] = items[0].id;
    } else if (f.choices) {
      input[f.key] = Array.isArray(f.choices) ? (f.choices[0] as string) : Object.keys(f.choices as object)[0];
    } else return null;
  }
  return input;
}

/** Inputs that are not "required" but of which one is needed (a calendar, a group or a user). */
const ONE_OF: Record<string, [input: string, dropdown: string]> = {
  newAppointment: ['calendarId', 'calendarDropdown'],
  updatedAppointment: ['calendarId', 'calendarDropdown'],
};

/**
 * For endpoints the sandbox does not serve: a stand-in that answers every call with an empty
 * 200 JSON body, i.e. "nothing new", and counts the calls.
 */
async function countAgainstEmptyStandIn(key: string, input: Item): Promise<number> {
  const http = await import('node:http');
  let calls = 0;
  const server = http.createServer((req, res) => {
    calls++;
    req.resume();
    res.setHeader('content-type', 'application/json');
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const saved = process.env.HIGHLEVEL_API_BASE_URL;
  const addr = server.address() as { port: number };
  process.env.HIGHLEVEL_API_BASE_URL = `http://127.0.0.1:${addr.port}`;
  try {
    const app = (await import('../index')).default;
    const zap = new ZapRunner(app as unknown as ConstructorParameters<typeof ZapRunner>[0]);
    zap.authData = { access_token: 'bench', locationId: 'bench_location', companyId: 'bench_company', userType: 'Location' };
    await zap.run('triggers', key, input);
    calls = 0;
    await zap.run('triggers', key, input);
    return calls;
  } finally {
    process.env.HIGHLEVEL_API_BASE_URL = saved;
    server.close();
  }
}

async function idlePolls(): Promise<void> {
  const generated = Date.now();
  const sb = await startSandbox({ port: 0, rateLimit: false, volume: true });
  const generatedMs = Date.now() - generated;
  process.env.HIGHLEVEL_API_BASE_URL = sb.url;
  process.env.CLIENT_ID = 'sandbox-client-id';
  process.env.CLIENT_SECRET = 'sandbox-client-secret';
  const app = (await import('../index')).default as unknown as { triggers: Record<string, Op> };
  const zap = new ZapRunner(app as unknown as ConstructorParameters<typeof ZapRunner>[0]);
  await zap.connect('bench');
  const watched = Object.values(app.triggers).filter((t) => !t.display.hidden && /^(New |Updated )|Changed$|Paid$|Completed$/.test(t.display.label));
  print(`3. Requests per idle poll (second poll of a Zap, nothing new; volume sandbox ${sb.url}, generated in ${generatedMs} ms: ${sb.store.contacts.size} contacts, ${sb.store.opportunities.size} opportunities, ${sb.store.tasks.size} tasks, ${sb.store.messages.size} messages, ${sb.store.orders.size} orders) [goal 1]:`);
  for (const t of watched) {
    const input = await requiredInputs(zap, t);
    const oneOf = ONE_OF[t.key];
    if (input && oneOf) input[oneOf[0]] = (((await zap.run('triggers', oneOf[1])) as Item[])[0] ?? {}).id;
    if (!input) {
      print(`   ${t.display.label}: n/a (no value for a required input in the sandbox)`);
      continue;
    }
    try {
      await zap.poll(`bench-${t.key}`, t.key, input);
      sb.resetStats();
      await zap.poll(`bench-${t.key}`, t.key, input);
      const n = sb.stats().requests;
      print(`   ${t.display.label}: ${n}`);
    } catch (err) {
      const msg = (err as Error).message;
      if (/answered 404 Not Found/.test(msg)) {
        print(`   ${t.display.label}: ${await countAgainstEmptyStandIn(t.key, input)} (route not in the sandbox: measured against an empty stand-in)`);
      } else print(`   ${t.display.label}: n/a (${msg.split('\n')[0]!.slice(0, 100)})`);
    }
  }
  await sb.stop();
}

async function importBurst(count: number): Promise<void> {
  const sb = await startSandbox({ port: 0, rateLimit: false, volume: true });
  process.env.HIGHLEVEL_API_BASE_URL = sb.url;
  const app = (await import('../index')).default;
  const zap = new ZapRunner(app as unknown as ConstructorParameters<typeof ZapRunner>[0]);
  zap.authData = { ...sb.issueTokens() };
  await zap.poll('bench-import', 'newContact');
  const imported = importContacts(sb.store, sb.locationId, count);
  sb.resetStats();
  const start = Date.now();
  const fired = await zap.poll('bench-import', 'newContact');
  const ms = Date.now() - start;
  const requests = sb.stats().requests;
  sb.resetStats();
  await zap.poll('bench-import', 'newContact');
  const wanted = new Set(imported);
  print(`3b. ${count} contacts imported between two New Contact polls (volume sandbox) [goal: all fire, inside the step]:`);
  print(`   fired ${fired.filter((i) => wanted.has(String(i.id))).length} of ${count} in one poll: ${requests} requests, ${ms} ms; the next (idle) poll: ${sb.stats().requests} request(s)`);
  await sb.stop();
}

async function burst(total: number): Promise<void> {
  const sb = await startSandbox({ port: 0, rateLimit: { max: 100, windowMs: 10_000 } });
  process.env.HIGHLEVEL_API_BASE_URL = sb.url;
  const app = (await import('../index')).default;
  const zap = new ZapRunner(app as unknown as ConstructorParameters<typeof ZapRunner>[0]);
  zap.authData = { ...sb.issueTokens() };
  const contactId = String(((await zap.run('triggers', 'contactDropdown')) as Item[])[0]!.id);
  sb.resetStats();
  let next = 0;
  let failed = 0;
  let throttledReruns = 0;
  const start = Date.now();
  // 10 Zap steps at a time, like parallel Zap runs. A ThrottledError is what Zapier re-runs
  // later after its delay: the benchmark does the same and counts the re-runs.
  const worker = async () => {
    while (next < total) {
      next++;
      for (;;) {
        try {
          await zap.run('searches', 'getContact', { contactId });
          break;
        } catch (err) {
          const e = err as Error;
          if (e.name === 'ThrottledError') {
            throttledReruns++;
            const delay = (JSON.parse(e.message) as { delay?: number }).delay ?? 1;
            await new Promise((r) => setTimeout(r, delay * 1000));
            continue;
          }
          failed++;
          break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
  const secs = (Date.now() - start) / 1000;
  const floor = (total / 100) * 10;
  const st = sb.stats();
  print(
    `4. Burst: ${total} calls in ${secs.toFixed(1)} s against a ${floor} s floor (${(secs / floor).toFixed(2)}x) [goal <= 1.1x]; failed calls ${failed} [goal 0]; 429 answers ${st.byStatus['429'] ?? 0}; throttled step re-runs ${throttledReruns}`,
  );
  await sb.stop();
}

/** Requests per step of an agency connection (location-token exchange included) vs a sub-account one. */
async function agencyRequestsPerStep(steps = 5): Promise<void> {
  const http = await import('node:http');
  const { createAppTester } = await import('zapier-platform-core');
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url?.split('?')[0]}`);
    req.resume();
    res.setHeader('content-type', 'application/json');
    res.end(req.url?.startsWith('/oauth/locationToken') ? JSON.stringify({ access_token: 'bench-location-token', expires_in: 86399 }) : '{"contacts": []}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const saved = process.env.HIGHLEVEL_API_BASE_URL;
  process.env.HIGHLEVEL_API_BASE_URL = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const app = (await import('../index')).default as unknown as { triggers: Record<string, { operation: { perform: unknown } }> };
    type Perform = Parameters<ReturnType<typeof createAppTester>>[0];
    const perform = app.triggers.newContact!.operation.perform as Perform;
    const measure = async (authData: Record<string, string>, inputData: Item, emptyCacheEachStep: boolean) => {
      const tester = createAppTester(app);
      const counts: number[] = [];
      for (let i = 0; i < steps; i++) {
        const before = seen.length;
        await tester(perform, { authData, inputData, meta: {} } as unknown as Parameters<typeof tester>[1], emptyCacheEachStep || i === 0);
        counts.push(seen.length - before);
      }
      return counts;
    };
    const sub = await measure({ access_token: 'bench', locationId: 'bench_location', companyId: 'bench_company', userType: 'Location' }, {}, false);
    const agency = { access_token: 'bench-agency', companyId: 'bench_company', userType: 'Company' };
    const cached = await measure(agency, { agencyLocationId: 'bench_location' }, false);
    const uncached = await measure(agency, { agencyLocationId: 'bench_location' }, true);
    const perStep = (xs: number[]) => (xs.slice(1).reduce((a, b) => a + b, 0) / (xs.length - 1)).toFixed(1);
    print(`5. Requests per step (New Contact, ${steps} steps; after the first) [goal: agency = sub-account]:`);
    print(`   sub-account: ${perStep(sub)} (steps: ${sub.join(', ')})`);
    print(`   agency, location token from the connection-scoped cache: ${perStep(cached)} (steps: ${cached.join(', ')})`);
    print(`   agency, cache emptied before every step (the behaviour before tokens were cached): ${perStep(uncached)} (steps: ${uncached.join(', ')})`);
  } finally {
    process.env.HIGHLEVEL_API_BASE_URL = saved;
    server.close();
  }
}

async function main() {
  print(`Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  if (has('only-agency')) return agencyRequestsPerStep();
  if (has('only-size')) {
    operationCount();
    coldStart(opt('runs', 25));
    return zipSizes();
  }
  if (!has('skip-cold')) coldStart(opt('runs', 25));
  if (!has('skip-zip')) zipSizes();
  await idlePolls();
  await importBurst(opt('import', 1000));
  if (!has('skip-burst')) await burst(opt('burst', 1000));
  await agencyRequestsPerStep();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
