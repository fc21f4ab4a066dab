import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * A test file whose tests are all skipped must not break the nock of the next file in the same
 * jest worker (it did: every later table suite failed with ENETUNREACH on a clone without
 * PostgreSQL). Runs jest itself on two fixture files, in order, in one process.
 */
const ROOT = path.resolve(__dirname, '../..');

test('after a file with only skipped tests, the next file\'s nock interceptors answer', () => {
  const dir = 'test/support/nock-release';
  const res = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--runInBand', '--ci', `--roots=<rootDir>/${dir}`, '--testMatch=**/*.fixture.ts', `--testSequencer=<rootDir>/${dir}/in-order.js`, '--reporters=default'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
  );
  const out = `${res.stdout}${res.stderr}`;
  expect(out).not.toContain('ENETUNREACH');
  expect(out).toMatch(/Tests:\s+1 skipped, 1 passed, 2 total/);
  expect(res.status).toBe(0);
}, 60_000);
