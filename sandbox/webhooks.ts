/**
 * The sandbox as HighLevel's webhook sender: once a target URL is set (`webhookUrl` option,
 * `--webhook-url`, or `sandbox.webhooks.setTarget(url)`), every change a write request made
 * (journal.ts) is POSTed there as HighLevel's event payload (webhook-events.ts), signed like
 * HighLevel signs it (WEBHOOKS.md): `X-GHL-Signature` = base64 Ed25519 over the raw body, with the
 * sandbox's own key pair, generated at start (`publicKeyPem` is what the receiver trusts, e.g. the
 * relay's RELAY_GHL_PUBLIC_KEYS). The envelope carries `appId` (the client id's part before "-",
 * as HighLevel's SDK reads it), `versionId`, a unique `webhookId` and `timestamp`.
 *
 * Sending happens after the request's answer, never delays or fails it. Delivery as HighLevel's
 * 2026 behaviour (WEBHOOKS.md): any non-2xx answer or no answer is retried, up to 12 times, with
 * exponential backoff and jitter; a retry sends the ORIGINAL bytes (same webhookId and signature).
 */
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { Journal } from './journal';
import type { SandboxStore } from './store';
import { eventsOf, installPayload, uninstallPayload, type Changes, type EventBody } from './webhook-events';

export interface WebhookOptions {
  /** Where events go (HighLevel: the marketplace app's webhook URL); none = nothing is sent. */
  url?: string;
  /** Default: the OAuth client id's part before the first "-" ("sandbox"). */
  appId?: string;
  /** First retry after about this long (doubling, with jitter); default 1000. */
  retryBaseMs?: number;
  /** The longest wait between two attempts; default 10 minutes (HighLevel does not say). */
  retryMaxDelayMs?: number;
  /** Retries after the first attempt; default 12 (WEBHOOKS.md). */
  maxRetries?: number;
  /** A delivery attempt without an answer by then counts as failed; default 10000. */
  timeoutMs?: number;
}

export interface WebhookDelivery {
  webhookId: string;
  type: string;
  attempts: number;
  /** The last answer's status (0: no answer). */
  status: number;
  state: 'pending' | 'delivered' | 'failed';
  /** When the first attempt started and when it was delivered (epoch ms). */
  emittedAt: number;
  deliveredAt?: number;
}

export interface SandboxWebhooks {
  readonly appId: string;
  readonly publicKeyPem: string;
  /** The current target URL, if any. */
  readonly target: string | undefined;
  setTarget(url: string | undefined): void;
  /** Every event sent since start, oldest first. */
  readonly deliveries: readonly WebhookDelivery[];
  /** Sends one event now (the envelope is added); returns its webhookId. */
  emit(event: EventBody): string;
  /** The app's INSTALL / UNINSTALL for a location (or, without one, the agency). */
  install(companyId: string, locationId?: string, userId?: string): string;
  uninstall(companyId: string, locationId?: string): string;
  /** The Webhook Logs dashboard's "Resend": the ORIGINAL bytes and signature again (WEBHOOKS.md); false for an unknown id. */
  resend(webhookId: string): boolean;
  /** Resolves when no delivery is pending (retries included). */
  idle(): Promise<void>;
  /** Cancels pending retries and in-flight attempts. */
  stop(): void;
}

/** Internal side used by the server: journal a write request, then emit what it changed. */
export interface WebhookEmitter extends SandboxWebhooks {
  /** A journal for a write request, or undefined when there is no target (nothing to record). */
  journalFor(method: string): Journal | undefined;
  afterWrite(journal: Journal): void;
}

const VERSION_ID = '67a1b2c3d4e5f60718293a4b';

