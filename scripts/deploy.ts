/**
 * `npm run deploy`: build -> check -> (login, register) -> upload -> env:set -> (promote, migrate)
 * -> describe -> invite link, then prints what to paste into HighLevel's marketplace app.
 *
 *   npm run deploy -- --dry-run                 print every command, run none (offline)
 *   npm run deploy                              first deploy or a new version of package.json's version
 *   npm run deploy -- --link                    link this folder to an integration registered before
 *   npm run deploy -- --register "HighLevel"    the title of a new integration (default "HighLevel")
 *   npm run deploy -- --promote                 make this version the one new users get
 *   npm run deploy -- --migrate-from 0.1.0 [--percent 10]   move users of 0.1.0 to this version
 *   npm run deploy -- --skip-build              upload the build/ zips as they are
 * Environment: CLIENT_ID, CLIENT_SECRET (the HighLevel marketplace app's keys; without them the
 * env:set step is skipped and the summary says how to set them), HIGHLEVEL_APP_ID,
 * HIGHLEVEL_AUTHORIZE_URL (optional, set with them), ZAPIER_DEPLOY_KEY (CI: no `login` needed),
 * RELAY_URL (the relay's public base URL: set on the version for the instant triggers, and
 * `<RELAY_URL>/webhooks/highlevel` printed for HighLevel's webhook settings), RELAY_PUBLIC_URL
 * (only when HighLevel must post somewhere else, e.g. through a proxy: printed as it is),
 * ZAPIER_CLI (the CLI command; default `bash scripts/zapier-cli.sh`).
 *
 * Why this order (zapier-platform-cli 19.1.0 and docs.zapier.com):
 * - `upload`, not `push`: push rebuilds from the project folder (src/oclif/commands/push.js ->
 *   buildAndOrUpload build+upload), whose node_modules holds the dev dependencies and fails with
 *   EMFILE; upload sends the build/build.zip and build/source.zip that `npm run zip` made in its
 *   staging folder (src/oclif/commands/upload.js).
 * - `validate --without-style` is the CLI's schema validation, offline (the style checks are
 *   Zapier's online service); it runs on the built dist/ before anything is sent.
 * - upload needs credentials (ZAPIER_DEPLOY_KEY is read before ~/.zapierrc: src/utils/api.js
 *   readCredentials; `login` writes ~/.zapierrc with a deploy key: src/oclif/commands/login.js)
 *   and a linked integration (.zapierapprc `id`, written by `register` or `link`:
 *   src/utils/api.js writeLinkedAppConfig keeps the other keys, such as includeInBuild).
 * - `env:set <version>` fails for a version Zapier does not have yet ("Version ... doesn't exist",
 *   src/oclif/commands/env/set.js), so it comes after upload; values are copied forward to new
 *   versions (same file, the version argument's description).
 * - `describe` shows the OAuth redirect URI only once the version exists on Zapier ("Run
 *   `zapier-platform push` to see the redirect_uri" otherwise: src/oclif/commands/describe.js).
 * - promote refuses a version without a CHANGELOG.md section for it (src/oclif/commands/promote.js,
 *   "Changelog not found"; the section is a `#`..`####` heading naming the version:
 *   src/utils/changelog.js getChangelogFromMarkdown), so that is checked before anything runs.
 * - promote before migrate: a migration of all users to a version that is not the promoted one
 *   asks to promote first (src/oclif/commands/migrate.js); docs: platform.zapier.com/manage/migrate.
 * - invite links: `users:links` (src/oclif/commands/users/links.js); a private integration is
 *   shared by that link or by email (`users:add`): platform.zapier.com/manage/sharing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { relayPaths } from '../relay/contract';

export interface DeployOptions {
  dryRun: boolean;
  skipBuild: boolean;
  link: boolean;
  title: string;
  promote: boolean;
  migrateFrom?: string;
  percent?: string;
}

export interface DeployContext {
  version: string;
  linked: boolean;
  loggedIn: boolean;
  env: Record<string, string | undefined>;
}

export type StepId = 'build' | 'check' | 'login' | 'register' | 'link' | 'upload' | 'env' | 'promote' | 'migrate' | 'describe' | 'links';

export interface Step {
  id: StepId;
  /** The command, as argv (`cli` = the Zapier CLI wrapper, `npm` = npm). */
  tool: 'cli' | 'npm';
  args: string[];
  /** Steps that must have succeeded first (when they are part of the plan). */
  needs: StepId[];
  /** Arguments to print as `***` (secrets). */
  secret?: number[];
}

