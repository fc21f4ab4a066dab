import type { RelayConfig } from '../config';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';
import type { Store } from './types';

export function openStore(cfg: RelayConfig): Store {
  return cfg.databaseUrl
    ? new PostgresStore({ url: cfg.databaseUrl, pollIntervalMs: cfg.pollIntervalMs, jobExpireSeconds: cfg.jobExpireSeconds, stopTimeoutMs: cfg.shutdownTimeoutMs })
    : new SqliteStore(cfg.sqlitePath, cfg.pollIntervalMs);
}
