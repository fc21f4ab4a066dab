/**
 * PostgreSQL, for several relay instances behind a load balancer. The tables are the same as
 * SQLite's; the work is shared through pg-boss (10.x: the last line that runs on Node 20), a
 * maintained Postgres job queue (SKIP LOCKED fetches, expiry of jobs whose instance died, retries).
 * A job is queued in the same transaction as the row it is about, so nothing is stored without its
 * job or queued without its row. Jobs carry the delivery's seq, so a stale or repeated job is a no-op.
 */
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { TagSighting } from '../tags';
import { ADDED_COLUMNS, Q, SCHEMA, dialect, eventParams, sightingSteps, subscriptionParams, toDelivery, toEvent, toSubscription, type Row } from './sql';
import type { DeliveryRow, DeliveryUpdate, NewDelivery, Store, StoredEvent, SubscriptionRow, Tenant, WorkHandlers } from './types';

// BIGINT columns hold epoch milliseconds: read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

const ROUTE = 'relay-route';
const DELIVER = 'relay-deliver';

interface RouteJob { eventId: string }
interface DeliverJob { deliveryId: string; seq: number }

type Exec = (sql: string, params: unknown[]) => Promise<Row[]>;

export interface PostgresOptions {
  url: string;
  pollIntervalMs: number;
  jobExpireSeconds: number;
  /** Pool size for the relay's own queries (pg-boss has its own pool). */
  poolSize?: number;
  stopTimeoutMs?: number;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private pool: pg.Pool;
  private boss: PgBoss;
  private workerIds: Record<typeof ROUTE | typeof DELIVER, string[]> = { [ROUTE]: [], [DELIVER]: [] };
  private nextWorker = 0;
  private stopped = false;

