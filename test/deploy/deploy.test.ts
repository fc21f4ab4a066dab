/**
 * `npm run deploy` (scripts/deploy.ts): the order of the Zapier CLI commands, that none runs
 * before what it depends on, that a failed step stops the rest, and that secrets are never
 * printed. Runs offline: the plan is checked directly, and the script itself runs against a fake
 * CLI (ZAPIER_CLI) that logs its arguments and answers describe / users:links like the real one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import '../../index';
import { requiredScopes } from '../../src/endpoint';
import { changelogHas, inviteUrlIn, parseArgs, plan, redirectUriIn, show, type DeployContext, type Step } from '../../scripts/deploy';

jest.setTimeout(60_000);

const REPO = path.resolve(__dirname, '../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const SECRET = 'hl-secret-value-7f3a9c';
const REDIRECT = 'https://zapier.com/dashboard/auth/oauth/return/App246810CLIAPI/';
const INVITE = 'https://zapier.com/developer/public-invite/246810/0a1b2c3d4e5f/';

const ctx = (over: Partial<DeployContext> = {}): DeployContext => ({ version: '1.2.0', linked: true, loggedIn: true, env: {}, ...over });
const ids = (steps: Step[]) => steps.map((s) => s.id);
/** Every step's dependencies that are in the plan come earlier in it. */
const outOfOrder = (steps: Step[]) =>
  steps.flatMap((s, i) => s.needs.filter((n) => steps.some((t) => t.id === n) && steps.findIndex((t) => t.id === n) > i).map((n) => `${s.id} before ${n}`));
const missingNeeds = (steps: Step[]) => steps.flatMap((s) => s.needs.filter((n) => !steps.some((t) => t.id === n)).map((n) => `${s.id} needs absent ${n}`));

describe('the plan', () => {
  test('first deploy, not logged in, not linked, no keys yet: build, check, login, register, upload, describe, invite link', () => {
    const steps = plan(parseArgs([]), ctx({ linked: false, loggedIn: false }));
    expect(steps.map((s) => show(s, 'zapier'))).toEqual([
      'npm run zip',
      'zapier validate --without-style',
      'zapier login',
      'zapier register HighLevel',
      'zapier upload',
      'zapier describe',
      'zapier users:links',
    ]);
    expect(steps.find((s) => s.id === 'upload')!.needs).toEqual(['build', 'check', 'login', 'register']);
  });

  test('a new version with keys, promoted, users migrated: env:set after upload for that version, promote before migrate', () => {
    const steps = plan(parseArgs(['--promote', '--migrate-from', '1.1.0', '--percent', '10']), ctx({ env: { CLIENT_ID: 'abc-123', CLIENT_SECRET: SECRET, HIGHLEVEL_APP_ID: 'abc' } }));
    expect(steps.map((s) => show(s, 'zapier'))).toEqual([
      'npm run zip',
      'zapier validate --without-style',
      'zapier upload',
      'zapier env:set 1.2.0 CLIENT_ID=abc-123 CLIENT_SECRET=*** HIGHLEVEL_APP_ID=abc',
      'zapier promote 1.2.0 --yes',
      'zapier migrate 1.1.0 1.2.0 10 --yes',
      'zapier describe',
      'zapier users:links',
    ]);
    expect(steps.find((s) => s.id === 'env')!.args).toContain(`CLIENT_SECRET=${SECRET}`);
  });

  test.each([
    ['first deploy', [], { linked: false, loggedIn: false }],
    ['link instead of register', ['--link'], { linked: false }],
    ['skip build', ['--skip-build'], {}],
    ['keys', [], { env: { CLIENT_ID: 'a', CLIENT_SECRET: 'b' } }],
    ['promote and migrate without keys', ['--promote', '--migrate-from', '1.0.0'], {}],
    ['everything', ['--link', '--promote', '--migrate-from', '1.0.0', '--percent', '50'], { linked: false, loggedIn: false, env: { CLIENT_ID: 'a', CLIENT_SECRET: 'b' } }],
  ] as const)('%s: nothing runs before what it depends on', (_n, argv, over) => {
    const steps = plan(parseArgs([...argv]), ctx(over as Partial<DeployContext>));
    expect(outOfOrder(steps)).toEqual([]);
    expect(missingNeeds(steps)).toEqual([]);
    const at = (id: string) => ids(steps).indexOf(id as Step['id']);
    expect(at('upload')).toBeGreaterThan(at('check'));
    expect(at('describe')).toBeGreaterThan(Math.max(at('upload'), at('env')));
  });

  test('bad options stop with a message naming the option', () => {
    expect(() => parseArgs(['--migrate-from', 'latest'])).toThrow('--migrate-from must be a version like 1.0.0, got "latest"');
    expect(() => parseArgs(['--percent', '10'])).toThrow('--percent must be a whole number from 1 to 100, with --migrate-from');
    expect(() => parseArgs(['--register'])).toThrow('--register needs a value');
    expect(() => parseArgs(['--push'])).toThrow('unknown option --push');
    expect(() => plan(parseArgs(['--migrate-from', '1.2.0']), ctx())).toThrow('--migrate-from 1.2.0 is the version being deployed');
  });

  test('the CHANGELOG section promote needs is found as the CLI finds it', () => {
    expect(changelogHas('# Changelog\n\n## 1.2.0 (2026-12-01)\n- Fix', '1.2.0')).toBe(true);
    expect(changelogHas('## 1.2.0\r\n- Fix', '1.2.0')).toBe(true);
    expect(changelogHas('## 1.2.01\n- Fix\n## 1.1.0', '1.2.0')).toBe(true); // the CLI's own pattern is a prefix match
    expect(changelogHas('## 1.1.0\n- 1.2.0 is next', '1.2.0')).toBe(false);
    expect(changelogHas('##### 1.2.0', '1.2.0')).toBe(false);
  });

  test('the redirect URI and the invite link are read from the CLI output (colours and table borders included)', () => {
    expect(redirectUriIn(`│ oauth2 │ \u001b[36m${REDIRECT}\u001b[39m │ authentication.test │`)).toBe(REDIRECT);
    expect(inviteUrlIn(`You can invite users to all versions of your integration using the following link:\n\n\u001b[36m${INVITE}\u001b[39m\n`)).toBe(INVITE);
  });
});