const VERSION_RE = /^\d+\.\d+\.\d+$/;

export function parseArgs(argv: string[]): DeployOptions {
  const opts: DeployOptions = { dryRun: false, skipBuild: false, link: false, title: 'HighLevel', promote: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--dry-run') opts.dryRun = true;
    else if (a === '--skip-build') opts.skipBuild = true;
    else if (a === '--link') opts.link = true;
    else if (a === '--register') opts.title = value();
    else if (a === '--promote') opts.promote = true;
    else if (a === '--migrate-from') opts.migrateFrom = value();
    else if (a === '--percent') opts.percent = value();
    else throw new Error(`unknown option ${a} (see the top of scripts/deploy.ts)`);
  }
  if (opts.migrateFrom !== undefined && !VERSION_RE.test(opts.migrateFrom)) throw new Error(`--migrate-from must be a version like 1.0.0, got "${opts.migrateFrom}"`);
  if (opts.percent !== undefined && (!opts.migrateFrom || !/^\d+$/.test(opts.percent) || +opts.percent < 1 || +opts.percent > 100)) {
    throw new Error('--percent must be a whole number from 1 to 100, with --migrate-from');
  }
  return opts;
}

/** The keys env:set sends, from the environment: the marketplace app's, and the relay's base URL the instant triggers call (src/hook-trigger.ts). */
const ENV_KEYS = ['CLIENT_ID', 'CLIENT_SECRET', 'HIGHLEVEL_APP_ID', 'HIGHLEVEL_AUTHORIZE_URL', 'RELAY_URL'] as const;

/** HighLevel's webhook URL for the marketplace app: RELAY_PUBLIC_URL as given, else the relay's ingress under RELAY_URL. */
const webhookUrl = (env: NodeJS.ProcessEnv): string | undefined =>
  env.RELAY_PUBLIC_URL || (env.RELAY_URL ? `${env.RELAY_URL.replace(/\/+$/, '')}${relayPaths.ingress}` : undefined);

/** The commands, in order; each step's `needs` come before it. */
export function plan(opts: DeployOptions, ctx: DeployContext): Step[] {
  if (!VERSION_RE.test(ctx.version)) throw new Error(`package.json "version" must be like 1.0.0, got "${ctx.version}"`);
  if (opts.migrateFrom === ctx.version) throw new Error(`--migrate-from ${opts.migrateFrom} is the version being deployed: bump "version" in package.json first (npm version patch --no-git-tag-version)`);
  const steps: Step[] = [];
  if (!opts.skipBuild) steps.push({ id: 'build', tool: 'npm', args: ['run', 'zip'], needs: [] });
  steps.push({ id: 'check', tool: 'cli', args: ['validate', '--without-style'], needs: opts.skipBuild ? [] : ['build'] });
  if (!ctx.loggedIn) steps.push({ id: 'login', tool: 'cli', args: ['login'], needs: [] });
  const auth: StepId[] = ctx.loggedIn ? [] : ['login'];
  if (!ctx.linked) {
    steps.push(opts.link ? { id: 'link', tool: 'cli', args: ['link'], needs: auth } : { id: 'register', tool: 'cli', args: ['register', opts.title], needs: auth });
  }
  const linked: StepId[] = [...auth, ...(ctx.linked ? [] : [opts.link ? ('link' as const) : ('register' as const)])];
  steps.push({ id: 'upload', tool: 'cli', args: ['upload'], needs: [...(opts.skipBuild ? [] : ['build' as const]), 'check', ...linked] });
  const pairs = ENV_KEYS.filter((k) => ctx.env[k]).map((k) => `${k}=${ctx.env[k]}`);
  const hasKeys = Boolean(ctx.env.CLIENT_ID && ctx.env.CLIENT_SECRET);
  if (hasKeys) {
    const args = ['env:set', ctx.version, ...pairs];
    steps.push({ id: 'env', tool: 'cli', args, needs: ['upload'], secret: args.flatMap((a, i) => (a.startsWith('CLIENT_SECRET=') ? [i] : [])) });
  }
  const afterEnv: StepId[] = hasKeys ? ['upload', 'env'] : ['upload'];
  if (opts.promote) steps.push({ id: 'promote', tool: 'cli', args: ['promote', ctx.version, '--yes'], needs: afterEnv });
  if (opts.migrateFrom) {
    steps.push({ id: 'migrate', tool: 'cli', args: ['migrate', opts.migrateFrom, ctx.version, ...(opts.percent ? [opts.percent] : []), '--yes'], needs: [...afterEnv, ...(opts.promote ? ['promote' as const] : [])] });
  }
  steps.push({ id: 'describe', tool: 'cli', args: ['describe'], needs: afterEnv });
  steps.push({ id: 'links', tool: 'cli', args: ['users:links'], needs: linked });
  return steps;
}

