/** Prometheus metrics (GET /metrics), one registry per relay instance. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics(queueDepth: () => Promise<number>, defaults = true) {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'relay_' });
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    new Counter({ name, help, labelNames, registers: [registry] });
  return {
    registry,
    received: counter('relay_events_received_total', 'Signed events accepted and stored', ['type']),
    rejected: counter('relay_events_rejected_total', 'Events refused (401/400)', ['reason']),
    deduplicated: counter('relay_events_deduplicated_total', 'Events whose webhookId was already stored'),
    delivered: counter('relay_deliveries_delivered_total', 'Deliveries a target accepted (2xx)'),
    retried: counter('relay_deliveries_retried_total', 'Delivery attempts that will be retried', ['reason']),
    dead: counter('relay_deliveries_dead_total', 'Deliveries given up (dead letter)'),
    collapsed: counter('relay_deliveries_collapsed_total', 'Deliveries dropped as repeats of one opportunity edit'),
    unsubscribed: counter('relay_subscriptions_removed_total', 'Subscriptions removed', ['reason']),
    queueDepth: new Gauge({
      name: 'relay_queue_depth', help: 'Deliveries pending and events not yet routed', registers: [registry],
      async collect() {
        this.set(await queueDepth().catch(() => -1));
      },
    }),
    latency: new Histogram({
      name: 'relay_delivery_latency_seconds', help: 'From receipt of the event to its delivery (2xx)', registers: [registry],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
