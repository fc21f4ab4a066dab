/**
 * The relay's configuration, all from the environment (see README "Relay"). Bad values stop the
 * start with a message naming the variable; nothing secret is read from here except keys, which
 * are public.
 */

/** HighLevel's published Ed25519 key for X-GHL-Signature (WEBHOOKS.md: keys rotate by email). */
export const HIGHLEVEL_ED25519_KEY = [
  '-----BEGIN PUBLIC KEY-----',
  'MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=',
  '-----END PUBLIC KEY-----',
].join('\n');

export interface RelayConfig {
  host: string;
  port: number;
  /** postgres://... selects PostgreSQL (several instances); otherwise SQLite at sqlitePath. */
  databaseUrl?: string;
  sqlitePath: string;
  /** Marketplace app ids whose events are accepted (the part of the client id before '-'). */
  appIds: string[];
  ed25519Keys: string[];
  /** Legacy X-WH-Signature (RSA-SHA256) keys; empty = the legacy header is not accepted. */
  rsaKeys: string[];
  highLevelBaseUrl: string;
  tokenCacheMs: number;
  /** Hosts a subscription's target URL may point at. */
  targetHosts: string[];
  allowHttpTargets: boolean;
  retentionMs: number;
  purgeIntervalMs: number;
  retryBaseMs: number;
  retryMaxDelayMs: number;
  retryHorizonMs: number;
  maxAttempts: number;
  targetRatePerSecond: number;
  deliveryTimeoutMs: number;
  deliveryConcurrency: number;
  /** How long opportunity events wait for their siblings of the same edit (FACTS.md). */
  opportunityCollapseMs: number;
  /** SQLite: how often the worker looks for due work; PostgreSQL: pg-boss polling (>= 500 ms). */
  pollIntervalMs: number;
  /** PostgreSQL: how long a job may stay active before pg-boss hands it to another instance. */
  jobExpireSeconds: number;
  logLevel: string;
  shutdownTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** PEM keys, several concatenated in one variable (literal "\n" accepted for one-line env files). */
export function pemList(value: string | undefined): string[] {
  const text = (value ?? '').replace(/\\n/g, '\n');
  return text.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
}

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min} (got "${raw}")`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false (got "${raw}")`);
}

export function loadConfig(env: Env = process.env): RelayConfig {
  const appIds = list(env.RELAY_APP_ID ?? env.CLIENT_ID?.split('-')[0]);
  if (appIds.length === 0) {
    throw new Error('RELAY_APP_ID must name the marketplace app id(s) whose events are accepted (or set CLIENT_ID)');
  }
  const ed25519Keys = env.RELAY_GHL_PUBLIC_KEYS ? pemList(env.RELAY_GHL_PUBLIC_KEYS) : [HIGHLEVEL_ED25519_KEY];
  if (ed25519Keys.length === 0) throw new Error('RELAY_GHL_PUBLIC_KEYS holds no PEM public key');
  const databaseUrl = env.RELAY_DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('RELAY_DATABASE_URL must be a postgres:// URL');
  }
  const base = env.HIGHLEVEL_API_BASE_URL || 'https://services.leadconnectorhq.com';
  try {
    new URL(base);
  } catch {
    throw new Error('HIGHLEVEL_API_BASE_URL must be a URL');
  }
  const pollIntervalMs = int(env, 'RELAY_POLL_INTERVAL_MS', 500, 10);
  return {
    host: env.RELAY_HOST || '0.0.0.0',
    port: int(env, 'RELAY_PORT', 8787),
    databaseUrl,
    sqlitePath: env.RELAY_SQLITE_PATH || 'relay-data/relay.db',
    appIds,
    ed25519Keys,
    rsaKeys: pemList(env.RELAY_LEGACY_RSA_PUBLIC_KEYS),
    highLevelBaseUrl: base.replace(/\/+$/, ''),
    tokenCacheMs: int(env, 'RELAY_TOKEN_CACHE_SECONDS', 300) * 1000,
    targetHosts: list(env.RELAY_TARGET_HOSTS || 'hooks.zapier.com').map((h) => h.toLowerCase()),
    allowHttpTargets: bool(env, 'RELAY_ALLOW_HTTP_TARGETS', false),
    retentionMs: int(env, 'RELAY_RETENTION_HOURS', 168, 1) * 3_600_000,
    purgeIntervalMs: int(env, 'RELAY_PURGE_INTERVAL_SECONDS', 3600, 1) * 1000,
    retryBaseMs: int(env, 'RELAY_RETRY_BASE_MS', 2000, 1),
    retryMaxDelayMs: int(env, 'RELAY_RETRY_MAX_DELAY_MS', 3_600_000, 1),
    retryHorizonMs: int(env, 'RELAY_RETRY_HORIZON_SECONDS', 86_400, 1) * 1000,
    maxAttempts: int(env, 'RELAY_MAX_ATTEMPTS', 25, 1),
    targetRatePerSecond: int(env, 'RELAY_TARGET_RATE_PER_SECOND', 30, 1),
    deliveryTimeoutMs: int(env, 'RELAY_DELIVERY_TIMEOUT_MS', 10_000, 100),
    deliveryConcurrency: int(env, 'RELAY_DELIVERY_CONCURRENCY', 16, 1),
    opportunityCollapseMs: int(env, 'RELAY_OPPORTUNITY_COLLAPSE_MS', 2000),
    pollIntervalMs,
    jobExpireSeconds: int(env, 'RELAY_JOB_EXPIRE_SECONDS', 60, 1),
    logLevel: env.RELAY_LOG_LEVEL || 'info',
    shutdownTimeoutMs: int(env, 'RELAY_SHUTDOWN_TIMEOUT_MS', 30_000, 100),
  };
}