  constructor(private opts: PostgresOptions) {
    this.pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    this.pool.on('error', () => undefined);
    this.boss = new PgBoss({
      connectionString: opts.url,
      max: 4,
      schema: 'relay_boss',
      // Finished jobs are not the record of a delivery (relay_deliveries is): keep them briefly.
      deleteAfterHours: 1,
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, opts.jobExpireSeconds)),
      monitorStateIntervalSeconds: 60,
    });
    this.boss.on('error', () => undefined);
  }

  private exec: Exec = async (sql, params) => (await this.pool.query(dialect(sql, 'postgres'), params)).rows;

  private async tx<T>(fn: (exec: Exec, db: PgBoss.Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const exec: Exec = async (sql, params) => (await client.query(dialect(sql, 'postgres'), params)).rows;
    const db: PgBoss.Db = { executeSql: (text, values) => client.query(text, values) };
    try {
      await client.query('BEGIN');
      const out = await fn(exec, db);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async init(): Promise<void> {
    const client = await this.pool.connect();
    try {
      // One instance creates the tables at a time (several may start together).
      await client.query('SELECT pg_advisory_lock(727001)');
      for (const ddl of SCHEMA) await client.query(ddl);
      for (const c of ADDED_COLUMNS) await client.query(`ALTER TABLE ${c.table} ADD COLUMN IF NOT EXISTS ${c.column} ${c.type}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(727001)').catch(() => undefined);
      client.release();
    }
    await this.boss.start();
    const queue = { retryLimit: 1000, retryDelay: 1, retryBackoff: true, expireInSeconds: this.opts.jobExpireSeconds };
    for (const name of [ROUTE, DELIVER]) {
      if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, policy: 'standard', ...queue }).catch(() => undefined);
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async addEvent(e: StoredEvent, sighting?: TagSighting): Promise<boolean> {
    return this.tx(async (exec, db) => {
      if ((await exec(Q.insertEvent, eventParams(e))).length === 0) return false;
      if (sighting) {
        // The row lock serialises concurrent ingresses of one contact (also on other instances):
        // the second waits for the first's commit, then diffs against the set it wrote.
        const steps = sightingSteps(e.id, sighting, Date.now());
        await exec(...steps.ensure);
        for (const step of steps.finish(await exec(...steps.lock))) await exec(...step);
      }
      await this.boss.send(ROUTE, { eventId: e.id } satisfies RouteJob, { db });
      return true;
    });
  }

  async getEvent(id: string): Promise<StoredEvent | undefined> {
    const r = (await this.exec(Q.getEvent, [id]))[0];
    return r ? toEvent(r) : undefined;
  }

  async recentEvents(t: Tenant, type: string | undefined, limit: number): Promise<StoredEvent[]> {
    return (await this.exec(Q.recentEvents, [t.kind, t.id, type ?? '', limit])).map(toEvent);
  }

  async hasSibling(locationId: string | null, recordId: string, types: string[], from: number, to: number): Promise<boolean> {
    return (await this.exec(Q.sibling, [recordId, locationId ?? '', from, to, JSON.stringify(types)])).length > 0;
  }

  async addSubscription(s: SubscriptionRow): Promise<void> {
    await this.exec(Q.insertSubscription, subscriptionParams(s));
  }

  async listSubscriptions(tenant: string): Promise<SubscriptionRow[]> {
    return (await this.exec(Q.listSubscriptions, [tenant])).map(toSubscription);
  }

  async getSubscription(id: string): Promise<SubscriptionRow | undefined> {
    const r = (await this.exec(Q.getSubscription, [id]))[0];
    return r ? toSubscription(r) : undefined;
  }

  async deleteSubscription(tenant: string, id: string): Promise<boolean> {
    return this.tx(async (exec) => {
      const n = (await this.count(exec, Q.deleteSubscription, [tenant, id]));
      if (n > 0) await exec(Q.deleteSubscriptionDeliveries, [id]);
      return n > 0;
    });
  }

  private async count(exec: Exec, sql: string, params: unknown[]): Promise<number> {
    const rows = await exec(`WITH x AS (${dialect(sql, 'postgres')} RETURNING 1) SELECT COUNT(*)::int AS n FROM x`, params);
    return Number(rows[0]?.n ?? 0);
  }

  async subscriptionsFor(tenants: string[], eventType: string): Promise<SubscriptionRow[]> {
    return (await this.exec(Q.subscriptionsFor, [eventType, JSON.stringify(tenants)])).map(toSubscription);
  }

  async addDeliveries(eventId: string, rows: NewDelivery[]): Promise<number> {
    const added = await this.tx(async (exec, db) => {
      const now = Date.now();
      const jobs: PgBoss.JobInsert<DeliverJob>[] = [];
      for (const d of rows) {
        const ok = (await exec(Q.insertDelivery, [d.id, d.eventId, d.subscriptionId, d.collapseKey, d.runAt, d.receivedAt, now])).length > 0;
        if (ok) jobs.push({ name: DELIVER, data: { deliveryId: d.id, seq: 1 }, startAfter: new Date(d.runAt) });
      }
      if (jobs.length > 0) await this.boss.insert(jobs, { db });
      await exec(Q.markRouted, [eventId]);
      return jobs.length;
    });
    this.wake(DELIVER, added);
    return added;
  }

  async getDelivery(id: string): Promise<DeliveryRow | undefined> {
    const r = (await this.exec(Q.getDelivery, [id]))[0];
    return r ? toDelivery(r) : undefined;
  }

  async updateDelivery(id: string, seq: number, u: DeliveryUpdate): Promise<boolean> {
    const now = Date.now();
    if (u.status !== 'pending') {
      return (await this.count(this.exec, Q.finishDelivery, [id, seq, u.status, u.detail ?? null, now])) > 0;
    }
    return this.tx(async (exec, db) => {
      const r = (await exec(Q.rescheduleDelivery, [id, seq, u.attempt, u.nextAt, u.detail ?? null, now]))[0];
      if (!r) return false;
      await this.boss.send(DELIVER, { deliveryId: id, seq: Number(r.seq) } satisfies DeliverJob, { startAfter: new Date(u.nextAt), db });
      return true;
    });
  }

  async takeRateSlot(target: string, second: number, limit: number): Promise<boolean> {
    const r = (await this.exec(Q.takeRate, [target, second]))[0];
    return Number(r?.n) <= limit;
  }

  async recordInstall(locationId: string, companyId: string): Promise<void> {
    await this.exec(Q.recordInstall, [locationId, companyId]);
  }

  async companyOf(locationId: string): Promise<string | undefined> {
    const r = (await this.exec(Q.companyOf, [locationId]))[0];
    return r ? String(r.company_id) : undefined;
  }

  async removeTenant(t: Tenant): Promise<{ subscriptions: number; events: number; contacts: number }> {
    return this.tx(async (exec) => {
      const subs = JSON.stringify((await exec(Q.tenantSubscriptionIds, [`${t.kind}:${t.id}`, t.kind, t.id])).map((r) => r.id));
      const events = JSON.stringify((await exec(Q.tenantEventIds, [t.kind, t.id])).map((r) => r.id));
      await exec(Q.deleteDeliveriesOfSubscriptions, [subs]);
      const s = await this.count(exec, Q.deleteSubscriptions, [subs]);
      await exec(Q.deleteDeliveriesOfEvents, [events]);
      const e = await this.count(exec, Q.deleteEvents, [events]);
      const c = await this.count(exec, Q.deleteTenantContactTags, [t.kind, t.id]);
      await exec(Q.deleteInstalls, [t.kind, t.id]);
      return { subscriptions: s, events: e, contacts: c };
    });
  }

  async purge(before: number): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.tx(async (exec) => {
        const ids = JSON.stringify((await exec(Q.oldEventIds, [before])).map((r) => r.id));
        await exec(Q.deleteDeliveriesOfEvents, [ids]);
        return this.count(exec, Q.deleteEvents, [ids]);
      });
      total += n;
      if (n === 0) break;
    }
    await this.exec(Q.purgeContactTags, [before]);
    await this.exec(Q.purgeRate, [Math.floor(Date.now() / 1000) - 60]);
    return total;
  }

  async queueDepth(): Promise<number> {
    return Number((await this.exec(Q.queueDepth, []))[0]?.n ?? 0);
  }

  async startWork(h: WorkHandlers, concurrency: number): Promise<void> {
    const pollingIntervalSeconds = Math.max(0.5, this.opts.pollIntervalMs / 1000);
    const workers = Math.min(concurrency, 4);
    const batchSize = Math.ceil(concurrency / workers);
    // Each job is handled on its own: one failing job is failed (pg-boss retries it), the rest complete.
    // A worker whose batch came back full looks again at once (pg-boss would otherwise wait a
    // polling interval after every batch), so a backlog drains at full speed; a short batch means
    // the queue is drained, and the worker goes back to polling (or to being kicked).
    const register = async <T>(name: typeof ROUTE | typeof DELIVER, batchSize: number, fn: (data: T) => Promise<void>) => {
      let id = '';
      id = await this.boss.work<T>(name, { batchSize, pollingIntervalSeconds }, async (jobs) => {
        await Promise.all(jobs.map((job) => fn(job.data).catch(() => this.boss.fail(name, job.id).catch(() => undefined))));
        if (jobs.length >= batchSize) setImmediate(() => this.boss.notifyWorker(id));
      });
      this.workerIds[name].push(id);
    };
    for (let i = 0; i < 2; i++) await register<RouteJob>(ROUTE, 10, (d) => h.route(d.eventId));
    for (let i = 0; i < workers; i++) await register<DeliverJob>(DELIVER, batchSize, (d) => h.deliver(d.deliveryId, d.seq));
  }

  /** New events were stored: wake one routing worker (not all: each wake-up is a fetch query). */
  kick(): void {
    this.wake(ROUTE, 1);
  }

  private wake(name: typeof ROUTE | typeof DELIVER, count: number): void {
    const ids = this.workerIds[name];
    for (let i = 0; i < Math.min(count, ids.length); i++) this.boss.notifyWorker(ids[this.nextWorker++ % ids.length]);
  }

  /** Stops pg-boss gracefully: its workers finish the jobs they hold (and complete them) first. */
  async stopWork(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.workerIds = { [ROUTE]: [], [DELIVER]: [] };
    await this.boss.stop({ graceful: true, wait: true, timeout: this.opts.stopTimeoutMs ?? 30_000 });
  }

  async close(): Promise<void> {
    await this.stopWork();
    await this.pool.end();
  }
}
