/** Starts relay instances for tests, on either store, against the stand-ins in servers.ts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createRelay, type Relay } from '../../app';
import { loadConfig, type RelayConfig } from '../../config';
import { INGRESS_PATH } from '../../routes/ingress';
import type { Signer } from './sign';

export const PG_URL = process.env.RELAY_TEST_DATABASE_URL || undefined;
export type StoreKind = 'sqlite' | 'postgres';
/** PostgreSQL runs where .ci/run (or a developer) set RELAY_TEST_DATABASE_URL; test/postgres.test.ts says so when not. */
export const STORES: StoreKind[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface Backing {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** A fresh SQLite file or a fresh PostgreSQL database. */
export async function freshBacking(kind: StoreKind): Promise<Backing> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'relay-test-'));
    return { env: { RELAY_SQLITE_PATH: join(dir, 'relay.db') }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `relay_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  return {
    env: { RELAY_DATABASE_URL: url.toString() },
    async dispose() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const APP_ID = 'test-app';

/** The environment a test relay runs with (fast retries, short holds, 127.0.0.1 targets). */
/** `signer`: any sender's public key (a test Signer, or the sandbox's `webhooks`). */
export function testEnv(signer: Pick<Signer, 'publicKeyPem'>, highLevelUrl: string, backing: Backing, extra: Record<string, string> = {}): Record<string, string> {
  return {
    RELAY_APP_ID: APP_ID,
    RELAY_GHL_PUBLIC_KEYS: signer.publicKeyPem,
    HIGHLEVEL_API_BASE_URL: highLevelUrl,
    RELAY_HOST: '127.0.0.1',
    RELAY_PORT: '0',
    RELAY_TARGET_HOSTS: '127.0.0.1',
    RELAY_ALLOW_HTTP_TARGETS: 'true',
    RELAY_RETRY_BASE_MS: '100',
    RELAY_OPPORTUNITY_COLLAPSE_MS: '300',
    RELAY_POLL_INTERVAL_MS: backing.env.RELAY_DATABASE_URL ? '500' : '20',
    RELAY_JOB_EXPIRE_SECONDS: '5',
    RELAY_DELIVERY_TIMEOUT_MS: '2000',
    RELAY_LOG_LEVEL: 'silent',
    ...backing.env,
    ...extra,
  };
}

export interface TestRelay {
  relay: Relay;
  cfg: RelayConfig;
  url: string;
  post(body: string, headers: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

export async function startTestRelay(env: Record<string, string>): Promise<TestRelay> {
  const cfg = loadConfig(env);
  const relay = createRelay(cfg, { logger: false, defaultMetrics: false });
  const port = await relay.start();
  const url = `http://127.0.0.1:${port}`;
  return {
    relay, cfg, url,
    post: (body, headers) => fetch(`${url}${INGRESS_PATH}`, { method: 'POST', body, headers }),
    stop: () => relay.stop(),
  };
}
