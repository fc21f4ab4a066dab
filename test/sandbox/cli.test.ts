import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `npm run sandbox`: prints the URL, the client and a ready token, serves, and stops on SIGTERM. */

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Start `sandbox/cli.ts` with `args` and wait (up to `waitMs`) for its banner. */
function startCli(args: string[], waitMs: number): { child: ChildProcess; banner: Promise<string> } {
  const child = spawn(TSX, ['sandbox/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const banner = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner in ${waitMs / 1000} s:\n${out}`)), waitMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ctrl-C stops it.')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited early (${code}):\n${out}`)));
  });
  return { child, banner };
}

/** SIGTERM, and the exit code. */
function stop(child: ChildProcess): Promise<number | null> {
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  return exit;
}


test('the CLI starts on a free port, its printed token works, and SIGTERM stops it (saving --persist)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-sandbox-cli-'));
  const file = path.join(dir, 'state.json');
  const { child, banner: started } = startCli(['--port', '0', '--quiet', '--persist', file, '--rate-max', '7'], 30_000);
  try {
    const banner = await started;
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
    const token = /TOKEN=(\S+)/.exec(banner)?.[1];
    expect(banner).toContain('client id      sandbox-client-id');
    expect(url).toBeDefined();
    const res = await fetch(`${url}/contacts/?locationId=sunrise_location_01&limit=2`, { headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-max')).toBe('7');

    expect(await stop(child)).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('highlevel-sandbox');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 45_000);

test('--volume --search-shape real: the banner counts a real account\'s data, and the search answers in its real shape', async () => {
  const { child, banner: started } = startCli(['--port', '0', '--quiet', '--volume', '--search-shape', 'real', '--no-rate-limit'], 60_000);
  try {
    const banner = await started;
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
    expect(await stop(child)).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 90_000);