export function createWebhookEmitter(store: SandboxStore, clientId: string, opts: WebhookOptions = {}): WebhookEmitter {
  const { publicKey, privateKey }: { publicKey: KeyObject; privateKey: KeyObject } = generateKeyPairSync('ed25519');
  const appId = opts.appId ?? clientId.split('-')[0]!;
  const retryBaseMs = opts.retryBaseMs ?? 1000;
  const maxRetries = opts.maxRetries ?? 12;
  const retryMaxDelayMs = opts.retryMaxDelayMs ?? 600_000;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  let target = opts.url;
  let stopped = false;
  const deliveries: WebhookDelivery[] = [];
  const sent = new Map<string, { url: string; body: string }>();
  const pending = new Set<Promise<void>>();
  const timers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  const controllers = new Set<AbortController>();

  const wait = (ms: number) => new Promise<void>((resolve) => {
    const entry = { timer: setTimeout(() => { timers.delete(entry); resolve(); }, ms), wake: resolve };
    timers.add(entry);
  });

  const attempt = async (url: string, body: string, signature: string): Promise<number> => {
    const ctl = new AbortController();
    controllers.add(ctl);
    const timer = setTimeout(() => ctl.abort(), timeoutMs);
    try {
      const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-ghl-signature': signature }, signal: ctl.signal });
      await res.arrayBuffer().catch(() => undefined);
      return res.status;
    } catch {
      return 0;
    } finally {
      clearTimeout(timer);
      controllers.delete(ctl);
    }
  };

  const deliver = async (url: string, body: string, d: WebhookDelivery): Promise<void> => {
    const signature = sign(null, Buffer.from(body), privateKey).toString('base64');
    for (let retry = 0; !stopped; retry++) {
      d.attempts++;
      d.status = await attempt(url, body, signature);
      if (d.status >= 200 && d.status < 300) {
        d.state = 'delivered';
        d.deliveredAt = Date.now();
        return;
      }
      if (retry >= maxRetries || stopped) break;
      await wait(Math.min(retryMaxDelayMs, retryBaseMs * 2 ** retry) * (0.5 + Math.random()));
    }
    d.state = 'failed';
  };

  const emit = (event: EventBody): string => {
    const webhookId = randomUUID();
    const d: WebhookDelivery = { webhookId, type: event.type, attempts: 0, status: 0, state: 'pending', emittedAt: Date.now() };
    deliveries.push(d);
    const url = target;
    if (!url || stopped) {
      d.state = 'failed';
      return webhookId;
    }
    const body = JSON.stringify({ ...event, appId, versionId: VERSION_ID, webhookId, timestamp: new Date().toISOString() });
    sent.set(webhookId, { url, body });
    track(deliver(url, body, d));
    return webhookId;
  };

  const track = (delivery: Promise<void>) => {
    const p = delivery.finally(() => pending.delete(p));
    pending.add(p);
  };

  /** A contact as it is now, else as the request found it (a deleted contact's tasks and notes). */
  const changesOf = (journal: Journal): Changes => ({
    locations: journal.changesOf(store.locations),
    users: journal.changesOf(store.users),
    contacts: journal.changesOf(store.contacts),
    opportunities: journal.changesOf(store.opportunities),
    appointments: journal.changesOf(store.appointments),
    tasks: journal.changesOf(store.tasks),
    notes: journal.changesOf(store.notes),
    messages: journal.changesOf(store.messages),
    invoices: journal.changesOf(store.invoices),
    orders: journal.changesOf(store.orders),
  });

  return {
    appId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    get target() {
      return target;
    },
    setTarget(url) {
      if (url !== undefined) new URL(url); // a bad URL fails here, not on the first event
      target = url;
    },
    deliveries,
    emit,
    install: (companyId, locationId, userId) => emit(installPayload(companyId, locationId, userId)),
    uninstall: (companyId, locationId) => emit(uninstallPayload(companyId, locationId)),
    resend(webhookId) {
      const original = sent.get(webhookId);
      const first = deliveries.find((x) => x.webhookId === webhookId);
      if (!original || !first || stopped) return false;
      const d: WebhookDelivery = { webhookId, type: first.type, attempts: 0, status: 0, state: 'pending', emittedAt: Date.now() };
      deliveries.push(d);
      track(deliver(original.url, original.body, d));
      return true;
    },
    async idle() {
      while (pending.size) await Promise.all([...pending]);
    },
    stop() {
      stopped = true;
      for (const t of timers) {
        clearTimeout(t.timer);
        t.wake();
      }
      timers.clear();
      for (const c of controllers) c.abort();
    },
    journalFor: (method) => (target && !stopped && method !== 'GET' && method !== 'HEAD' ? new Journal() : undefined),
    afterWrite(journal) {
      const changes = changesOf(journal);
      const before = new Map(changes.contacts.flatMap((c) => (c.before ? [[c.id, c.before] as const] : [])));
      for (const event of eventsOf(changes, { contact: (id) => store.contacts.peek(id) ?? before.get(id) })) emit(event);
    },
  };
}