/** A step as a shell line, secrets masked. */
export function show(step: Step, cli: string): string {
  const quoted = step.args.map((a, i) =>
    step.secret?.includes(i) ? `${a.slice(0, a.indexOf('=') + 1)}***` : /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`,
  );
  return [step.tool === 'cli' ? cli : 'npm', ...quoted].join(' ');
}

/** Whether CHANGELOG.md has the section `promote` needs for this version (as the CLI finds it). */
export const changelogHas = (markdown: string, version: string): boolean =>
  markdown.split(/\r?\n|\r/).some((line) => new RegExp(`^#{1,4} .*${version.split('.').join('\\.')}`).test(line));

const strip = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
export const redirectUriIn = (describeOut: string): string | undefined => strip(describeOut).match(/https:\/\/\S+\/oauth\/return\/\S+?\/?(?=\s|│|$)/)?.[0];
export const inviteUrlIn = (linksOut: string): string | undefined => strip(linksOut).match(/https:\/\/\S+/)?.[0];

export interface Scopes {
  location: string[];
  agency: string[];
}

/** What to paste into HighLevel's marketplace app and how to invite users, after the commands ran. */
export function summary(ctx: DeployContext, scopes: Scopes, found: { redirectUri?: string; inviteUrl?: string }, cli: string, dryRun: boolean): string {
  const agencyOnly = scopes.agency.filter((s) => !scopes.location.includes(s));
  const redirect = found.redirectUri ?? (dryRun ? '<printed by describe above>' : '<not found in the describe output above: run `' + cli + ' describe`>');
  const lines = [
    '',
    '== Paste into the HighLevel marketplace app (marketplace.gohighlevel.com -> My Apps -> your app) ==',
    `Redirect URL:  ${redirect}`,
    'Distribution:  Sub-Account, and Agency for agency connections',
    `Scopes, sub-account connections (${scopes.location.length}):`,
    `  ${scopes.location.join(' ')}`,
    `Scopes, agency connections (${scopes.agency.length}: the above plus ${agencyOnly.join(' ')}):`,
    `  ${scopes.agency.join(' ')}`,
    webhookUrl(ctx.env)
      ? `Webhook URL (Default Webhook URL and the event webhooks):  ${webhookUrl(ctx.env)}`
      : "Webhook URL:   none yet (once the relay runs, deploy again with RELAY_URL set to its public base URL: env:set gives it to the app for the instant triggers, and HighLevel's webhook URL is RELAY_URL/webhooks/highlevel)",
  ];
  if (!(ctx.env.CLIENT_ID && ctx.env.CLIENT_SECRET)) {
    lines.push(
      '',
      `env:set skipped (CLIENT_ID and CLIENT_SECRET not set). In the marketplace app's settings add the redirect URL above and generate the keys, then:`,
      `  ${cli} env:set ${ctx.version} CLIENT_ID=... CLIENT_SECRET=...`,
      '  (or run npm run deploy again with both set; values are copied forward to later versions)',
    );
  }
  lines.push(
    '',
    '== Invite users (private integration) ==',
    `Invite link, all versions:  ${found.inviteUrl ?? (dryRun ? '<printed by users:links above>' : `<run ${cli} users:links>`)}`,
    `By email, one version:      ${cli} users:add someone@example.com ${ctx.version}`,
    '',
    '== Next versions ==',
    'Bump "version" in package.json (npm version minor --no-git-tag-version), then',
    `  npm run deploy -- --promote --migrate-from ${ctx.version} --percent 10    (add a CHANGELOG.md section for the new version first)`,
    `  then, once its logs look right: ${cli} migrate ${ctx.version} <new version>`,
  );
  return lines.join('\n');
}

function context(cwd: string, env: NodeJS.ProcessEnv): DeployContext {
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { version?: string };
  let linked = false;
  try {
    const { id } = JSON.parse(fs.readFileSync(path.join(cwd, '.zapierapprc'), 'utf8')) as { id?: unknown };
    linked = (typeof id === 'number' && id > 0) || (typeof id === 'string' && id !== '');
  } catch {
    linked = false;
  }
  // The CLI reads ZAPIER_DEPLOY_KEY first, else ~/.zapierrc (or $ZAPIER_AUTH_LOCATION: src/constants.js).
  const rc = env.ZAPIER_AUTH_LOCATION ?? path.join(os.homedir(), '.zapierrc');
  return { version: pkg.version ?? '', linked, loggedIn: Boolean(env.ZAPIER_DEPLOY_KEY) || fs.existsSync(rc), env: { ...env } };
}

async function loadScopes(): Promise<Scopes> {
  await import('../index'); // declaring the operations records their endpoints
  const { requiredScopes } = await import('../src/endpoint');
  return { location: requiredScopes('location'), agency: requiredScopes('agency') };
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const cwd = process.cwd();
  const ctx = context(cwd, process.env);
  // The CLI: the wrapper (scripts/zapier-cli.sh), or ZAPIER_CLI (one executable: tests use a fake).
  const cliArgv = process.env.ZAPIER_CLI ? [process.env.ZAPIER_CLI] : ['bash', path.join(__dirname, 'zapier-cli.sh')];
  const cli = process.env.ZAPIER_CLI ?? 'bash scripts/zapier-cli.sh';
  const steps = plan(opts, ctx);
  const interactive = steps.filter((s) => s.id === 'login' || s.id === 'register' || s.id === 'link');
  if (!opts.dryRun && interactive.length && !process.stdin.isTTY) {
    throw new Error(`${interactive.map((s) => s.args[0]).join(' and ')} need a terminal: set ZAPIER_DEPLOY_KEY (a deploy key from https://developer.zapier.com/partner-settings/deploy-keys/) and commit a linked .zapierapprc, or run this once in a terminal`);
  }
  if (opts.skipBuild && !opts.dryRun && !['build/build.zip', 'build/source.zip', 'dist/index.js'].every((f) => fs.existsSync(path.join(cwd, f)))) {
    throw new Error('--skip-build needs build/build.zip, build/source.zip and dist/index.js: run npm run zip');
  }
  if (opts.promote) {
    const file = path.join(cwd, 'CHANGELOG.md');
    if (!(fs.existsSync(file) && changelogHas(fs.readFileSync(file, 'utf8'), ctx.version))) {
      const why = `--promote needs a CHANGELOG.md section for ${ctx.version} (a heading such as "## ${ctx.version}" with what changed for users): zapier-platform promote refuses without one`;
      if (!opts.dryRun) throw new Error(why);
      console.log(`note: ${why}`);
    }
  }
  const found: { redirectUri?: string; inviteUrl?: string } = {};
  for (const [n, step] of steps.entries()) {
    console.log(`\n[${n + 1}/${steps.length}] ${show(step, cli)}`);
    if (opts.dryRun) continue;
    const capture = step.id === 'describe' || step.id === 'links';
    const [cmd, ...args] = step.tool === 'npm' ? ['npm', ...step.args] : [...cliArgv, ...step.args];
    const res = spawnSync(cmd!, args, { cwd, stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
    if (capture) process.stdout.write(res.stdout ?? '');
    if (res.status !== 0) {
      console.error(`\ndeploy stopped: "${step.args[0]}" failed (exit ${res.status ?? res.signal}); nothing after it ran.`);
      return 1;
    }
    if (step.id === 'describe') found.redirectUri = redirectUriIn(res.stdout ?? '');
    if (step.id === 'links') found.inviteUrl = inviteUrlIn(res.stdout ?? '');
  }
  console.log(summary(ctx, await loadScopes(), found, cli, opts.dryRun));
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`deploy: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