describe('the script, against a fake Zapier CLI', () => {
  let dir: string;
  let log: string;
  let fake: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-deploy-'));
    log = path.join(dir, 'cli.log');
    fake = path.join(dir, 'fake-zapier');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.2.0' }));
    fs.writeFileSync(path.join(dir, '.zapierapprc'), JSON.stringify({ id: 246810, key: 'App246810', includeInBuild: [] }));
    for (const f of ['build/build.zip', 'build/source.zip', 'dist/index.js']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), 'x');
    }
    fs.writeFileSync(
      fake,
      [
        '#!/usr/bin/env bash',
        `echo "$*" >> '${log}'`,
        'case "$1" in',
        `  describe) printf '│ Type   │ Redirect URI │\\n│ oauth2 │ ${REDIRECT} │\\n' ;;`,
        `  users:links) printf 'You can invite users to all versions of your integration using the following link:\\n\\n${INVITE}\\n' ;;`,
        '  "$FAIL_ON") echo "Error: upload refused" >&2; exit 3 ;;',
        'esac',
      ].join('\n'),
      { mode: 0o755 },
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(TSX, [path.join(REPO, 'scripts/deploy.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir, ZAPIER_CLI: fake, ZAPIER_DEPLOY_KEY: 'deploy-key-123', CLIENT_ID: 'abc-123', CLIENT_SECRET: SECRET, FAIL_ON: 'none', ...env },
    });
  const calls = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []);

  test('--promote without a CHANGELOG.md section for the version: stops before any command, saying why', () => {
    fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), '## 1.1.0\n\n- Fix tags.\n');
    const res = run(['--skip-build', '--promote']);
    expect(res.status).toBe(1);
    expect(calls()).toEqual([]);
    expect(res.stderr).toContain('deploy: --promote needs a CHANGELOG.md section for 1.2.0 (a heading such as "## 1.2.0" with what changed for users): zapier-platform promote refuses without one');
  });

  test('a new version: the commands in order, then the redirect URI, both scope lists, the webhook URL and the invite link; the secret is never printed', () => {
    fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), '# Changelog\n\n## 1.2.0\n\n- Update contacts: time zone and country dropdowns.\n');
    const res = run(['--skip-build', '--promote', '--migrate-from', '1.1.0'], { RELAY_PUBLIC_URL: 'https://relay.example.com/highlevel/webhook' });
    expect(res.status).toBe(0);
    expect(calls()).toEqual(['validate --without-style', 'upload', `env:set 1.2.0 CLIENT_ID=abc-123 CLIENT_SECRET=${SECRET}`, 'promote 1.2.0 --yes', 'migrate 1.1.0 1.2.0 --yes', 'describe', 'users:links']);
    expect(res.stdout).toContain(`Redirect URL:  ${REDIRECT}`);
    const location = requiredScopes('location');
    const agency = requiredScopes('agency');
    expect(location).toContain('contacts.readonly');
    expect(res.stdout).toContain(`Scopes, sub-account connections (${location.length}):\n  ${location.join(' ')}\n`);
    expect(res.stdout).toContain(
      `Scopes, agency connections (${agency.length}: the above plus ${agency.filter((s) => !location.includes(s)).join(' ')}):\n  ${agency.join(' ')}\n`,
    );
    expect(agency).toEqual(expect.arrayContaining(['companies.readonly', 'oauth.readonly', 'oauth.write', ...location]));
    expect(res.stdout).toContain('Webhook URL (Default Webhook URL and the event webhooks):  https://relay.example.com/highlevel/webhook');
    expect(res.stdout).toContain(`Invite link, all versions:  ${INVITE}`);
    expect(res.stdout).toContain('CLIENT_SECRET=***');
    expect(res.stdout + res.stderr).not.toContain(SECRET);
    expect(res.stdout + res.stderr).not.toContain('deploy-key-123');
  });

  test('with the relay running: RELAY_URL is set on the version for the instant triggers, and HighLevel gets its webhook URL', () => {
    // The app reads RELAY_URL (src/hook-trigger.ts); without it every instant Zap fails to turn on.
    const res = run(['--skip-build'], { RELAY_URL: 'https://relay.example.com/' });
    expect(res.status).toBe(0);
    expect(calls()).toEqual(['validate --without-style', 'upload', `env:set 1.2.0 CLIENT_ID=abc-123 CLIENT_SECRET=${SECRET} RELAY_URL=https://relay.example.com/`, 'describe', 'users:links']);
    expect(res.stdout).toContain('Webhook URL (Default Webhook URL and the event webhooks):  https://relay.example.com/webhooks/highlevel\n');
  });

  test('without a relay yet: the summary names the variable the app reads', () => {
    const res = run(['--skip-build']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain("Webhook URL:   none yet (once the relay runs, deploy again with RELAY_URL set to its public base URL: env:set gives it to the app for the instant triggers, and HighLevel's webhook URL is RELAY_URL/webhooks/highlevel)");
  });

  test('a failed upload stops the deploy: no env:set, describe or invite link after it', () => {
    const res = run(['--skip-build'], { FAIL_ON: 'upload' });
    expect(res.status).toBe(1);
    expect(calls()).toEqual(['validate --without-style', 'upload']);
    expect(res.stderr).toContain('deploy stopped: "upload" failed (exit 3); nothing after it ran.');
    expect(res.stdout).not.toContain('Paste into the HighLevel marketplace app');
  });

  test('--dry-run prints every command (secret masked) and runs none', () => {
    const res = run(['--dry-run']);
    expect(res.status).toBe(0);
    expect(calls()).toEqual([]);
    expect(res.stdout).toContain('[1/6] npm run zip');
    expect(res.stdout).toContain(`[4/6] ${fake} env:set 1.2.0 CLIENT_ID=abc-123 CLIENT_SECRET=***`);
    expect(res.stdout + res.stderr).not.toContain(SECRET);
  });

  test('not logged in and not linked, without a terminal: stops before any command, saying what to set', () => {
    fs.writeFileSync(path.join(dir, '.zapierapprc'), JSON.stringify({ includeInBuild: [] }));
    const res = run(['--skip-build'], { ZAPIER_DEPLOY_KEY: '' });
    expect(res.status).toBe(1);
    expect(calls()).toEqual([]);
    expect(res.stderr).toContain('deploy: login and register need a terminal: set ZAPIER_DEPLOY_KEY');
  });
});
