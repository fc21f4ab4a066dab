/**
 * The SQL both stores run ($n placeholders; the SQLite store rewrites them to named parameters).
 * Times are epoch milliseconds (BIGINT), JSON is TEXT, so one dialect serves both.
 */
import { isEventType, type SubscriptionFilters } from '../contract';
import { planSighting, type LastSeen, type TagDiff, type TagSighting } from '../tags';
import type { DeliveryRow, DeliveryStatus, StoredEvent, SubscriptionRow } from './types';

const STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'dead', 'collapsed', 'gone', 'dropped'];
const isStatus = (v: unknown): v is DeliveryStatus => STATUSES.some((x) => x === v);

export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS relay_events (
     id TEXT PRIMARY KEY, type TEXT NOT NULL, location_id TEXT, company_id TEXT, record_id TEXT,
     received_at BIGINT NOT NULL, payload TEXT NOT NULL, routed INTEGER NOT NULL DEFAULT 0, tag_diff TEXT)`,
  `CREATE INDEX IF NOT EXISTS relay_events_location ON relay_events (location_id, received_at)`,
  `CREATE INDEX IF NOT EXISTS relay_events_company ON relay_events (company_id, received_at)`,
  `CREATE INDEX IF NOT EXISTS relay_events_record ON relay_events (record_id)`,
  `CREATE INDEX IF NOT EXISTS relay_events_received ON relay_events (received_at)`,
  `CREATE INDEX IF NOT EXISTS relay_events_unrouted ON relay_events (routed) WHERE routed = 0`,
  `CREATE TABLE IF NOT EXISTS relay_subscriptions (
     id TEXT PRIMARY KEY, tenant TEXT NOT NULL, event_type TEXT NOT NULL, target_url TEXT NOT NULL,
     filters TEXT NOT NULL, created_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS relay_subscriptions_tenant ON relay_subscriptions (tenant, event_type)`,
  `CREATE TABLE IF NOT EXISTS relay_deliveries (
     id TEXT PRIMARY KEY, event_id TEXT NOT NULL, subscription_id TEXT NOT NULL, collapse_key TEXT,
     status TEXT NOT NULL, attempt INTEGER NOT NULL, seq INTEGER NOT NULL, first_at BIGINT NOT NULL,
     next_at BIGINT NOT NULL, received_at BIGINT NOT NULL, detail TEXT, updated_at BIGINT NOT NULL,
     UNIQUE (subscription_id, collapse_key))`,
  `CREATE INDEX IF NOT EXISTS relay_deliveries_due ON relay_deliveries (next_at) WHERE status = 'pending'`,
  `CREATE INDEX IF NOT EXISTS relay_deliveries_event ON relay_deliveries (event_id)`,
  `CREATE INDEX IF NOT EXISTS relay_deliveries_subscription ON relay_deliveries (subscription_id)`,
  `CREATE TABLE IF NOT EXISTS relay_target_rate (
     target TEXT NOT NULL, second BIGINT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (target, second))`,
  `CREATE TABLE IF NOT EXISTS relay_installs (location_id TEXT PRIMARY KEY, company_id TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS relay_installs_company ON relay_installs (company_id)`,
  // The last tags seen per contact (relay/tags.ts); tags NULL = deleted, or a row just created to lock.
  `CREATE TABLE IF NOT EXISTS relay_contact_tags (
     location_id TEXT NOT NULL, contact_id TEXT NOT NULL, tags TEXT, seen_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL, PRIMARY KEY (location_id, contact_id))`,
  `CREATE INDEX IF NOT EXISTS relay_contact_tags_updated ON relay_contact_tags (updated_at)`,
];

/** Columns added after a table's first release: each store adds the missing ones on start. */
export const ADDED_COLUMNS: readonly { table: string; column: string; type: string }[] = [
  { table: 'relay_events', column: 'tag_diff', type: 'TEXT' },
];

const EVENT_COLS = 'id, type, location_id, company_id, record_id, received_at, payload';
const EVENT_READ_COLS = `${EVENT_COLS}, tag_diff`;
/** The contact-tag rows of a tenant's locations. */
const TENANT_CONTACT_TAGS = `(
  ($1 = 'location' AND location_id = $2)
  OR ($1 = 'company' AND location_id IN (SELECT location_id FROM relay_installs WHERE company_id = $2)))`;
const SUB_COLS = 'id, tenant, event_type, target_url, filters, created_at';
const DELIVERY_COLS = 'd.id, d.event_id, d.subscription_id, d.status, d.attempt, d.seq, d.first_at, d.next_at, d.received_at';

/** Events of a tenant: its location, or an agency's own events and its installed locations'. */
const TENANT_EVENTS = `(
  ($1 = 'location' AND location_id = $2)
  OR ($1 = 'company' AND (company_id = $2 OR location_id IN (SELECT location_id FROM relay_installs WHERE company_id = $2))))`;

export const Q = {
  insertEvent: `INSERT INTO relay_events (${EVENT_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING id`,
  getEvent: `SELECT ${EVENT_READ_COLS} FROM relay_events WHERE id = $1`,
  recentEvents: `SELECT ${EVENT_READ_COLS} FROM relay_events WHERE ${TENANT_EVENTS} AND ($3 = '' OR type = $3)
                 AND type NOT IN ('INSTALL', 'UNINSTALL') ORDER BY received_at DESC LIMIT $4`,
  sibling: `SELECT 1 AS found FROM relay_events WHERE record_id = $1 AND COALESCE(location_id, '') = $2
            AND received_at BETWEEN $3 AND $4 AND type IN LIST($5) LIMIT 1`,
  unrouted: `SELECT id FROM relay_events WHERE routed = 0 ORDER BY received_at LIMIT $1`,
  markRouted: `UPDATE relay_events SET routed = 1 WHERE id = $1`,
  insertSubscription: `INSERT INTO relay_subscriptions (${SUB_COLS}) VALUES ($1, $2, $3, $4, $5, $6)`,
  listSubscriptions: `SELECT ${SUB_COLS} FROM relay_subscriptions WHERE tenant = $1 ORDER BY created_at, id`,
  getSubscription: `SELECT ${SUB_COLS} FROM relay_subscriptions WHERE id = $1`,
  deleteSubscription: `DELETE FROM relay_subscriptions WHERE tenant = $1 AND id = $2`,
  deleteSubscriptionDeliveries: `DELETE FROM relay_deliveries WHERE subscription_id = $1 AND status = 'pending'`,
  subscriptionsFor: `SELECT ${SUB_COLS} FROM relay_subscriptions WHERE event_type = $1 AND tenant IN LIST($2)`,
  insertDelivery: `INSERT INTO relay_deliveries (id, event_id, subscription_id, collapse_key, status, attempt, seq, first_at, next_at, received_at, updated_at)
                   VALUES ($1, $2, $3, $4, 'pending', 1, 1, $5, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
  getDelivery: `SELECT ${DELIVERY_COLS} FROM relay_deliveries d WHERE d.id = $1`,
  finishDelivery: `UPDATE relay_deliveries SET status = $3, detail = $4, updated_at = $5 WHERE id = $1 AND seq = $2 AND status = 'pending'`,
  rescheduleDelivery: `UPDATE relay_deliveries SET attempt = $3, seq = seq + 1, next_at = $4, detail = $5, updated_at = $6
                       WHERE id = $1 AND seq = $2 AND status = 'pending' RETURNING seq`,
  dueDeliveries: `SELECT id, seq FROM relay_deliveries WHERE status = 'pending' AND next_at <= $1 ORDER BY next_at LIMIT $2`,
  takeRate: `INSERT INTO relay_target_rate (target, second, n) VALUES ($1, $2, 1)
             ON CONFLICT (target, second) DO UPDATE SET n = relay_target_rate.n + 1 RETURNING n`,
  purgeRate: `DELETE FROM relay_target_rate WHERE second < $1`,
  recordInstall: `INSERT INTO relay_installs (location_id, company_id) VALUES ($1, $2)
                  ON CONFLICT (location_id) DO UPDATE SET company_id = $2`,
  companyOf: `SELECT company_id FROM relay_installs WHERE location_id = $1`,
  tenantSubscriptionIds: `SELECT id FROM relay_subscriptions WHERE tenant = $1
                          OR ($2 = 'company' AND tenant IN (SELECT 'location:' || location_id FROM relay_installs WHERE company_id = $3))`,
  deleteDeliveriesOfSubscriptions: `DELETE FROM relay_deliveries WHERE subscription_id IN LIST($1)`,
  deleteSubscriptions: `DELETE FROM relay_subscriptions WHERE id IN LIST($1)`,
  tenantEventIds: `SELECT id FROM relay_events WHERE ${TENANT_EVENTS}`,
  deleteDeliveriesOfEvents: `DELETE FROM relay_deliveries WHERE event_id IN LIST($1)`,
  deleteEvents: `DELETE FROM relay_events WHERE id IN LIST($1)`,
  deleteInstalls: `DELETE FROM relay_installs WHERE ($1 = 'location' AND location_id = $2) OR ($1 = 'company' AND company_id = $2)`,
  oldEventIds: `SELECT id FROM relay_events WHERE received_at < $1 LIMIT 5000`,
  // The tag diff (relay/tags.ts): a row to lock (created if missing), its set, the new set, the event's diff.
  ensureContactTags: `INSERT INTO relay_contact_tags (location_id, contact_id, tags, seen_at, updated_at) VALUES ($1, $2, NULL, -1, $3)
                      ON CONFLICT (location_id, contact_id) DO NOTHING`,
  lockContactTags: `SELECT tags, seen_at FROM relay_contact_tags WHERE location_id = $1 AND contact_id = $2 FOR_UPDATE`,
  writeContactTags: `UPDATE relay_contact_tags SET tags = $3, seen_at = $4, updated_at = $5 WHERE location_id = $1 AND contact_id = $2`,
  setTagDiff: `UPDATE relay_events SET tag_diff = $2 WHERE id = $1`,
  deleteTenantContactTags: `DELETE FROM relay_contact_tags WHERE ${TENANT_CONTACT_TAGS}`,
  purgeContactTags: `DELETE FROM relay_contact_tags WHERE updated_at < $1`,
  queueDepth: `SELECT (SELECT COUNT(*) FROM relay_deliveries WHERE status = 'pending') + (SELECT COUNT(*) FROM relay_events WHERE routed = 0) AS n`,
};

export type Row = Record<string, unknown>;

/** LIST($n): a JSON array parameter used with IN, per dialect; FOR_UPDATE: a row lock (PostgreSQL; SQLite has one writer). */
export function dialect(sql: string, kind: 'sqlite' | 'postgres'): string {
  return sql.replace(/ FOR_UPDATE\b/g, kind === 'sqlite' ? '' : ' FOR UPDATE').replace(/LIST\((\$\d+)\)/g, (_m, p: string) =>
    kind === 'sqlite' ? `(SELECT value FROM json_each(${p}))` : `(SELECT json_array_elements_text(${p}::json))`);
}

const s = (v: unknown): string => String(v);
const n = (v: unknown): number => Number(v);
const sn = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toEvent(r: Row): StoredEvent {
  return {
    id: s(r.id), type: s(r.type), locationId: sn(r.location_id), companyId: sn(r.company_id),
    recordId: sn(r.record_id), receivedAt: n(r.received_at), payload: s(r.payload), tagDiff: toTagDiff(r.tag_diff),
  };
}

const textList = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((t) => typeof t === 'string') ? v : undefined);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function toTagDiff(v: unknown): TagDiff | null {
  const d: unknown = typeof v === 'string' ? JSON.parse(v) : null;
  if (!isObject(d)) return null;
  const tagsAdded = textList(d.tagsAdded);
  const tagsRemoved = textList(d.tagsRemoved);
  return tagsAdded && tagsRemoved ? { tagsAdded, tagsRemoved } : null;
}

function toLastSeen(r: Row | undefined): LastSeen | undefined {
  if (!r) return undefined;
  const tags = typeof r.tags === 'string' ? textList(JSON.parse(r.tags)) ?? null : null;
  return { tags, at: n(r.seen_at) };
}

export type Step = [sql: string, params: unknown[]];

/**
 * A sighting's statements, in the transaction that inserts its event (both stores run them):
 * make sure the contact's row exists, read it under a row lock (so a concurrent ingress of the
 * same contact waits and then diffs against this event's set), then write the plan.
 */
export function sightingSteps(eventId: string, s: TagSighting, now: number): { ensure: Step; lock: Step; finish(rows: Row[]): Step[] } {
  const key = [s.locationId, s.contactId];
  return {
    ensure: [Q.ensureContactTags, [...key, now]],
    lock: [Q.lockContactTags, key],
    finish(rows) {
      const plan = planSighting(toLastSeen(rows[0]), s);
      const steps: Step[] = [];
      if (plan.write) steps.push([Q.writeContactTags, [...key, plan.write.tags ? JSON.stringify(plan.write.tags) : null, plan.write.at, now]]);
      if (plan.diff) steps.push([Q.setTagDiff, [eventId, JSON.stringify(plan.diff)]]);
      return steps;
    },
  };
}

export function eventParams(e: StoredEvent): unknown[] {
  return [e.id, e.type, e.locationId, e.companyId, e.recordId, e.receivedAt, e.payload];
}

export function toSubscription(r: Row): SubscriptionRow {
  const filters: SubscriptionFilters = JSON.parse(s(r.filters));
  const eventType = r.event_type;
  if (!isEventType(eventType)) throw new Error(`subscription ${s(r.id)}: unknown event type in the store`);
  return {
    id: s(r.id), tenant: s(r.tenant), eventType, targetUrl: s(r.target_url),
    filters, createdAt: n(r.created_at),
  };
}

export function subscriptionParams(x: SubscriptionRow): unknown[] {
  return [x.id, x.tenant, x.eventType, x.targetUrl, JSON.stringify(x.filters), x.createdAt];
}

export function toDelivery(r: Row): DeliveryRow {
  const status = r.status;
  if (!isStatus(status)) throw new Error(`delivery ${s(r.id)}: unknown status in the store`);
  return {
    id: s(r.id), eventId: s(r.event_id), subscriptionId: s(r.subscription_id), status,
    attempt: n(r.attempt), seq: n(r.seq), firstAt: n(r.first_at), nextAt: n(r.next_at), receivedAt: n(r.received_at),
  };
}
