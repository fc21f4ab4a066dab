import { spawn, type ChildProcess } from 'node:child_process';
import { verify } from 'node:crypto';
import { startHookServer } from '../../relay/test/support/servers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `npm run sandbox`: prints the URL, the client and a ready token, serves, and stops on SIGTERM. */

const ROOT = path.resolve(__dirname, '../..');
/**
 * The CLI in ONE process (node with tsx's loader), not under the `tsx` wrapper: killing the
 * wrapper leaves its node child serving (and holding this test's pipes open, so jest never
 * exited, and the orphan kept sending webhooks after the run).
 */
const spawnCli = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

/** Stops the CLI and waits until it is gone. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await gone;
}

/** Starts the CLI with `args` and resolves once its banner is printed (or fails with what it printed). */
async function startCli(args: string[], timeoutMs: number): Promise<{ child: ChildProcess; banner: string }> {
  const child = spawnCli(args);
  let out = '';
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const banner = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner in ${timeoutMs / 1000} s:\n${out}`)), timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ctrl-C stops it.')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited early (${code}):\n${out}`)));
  }).catch(async (err: unknown) => {
    await stop(child);
    throw err;
  });
  return { child, banner };
}

test('the CLI starts on a free port, its printed token works, and SIGTERM stops it (saving --persist)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-sandbox-cli-'));
  const file = path.join(dir, 'state.json');
  const { child, banner } = await startCli(['--port', '0', '--quiet', '--persist', file, '--rate-max', '7'], 30_000);
  try {
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
    const token = /TOKEN=(\S+)/.exec(banner)?.[1];
    expect(banner).toContain('client id      sandbox-client-id');
    expect(url).toBeDefined();
    const res = await fetch(`${url}/contacts/?locationId=sunrise_location_01&limit=2`, { headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-max')).toBe('7');

    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('highlevel-sandbox');
  } finally {
    await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 45_000);

test('--volume --search-shape real: the banner counts a real account\'s data, and the search answers in its real shape', async () => {
  const { child, banner } = await startCli(['--port', '0', '--quiet', '--volume', '--search-shape', 'real', '--no-rate-limit'], 60_000);
  try {
    expect(banner).toMatch(/data {11}100\d\d contacts, 500\d opportunities, 200\d tasks, 200\d\d messages, 200\d orders \(volume mode\)/);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1];
    const token = /TOKEN=(\S+)/.exec(banner)![1];
    const res = await fetch(`${url}/contacts/search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28', 'Content-Type': 'application/json' },
      body: JSON.stringify({ locationId: 'sunrise_location_01', pageLimit: 500 }),
    });
    const body = (await res.json()) as { contacts: Record<string, unknown>[]; total: number };
    expect(body.total).toBeGreaterThanOrEqual(10_000);
    expect(body.contacts.filter((c) => 'address1' in c)).toEqual([]);
    expect(body.contacts.some((c) => typeof c.address === 'string')).toBe(true);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  } finally {
    await stop(child);
  }
}, 90_000);

test('--webhook-url: the banner gives a relay the settings to trust the sandbox; a change arrives signed with the printed key', async () => {
  const hook = await startHookServer();
  const { child, banner } = await startCli(['--port', '0', '--quiet', '--webhook-url', `${hook.url}/webhooks/highlevel`], 30_000);
  try {
    expect(banner).toContain(`webhooks       signed events to ${hook.url}/webhooks/highlevel (appId sandbox)`);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1];
    const token = /TOKEN=(\S+)/.exec(banner)![1];
    const keys = /RELAY_APP_ID=sandbox HIGHLEVEL_API_BASE_URL=(\S+) RELAY_GHL_PUBLIC_KEYS="([^"]+)"/.exec(banner)!;
    expect(keys[1]).toBe(url);
    const res = await fetch(`${url}/contacts/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28', 'Content-Type': 'application/json' },
      body: JSON.stringify({ locationId: 'sunrise_location_01', firstName: 'Cli' }),
    });
    expect(res.status).toBe(201);
    const end = Date.now() + 10_000;
    while (hook.hits.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    const [hit] = hook.hits;
    expect(hit!.body).toMatchObject({ type: 'ContactCreate', firstName: 'Cli', appId: 'sandbox' });
    const pem = keys[2]!.replace(/\\n/g, '\n');
    expect(verify(null, Buffer.from(hit!.raw), pem, Buffer.from(String(hit!.headers['x-ghl-signature']), 'base64'))).toBe(true);
  } finally {
    await stop(child);
    await hook.close();
  }
}, 45_000);

test('--webhook-url must be an http(s) URL', async () => {
  const child = spawnCli(['--webhook-url', 'relay.local']);
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(2);
  expect(err).toContain('--webhook-url must be an http(s) URL, got relay.local');
}, 20_000);
