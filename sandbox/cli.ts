/**
 * npm run sandbox -- --port 4010 [--persist sandbox-data.json] [--token-ttl 86399]
 *   [--rate-max 100 --rate-window-ms 10000 | --no-rate-limit]
 *   [--fault-rate 0.2 --latency-ms 50 --fault-statuses 500,503 --fault-seed 7]
 *   [--no-demo-data] [--volume] [--search-lag-ms 2000] [--search-shape real|spec] [--no-scope-check]
 *   [--client-id ID --client-secret SECRET] [--webhook-url URL] [--quiet]
 *
 * Starts the HighLevel sandbox on 127.0.0.1, prints its URL, the OAuth client and a ready access
 * token for the demo location, logs one line per request (unless --quiet), and stops cleanly on
 * SIGINT / SIGTERM (saving the state first when --persist is given).
 */
import type { SandboxOptions } from './index';
import { launch } from './server';

const HELP = `HighLevel API v2 sandbox (local, 127.0.0.1 only)

Options:
  --port N               port to listen on (default 4010; 0 = any free port)
  --persist FILE         load the state from FILE and save it back after every write
  --token-ttl SECONDS    access-token lifetime (default 86399)
  --rate-max N           requests per window per location (default 100)
  --rate-window-ms MS    rate-limit window (default 10000)
  --no-rate-limit        no burst limit (headers still sent)
  --fault-rate R         share of API answers replaced by a 5xx, 0..1 (default 0)
  --latency-ms MS        delay added to every API answer
  --fault-statuses LIST  5xx codes to pick from (default 500,502,503)
  --fault-seed N         make the faults repeatable
  --no-demo-data         start with the location and its owner only
  --volume               add a real account's volume to the demo data (10,000 contacts, 5,000
                         opportunities, 2,000 tasks, 20,000 messages mostly outbound, 2,000 orders;
                         the same on every start)
  --search-lag-ms MS     a new or changed contact shows up in the contact search only after MS
  --search-shape S       the contact search's items: real (address, epoch dateOfBirth, as
                         HighLevel answers) or spec (as GET /contacts/{id}); see highlevel-quirks.ts
  --no-scope-check       do not answer 401 to tokens without a route's scope
  --client-id ID         OAuth client id (default sandbox-client-id)
  --client-secret S      OAuth client secret (default sandbox-client-secret)
  --webhook-url URL      POST every change as a signed HighLevel webhook event to URL (e.g. the
                         relay's http://127.0.0.1:8787/webhooks/highlevel); the public key to trust
                         is printed at start
  --quiet                do not log requests
  --help                 this text
`;

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { opts: SandboxOptions; quiet: boolean; help: boolean } {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument: ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(name, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags.set(name, argv[++i]!);
    else flags.set(name, true);
  }
  const known = new Set([
    'port', 'persist', 'token-ttl', 'rate-max', 'rate-window-ms', 'no-rate-limit', 'fault-rate', 'latency-ms',
    'fault-statuses', 'fault-seed', 'no-demo-data', 'volume', 'search-lag-ms', 'search-shape', 'no-scope-check', 'client-id', 'client-secret', 'webhook-url', 'quiet', 'help',
  ]);
  for (const name of flags.keys()) if (!known.has(name)) throw new UsageError(`unknown option --${name}`);
  const text = (name: string): string | undefined => {
    const v = flags.get(name);
    if (v === true) throw new UsageError(`--${name} needs a value`);
    return v;
  };
  const num = (name: string): number | undefined => {
    const v = text(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number, got ${v}`);
    return n;
  };

  const opts: SandboxOptions = { port: num('port') ?? 4010 };
  const persist = text('persist');
  if (persist) opts.persistFile = persist;
  const ttl = num('token-ttl');
  if (ttl !== undefined) opts.tokenTtlSeconds = ttl;
  if (flags.has('no-rate-limit')) opts.rateLimit = false;
  else if (flags.has('rate-max') || flags.has('rate-window-ms')) opts.rateLimit = { max: num('rate-max') ?? 100, windowMs: num('rate-window-ms') ?? 10_000 };
  const rate = num('fault-rate');
  const latency = num('latency-ms');
  if (rate !== undefined || latency !== undefined) {
    const statuses = text('fault-statuses')?.split(',').map((s) => Number(s.trim()));
    const seed = num('fault-seed');
    opts.faults = { errorRate: rate ?? 0, ...(latency !== undefined ? { latencyMs: latency } : {}), ...(statuses ? { statuses } : {}), ...(seed !== undefined ? { seed } : {}) };
  }
  if (flags.has('no-demo-data')) opts.demoData = false;
  if (flags.has('volume')) opts.volume = true;
  const lag = num('search-lag-ms');
  if (lag !== undefined) opts.searchLagMs = lag;
  const shape = text('search-shape');
  if (shape !== undefined) {
    if (shape !== 'real' && shape !== 'spec') throw new UsageError(`--search-shape must be real or spec, got ${shape}`);
    opts.searchShape = shape;
  }
  if (flags.has('no-scope-check')) opts.enforceScopes = false;
  const clientId = text('client-id');
  if (clientId) opts.clientId = clientId;
  const clientSecret = text('client-secret');
  if (clientSecret) opts.clientSecret = clientSecret;
  const webhookUrl = text('webhook-url');
  if (webhookUrl !== undefined) {
    if (!/^https?:\/\/[^/]/.test(webhookUrl)) throw new UsageError(`--webhook-url must be an http(s) URL, got ${webhookUrl}`);
    opts.webhookUrl = webhookUrl;
  }
  return { opts, quiet: flags.has('quiet'), help: flags.has('help') };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${HELP}`);
      process.exit(2);
    }
    throw err;
  }
  if (parsed.help) {
    process.stdout.write(HELP);
    return;
  }
  const { opts, quiet } = parsed;
  const sandbox = await launch(opts, quiet ? {} : { onLog: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`) });
  const tokens = sandbox.issueTokens();
  const agency = sandbox.issueAgencyTokens();
  const location = sandbox.store.locations.get(sandbox.locationId);
  const clientId = opts.clientId ?? 'sandbox-client-id';
  const clientSecret = opts.clientSecret ?? 'sandbox-client-secret';
  const rate = opts.rateLimit === false ? 'off' : `${opts.rateLimit?.max ?? 100} per ${opts.rateLimit?.windowMs ?? 10_000} ms per location`;
  process.stdout.write(
    [
      `HighLevel sandbox listening on ${sandbox.url}`,
      `  location       ${sandbox.locationId} (${location?.name ?? 'unnamed'}), company ${sandbox.companyId}`,
      `  client id      ${clientId}`,
      `  client secret  ${clientSecret}`,
      `  access token   ${tokens.access_token}`,
      `  refresh token  ${tokens.refresh_token}`,
      `  agency token   ${agency.access_token} (userType Company, company ${agency.companyId})`,
      `  rate limit     ${rate}${opts.faults ? `; faults ${opts.faults.errorRate}, latency ${opts.faults.latencyMs ?? 0} ms` : ''}`,
      `  data           ${sandbox.store.contacts.size} contacts, ${sandbox.store.opportunities.size} opportunities, ${sandbox.store.tasks.size} tasks, ${sandbox.store.messages.size} messages, ${sandbox.store.orders.size} orders${opts.volume ? ' (volume mode)' : ''}`,
      opts.persistFile ? `  state file     ${opts.persistFile}` : '  state          in memory (use --persist FILE to keep it)',
      sandbox.webhooks.target
        ? `  webhooks       signed events to ${sandbox.webhooks.target} (appId ${sandbox.webhooks.appId})`
        : '  webhooks       off (use --webhook-url URL to send signed events)',
      '',
      'Point the app at it:',
      `  HIGHLEVEL_API_BASE_URL=${sandbox.url} HIGHLEVEL_AUTHORIZE_URL=${sandbox.url}/oauth/chooselocation CLIENT_ID=${clientId} CLIENT_SECRET=${clientSecret}`,
      'Try:',
      `  TOKEN=${tokens.access_token}`,
      `  curl -s -H "Authorization: Bearer $TOKEN" -H "Version: 2021-07-28" "${sandbox.url}/contacts/?locationId=${sandbox.locationId}&limit=3"`,
      ...(sandbox.webhooks.target
        ? [
            'The relay trusts this sandbox\'s webhook key with:',
            `  RELAY_APP_ID=${sandbox.webhooks.appId} HIGHLEVEL_API_BASE_URL=${sandbox.url} RELAY_GHL_PUBLIC_KEYS="${sandbox.webhooks.publicKeyPem.trim().replace(/\n/g, '\\n')}"`,
          ]
        : []),
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the sandbox\n`);
    sandbox.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`could not stop cleanly: ${(err as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`highlevel sandbox: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
