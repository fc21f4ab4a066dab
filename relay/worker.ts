/**
 * What the queue runs: routing an event into one delivery per matching subscription, and one
 * delivery attempt. Both are idempotent (a repeated job changes nothing), so the queue may run a
 * job twice after a crash without a second delivery.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { RelayConfig } from './config';
import { DELIVERY_HEADERS } from './contract';
import type { Metrics } from './metrics';
import { decide } from './policy';
import { ECHO_OF, collapseKey, companyTenant, deliveryId, locationTenant, matchesFilters, recordId, type Payload } from './routing';
import type { Store, WorkHandlers } from './store/types';
import { deliveredBody, deliveredEvent } from './tags';
import { targetHost } from './targets';

export function createWorker(store: Store, cfg: RelayConfig, metrics: Metrics, log: FastifyBaseLogger): WorkHandlers {
  async function route(eventId: string): Promise<void> {
    const event = await store.getEvent(eventId);
    if (!event) return;
    // Filters see what a delivery carries: HighLevel's event plus its tag diff.
    const payload: Payload = deliveredEvent(event.payload, event.tagDiff);
    if (event.type === 'INSTALL') {
      if (event.locationId && event.companyId) await store.recordInstall(event.locationId, event.companyId);
      await store.addDeliveries(eventId, []);
      return;
    }
    if (event.type === 'UNINSTALL') {
      const tenant = event.locationId ? { kind: 'location' as const, id: event.locationId } : event.companyId ? { kind: 'company' as const, id: event.companyId } : undefined;
      if (tenant) {
        const removed = await store.removeTenant(tenant);
        metrics.unsubscribed.inc({ reason: 'uninstall' }, removed.subscriptions);
        log.info({ tenant: tenant.kind, tenantId: tenant.id, ...removed }, 'uninstall: tenant data removed');
      }
      await store.addDeliveries(eventId, []);
      return;
    }
    const tenants: string[] = [];
    if (event.locationId) tenants.push(locationTenant(event.locationId));
    const company = event.companyId ?? (event.locationId ? await store.companyOf(event.locationId) : undefined);
    if (company) tenants.push(companyTenant(company));
    const subs = tenants.length ? (await store.subscriptionsFor(tenants, event.type)).filter((s) => matchesFilters(payload, s.filters)) : [];
    const hold = ECHO_OF[event.type] ? cfg.opportunityCollapseMs : 0;
    const key = collapseKey(event.type, payload) ?? null;
    const added = await store.addDeliveries(eventId, subs.map((s) => ({
      id: deliveryId(event.id, s.id), eventId: event.id, subscriptionId: s.id, collapseKey: key,
      runAt: Date.now() + hold, receivedAt: event.receivedAt,
    })));
    if (subs.length > added) metrics.collapsed.inc(subs.length - added);
    log.debug({ webhookId: event.id, type: event.type, deliveries: added }, 'event routed');
  }

  async function deliver(id: string, seq: number): Promise<void> {
    const d = await store.getDelivery(id);
    if (!d || d.status !== 'pending' || d.seq !== seq) return;
    const sub = await store.getSubscription(d.subscriptionId);
    const event = await store.getEvent(d.eventId);
    if (!sub || !event) {
      await store.updateDelivery(id, seq, { status: 'dropped', detail: sub ? 'event gone' : 'subscription gone' });
      return;
    }
    const echoOf = ECHO_OF[event.type];
    const rid = recordId(JSON.parse(event.payload));
    if (echoOf && rid) {
      const w = cfg.opportunityCollapseMs;
      if (await store.hasSibling(event.locationId, rid, echoOf, event.receivedAt - w, event.receivedAt + w)) {
        await store.updateDelivery(id, seq, { status: 'collapsed', detail: `echo of ${echoOf.join('/')}` });
        metrics.collapsed.inc();
        return;
      }
    }
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (!(await store.takeRateSlot(sub.targetUrl, second, cfg.targetRatePerSecond))) {
      // Over the target's per-second budget: due again next second, not counted as an attempt.
      await store.updateDelivery(id, seq, { status: 'pending', attempt: d.attempt, nextAt: (second + 1) * 1000 + Math.floor(Math.random() * 100), detail: 'rate limited' });
      return;
    }
    let status: number | undefined;
    let retryAfter: string | undefined;
    try {
      const res = await fetch(sub.targetUrl, {
        method: 'POST',
        body: deliveredBody(event.payload, event.tagDiff),
        headers: {
          'content-type': 'application/json',
          [DELIVERY_HEADERS.deliveryId]: id,
          [DELIVERY_HEADERS.subscriptionId]: sub.id,
          [DELIVERY_HEADERS.eventType]: event.type,
          [DELIVERY_HEADERS.attempt]: String(d.attempt),
        },
        redirect: 'manual',
        signal: AbortSignal.timeout(cfg.deliveryTimeoutMs),
      });
      status = res.status;
      retryAfter = res.headers.get('retry-after') ?? undefined;
      await res.body?.cancel().catch(() => undefined);
    } catch {
      status = undefined;
    }
    const after = Date.now();
    const decision = decide({ status, retryAfter }, d.attempt, d.firstAt, after, cfg);
    const ctx = { delivery: id, subscription: sub.id, type: event.type, host: targetHost(sub.targetUrl), status, attempt: d.attempt };
    switch (decision.action) {
      case 'delivered':
        if (await store.updateDelivery(id, seq, { status: 'delivered' })) {
          metrics.delivered.inc();
          metrics.latency.observe((after - event.receivedAt) / 1000);
        }
        log.info(ctx, 'delivered');
        return;
      case 'unsubscribe':
        await store.updateDelivery(id, seq, { status: 'gone', detail: 'target answered 410' });
        if (await store.deleteSubscription(sub.tenant, sub.id)) metrics.unsubscribed.inc({ reason: 'gone' });
        log.info(ctx, 'target gone (410): subscription removed');
        return;
      case 'retry':
        await store.updateDelivery(id, seq, { status: 'pending', attempt: d.attempt + 1, nextAt: decision.at, detail: decision.reason });
        metrics.retried.inc({ reason: status === 429 ? '429' : status === undefined ? 'no-answer' : '5xx' });
        log.info({ ...ctx, retryInMs: decision.at - after }, 'delivery will be retried');
        return;
      case 'dead':
        await store.updateDelivery(id, seq, { status: 'dead', detail: decision.reason });
        metrics.dead.inc();
        log.warn({ ...ctx, reason: decision.reason }, 'delivery dead-lettered');
        return;
    }
  }

  return { route, deliver };
}
