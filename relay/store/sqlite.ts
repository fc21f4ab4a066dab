/**
 * The embedded store: one SQLite file (WAL), no server. One relay process owns it; its work loop
 * takes due rows from the tables themselves (unrouted events, pending deliveries whose time has
 * come), so a restart simply finds them again. Several instances need PostgreSQL (postgres.ts).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TagSighting } from '../tags';
import { ADDED_COLUMNS, Q, SCHEMA, dialect, eventParams, sightingSteps, subscriptionParams, toDelivery, toEvent, toSubscription, type Row } from './sql';
import type { DeliveryRow, DeliveryUpdate, NewDelivery, Store, StoredEvent, SubscriptionRow, Tenant, WorkHandlers } from './types';

type Stmt = { all(params: unknown[]): Row[]; run(params: unknown[]): number };

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private db: Database.Database;
  private stmts = new Map<string, Database.Statement>();
  private handlers?: WorkHandlers;
  private concurrency = 1;
  private inFlight = new Map<string, Promise<void>>();
  private timer?: NodeJS.Timeout;
  private stopping = false;
  private pumping = false;

  constructor(path: string, private pollIntervalMs: number) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process (not a power cut) and is much faster than FULL.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
  }

  private q(sql: string): Stmt {
    let st = this.stmts.get(sql);
    if (!st) {
      st = this.db.prepare(dialect(sql, 'sqlite').replace(/\$(\d+)/g, '@p$1'));
      this.stmts.set(sql, st);
    }
    const stmt = st;
    const bind = (params: unknown[]) => Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v]));
    return {
      all: (params) => (stmt.reader ? (stmt.all(bind(params)) as Row[]) : (stmt.run(bind(params)), [])),
      run: (params) => (stmt.reader ? stmt.all(bind(params)).length : stmt.run(bind(params)).changes),
    };
  }

  async init(): Promise<void> {
    for (const ddl of SCHEMA) this.db.exec(ddl);
    for (const c of ADDED_COLUMNS) {
      const cols = this.db.prepare(`SELECT name FROM pragma_table_info('${c.table}')`).all() as Row[];
      if (!cols.some((x) => x.name === c.column)) this.db.exec(`ALTER TABLE ${c.table} ADD COLUMN ${c.column} ${c.type}`);
    }
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async addEvent(e: StoredEvent, sighting?: TagSighting): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.q(Q.insertEvent).all(eventParams(e)).length === 0) return false;
      if (sighting) {
        const steps = sightingSteps(e.id, sighting, Date.now());
        this.q(steps.ensure[0]).run(steps.ensure[1]);
        for (const [sql, params] of steps.finish(this.q(steps.lock[0]).all(steps.lock[1]))) this.q(sql).run(params);
      }
      return true;
    })();
  }

  async getEvent(id: string): Promise<StoredEvent | undefined> {
    const r = this.q(Q.getEvent).all([id])[0];
    return r ? toEvent(r) : undefined;
  }

  async recentEvents(t: Tenant, type: string | undefined, limit: number): Promise<StoredEvent[]> {
    return this.q(Q.recentEvents).all([t.kind, t.id, type ?? '', limit]).map(toEvent);
  }

  async hasSibling(locationId: string | null, recordId: string, types: string[], from: number, to: number): Promise<boolean> {
    return this.q(Q.sibling).all([recordId, locationId ?? '', from, to, JSON.stringify(types)]).length > 0;
  }

  async addSubscription(s: SubscriptionRow): Promise<void> {
    this.q(Q.insertSubscription).run(subscriptionParams(s));
  }

  async listSubscriptions(tenant: string): Promise<SubscriptionRow[]> {
    return this.q(Q.listSubscriptions).all([tenant]).map(toSubscription);
  }

  async getSubscription(id: string): Promise<SubscriptionRow | undefined> {
    const r = this.q(Q.getSubscription).all([id])[0];
    return r ? toSubscription(r) : undefined;
  }

  async deleteSubscription(tenant: string, id: string): Promise<boolean> {
    return this.db.transaction(() => {
      const n = this.q(Q.deleteSubscription).run([tenant, id]);
      if (n > 0) this.q(Q.deleteSubscriptionDeliveries).run([id]);
      return n > 0;
    })();
  }

  async subscriptionsFor(tenants: string[], eventType: string): Promise<SubscriptionRow[]> {
    return this.q(Q.subscriptionsFor).all([eventType, JSON.stringify(tenants)]).map(toSubscription);
  }

  async addDeliveries(eventId: string, rows: NewDelivery[]): Promise<number> {
    const now = Date.now();
    const added = this.db.transaction(() => {
      let n = 0;
      for (const d of rows) {
        n += this.q(Q.insertDelivery).all([d.id, d.eventId, d.subscriptionId, d.collapseKey, d.runAt, d.receivedAt, now]).length;
      }
      this.q(Q.markRouted).run([eventId]);
      return n;
    })();
    if (added > 0) this.kick();
    return added;
  }

  async getDelivery(id: string): Promise<DeliveryRow | undefined> {
    const r = this.q(Q.getDelivery).all([id])[0];
    return r ? toDelivery(r) : undefined;
  }

  async updateDelivery(id: string, seq: number, u: DeliveryUpdate): Promise<boolean> {
    const now = Date.now();
    if (u.status === 'pending') return this.q(Q.rescheduleDelivery).run([id, seq, u.attempt, u.nextAt, u.detail ?? null, now]) > 0;
    return this.q(Q.finishDelivery).run([id, seq, u.status, u.detail ?? null, now]) > 0;
  }

  async takeRateSlot(target: string, second: number, limit: number): Promise<boolean> {
    const r = this.q(Q.takeRate).all([target, second])[0];
    return Number(r?.n) <= limit;
  }

  async recordInstall(locationId: string, companyId: string): Promise<void> {
    this.q(Q.recordInstall).run([locationId, companyId]);
  }

  async companyOf(locationId: string): Promise<string | undefined> {
    const r = this.q(Q.companyOf).all([locationId])[0];
    return r ? String(r.company_id) : undefined;
  }

  async removeTenant(t: Tenant): Promise<{ subscriptions: number; events: number; contacts: number }> {
    return this.db.transaction(() => {
      const subs = JSON.stringify(this.q(Q.tenantSubscriptionIds).all([`${t.kind}:${t.id}`, t.kind, t.id]).map((r) => r.id));
      const events = JSON.stringify(this.q(Q.tenantEventIds).all([t.kind, t.id]).map((r) => r.id));
      this.q(Q.deleteDeliveriesOfSubscriptions).run([subs]);
      const s = this.q(Q.deleteSubscriptions).run([subs]);
      this.q(Q.deleteDeliveriesOfEvents).run([events]);
      const e = this.q(Q.deleteEvents).run([events]);
      const c = this.q(Q.deleteTenantContactTags).run([t.kind, t.id]);
      this.q(Q.deleteInstalls).run([t.kind, t.id]);
      return { subscriptions: s, events: e, contacts: c };
    })();
  }

  async purge(before: number): Promise<number> {
    let total = 0;
    for (;;) {
      const n = this.db.transaction(() => {
        const ids = JSON.stringify(this.q(Q.oldEventIds).all([before]).map((r) => r.id));
        this.q(Q.deleteDeliveriesOfEvents).run([ids]);
        return this.q(Q.deleteEvents).run([ids]);
      })();
      total += n;
      if (n === 0) break;
    }
    this.q(Q.purgeContactTags).run([before]);
    this.q(Q.purgeRate).run([Math.floor(Date.now() / 1000) - 60]);
    return total;
  }

  async queueDepth(): Promise<number> {
    return Number(this.q(Q.queueDepth).all([])[0]?.n ?? 0);
  }

  async startWork(handlers: WorkHandlers, concurrency: number): Promise<void> {
    this.handlers = handlers;
    this.concurrency = concurrency;
    this.stopping = false;
    this.timer = setInterval(() => this.pump(), this.pollIntervalMs);
    this.kick();
  }

  kick(): void {
    if (this.handlers && !this.stopping) setImmediate(() => this.pump());
  }

  /** Starts due work up to the concurrency limit; each finished job looks for more. */
  private pump(): void {
    const h = this.handlers;
    if (!h || this.stopping || this.pumping) return;
    this.pumping = true;
    try {
      const run = (key: string, job: () => Promise<void>) => {
        const p = job().catch(() => undefined).finally(() => {
          this.inFlight.delete(key);
          this.kick();
        });
        this.inFlight.set(key, p);
      };
      const free = () => this.concurrency - this.inFlight.size;
      if (free() <= 0) return;
      for (const r of this.q(Q.unrouted).all([free() + this.inFlight.size])) {
        const key = `route:${String(r.id)}`;
        if (free() > 0 && !this.inFlight.has(key)) run(key, () => h.route(String(r.id)));
      }
      if (free() <= 0) return;
      for (const r of this.q(Q.dueDeliveries).all([Date.now(), free() + this.inFlight.size])) {
        const key = `deliver:${String(r.id)}`;
        if (free() > 0 && !this.inFlight.has(key)) run(key, () => h.deliver(String(r.id), Number(r.seq)));
      }
    } finally {
      this.pumping = false;
    }
  }

  async stopWork(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.inFlight.values()]);
  }

  async close(): Promise<void> {
    await this.stopWork();
    this.db.close();
  }
}
