/** The storage both stores implement (SQLite embedded, PostgreSQL with pg-boss). */
import type { EventType, SubscriptionFilters } from '../contract';
import type { TagDiff, TagSighting } from '../tags';

export interface Tenant {
  kind: 'location' | 'company';
  id: string;
}

export interface StoredEvent {
  /** HighLevel's webhookId: unique. */
  id: string;
  type: string;
  locationId: string | null;
  companyId: string | null;
  recordId: string | null;
  receivedAt: number;
  /** The raw body as received. */
  payload: string;
  /** The contact tag diff stored with the event (relay/tags.ts); set by addEvent, null for none. */
  tagDiff: TagDiff | null;
}

export interface SubscriptionRow {
  id: string;
  tenant: string;
  eventType: EventType;
  targetUrl: string;
  filters: SubscriptionFilters;
  createdAt: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'dead' | 'collapsed' | 'gone' | 'dropped';

export interface DeliveryRow {
  id: string;
  eventId: string;
  subscriptionId: string;
  status: DeliveryStatus;
  /** The attempt due next (1 = first). */
  attempt: number;
  /** Bumped on every reschedule: a queued job names the seq it was queued for. */
  seq: number;
  firstAt: number;
  nextAt: number;
  /** When the event was received (for the latency histogram). */
  receivedAt: number;
}

export interface NewDelivery {
  id: string;
  eventId: string;
  subscriptionId: string;
  collapseKey: string | null;
  runAt: number;
  receivedAt: number;
}

export type DeliveryUpdate =
  | { status: Exclude<DeliveryStatus, 'pending'>; detail?: string }
  /** Due again at `nextAt`; `attempt` is the attempt due then (the same one when only deferred). */
  | { status: 'pending'; attempt: number; nextAt: number; detail?: string };

export interface WorkHandlers {
  route(eventId: string): Promise<void>;
  /** seq: the delivery's seq when the job was queued (a stale job is ignored by the handler). */
  deliver(deliveryId: string, seq: number): Promise<void>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  init(): Promise<void>;
  ping(): Promise<void>;
  /**
   * Stores the event and queues its routing in one transaction; false when webhookId is known.
   * With a sighting (a contact event's tags), the same transaction diffs them against the contact's
   * last-seen tags under a row lock, updates those and stores the diff with the event.
   */
  addEvent(e: StoredEvent, sighting?: TagSighting): Promise<boolean>;
  getEvent(id: string): Promise<StoredEvent | undefined>;
  recentEvents(tenant: Tenant, type: string | undefined, limit: number): Promise<StoredEvent[]>;
  /** Another event of one of `types` about the same record, received within the window. */
  hasSibling(locationId: string | null, recordId: string, types: string[], from: number, to: number): Promise<boolean>;

  addSubscription(s: SubscriptionRow): Promise<void>;
  listSubscriptions(tenant: string): Promise<SubscriptionRow[]>;
  getSubscription(id: string): Promise<SubscriptionRow | undefined>;
  deleteSubscription(tenant: string, id: string): Promise<boolean>;
  subscriptionsFor(tenants: string[], eventType: string): Promise<SubscriptionRow[]>;

  /** Inserts deliveries (a repeat id or collapse key is ignored), queues them, marks the event routed. */
  addDeliveries(eventId: string, rows: NewDelivery[]): Promise<number>;
  getDelivery(id: string): Promise<DeliveryRow | undefined>;
  /** Applies an attempt's outcome only if the delivery is still pending at `seq` (and queues a reschedule). */
  updateDelivery(id: string, seq: number, update: DeliveryUpdate): Promise<boolean>;
  /** Counts one request to `target` in the current second; false when the limit is reached. */
  takeRateSlot(target: string, second: number, limit: number): Promise<boolean>;

  recordInstall(locationId: string, companyId: string): Promise<void>;
  companyOf(locationId: string): Promise<string | undefined>;
  /** UNINSTALL: the tenant's subscriptions (and their deliveries), its stored events and its contacts' last-seen tags. */
  removeTenant(tenant: Tenant): Promise<{ subscriptions: number; events: number; contacts: number }>;
  /** Deletes events received before `before`, with their deliveries, and contacts' last-seen tags not touched since. */
  purge(before: number): Promise<number>;
  /** Deliveries still pending (and events not yet routed). */
  queueDepth(): Promise<number>;

  startWork(handlers: WorkHandlers, concurrency: number): Promise<void>;
  /** New work is queued here: look now rather than at the next poll. */
  kick(): void;
  /** Stops taking work and waits for what is in flight. */
  stopWork(): Promise<void>;
  close(): Promise<void>;
}
