/**
 * One relay instance: the HTTP server (ingress, subscriptions API, health, metrics), the store and
 * its queue workers, and the retention purge. start() and stop() are all a host needs.
 */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { RelayConfig } from './config';
import { createMetrics, type Metrics } from './metrics';
import { ingressRoutes } from './routes/ingress';
import { subscriptionRoutes } from './routes/subscriptions';
import { openStore } from './store';
import type { Store } from './store/types';
import { createTenantAuth } from './tenant-auth';
import { createWorker } from './worker';

export interface Relay {
  app: FastifyInstance;
  store: Store;
  metrics: Metrics;
  /** Listens and starts the workers; resolves to the bound port. */
  start(): Promise<number>;
  /** Graceful: stops taking requests, finishes those in flight and the jobs being worked, closes. */
  stop(): Promise<void>;
}

export interface RelayOptions {
  /** Pino options (a stream to capture them in tests), or false for none. */
  logger?: false | { level: string; stream?: NodeJS.WritableStream };
  store?: Store;
  defaultMetrics?: boolean;
}

export function createRelay(cfg: RelayConfig, opts: RelayOptions = {}): Relay {
  const app = Fastify({
    logger: opts.logger === false ? false : {
      level: opts.logger?.level ?? cfg.logLevel,
      ...(opts.logger?.stream ? { stream: opts.logger.stream } : {}),
      // Never log credentials; request lines carry method, path and status only.
      redact: ['req.headers.authorization', 'req.headers["x-ghl-signature"]', 'req.headers["x-wh-signature"]'],
    },
    // No per-request lines (HighLevel's traffic is all one URL); the relay logs what happened instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
  });
  const store = opts.store ?? openStore(cfg);
  const metrics = createMetrics(() => store.queueDepth(), opts.defaultMetrics ?? true);
  const prove = createTenantAuth({ baseUrl: cfg.highLevelBaseUrl, cacheMs: cfg.tokenCacheMs });
  let ready = false;
  let purgeTimer: NodeJS.Timeout | undefined;

  app.register(ingressRoutes(store, cfg, metrics));
  app.register(subscriptionRoutes(store, cfg, prove));
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => {
    if (!ready) return reply.code(503).send({ ok: false, reason: 'not ready' });
    try {
      await store.ping();
      return { ok: true, store: store.kind };
    } catch {
      return reply.code(503).send({ ok: false, reason: 'store unavailable' });
    }
  });
  app.get('/metrics', async (_req, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  const purge = async () => {
    try {
      const n = await store.purge(Date.now() - cfg.retentionMs);
      if (n > 0) app.log.info({ events: n }, 'retention: old events purged');
    } catch (err) {
      app.log.error({ err: (err as Error).message }, 'retention purge failed');
    }
  };

  return {
    app, store, metrics,
    async start() {
      await store.init();
      await app.listen({ host: cfg.host, port: cfg.port });
      await store.startWork(createWorker(store, cfg, metrics, app.log), cfg.deliveryConcurrency);
      purgeTimer = setInterval(purge, cfg.purgeIntervalMs);
      purgeTimer.unref();
      void purge();
      ready = true;
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : cfg.port;
      app.log.info({ port, store: store.kind }, 'relay listening');
      return port;
    },
    async stop() {
      ready = false;
      if (purgeTimer) clearInterval(purgeTimer);
      await app.close();
      await store.close();
    },
  };
}
