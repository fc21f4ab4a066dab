/**
 * The marketplace app's webhook URL. Order matters (WEBHOOKS.md): verify the raw bytes, check the
 * app, store once per webhookId (with a contact event's tag diff, in the same transaction), answer
 * 200. Routing and delivery happen after the answer, from the queue; nothing here calls out.
 */
import type { FastifyInstance } from 'fastify';
import type { RelayConfig } from '../config';
import { relayPaths } from '../contract';
import type { Metrics } from '../metrics';
import type { Store } from '../store/types';
import { createVerifier } from '../verify';
import { recordId } from '../routing';
import { sightingOf } from '../tags';
import { sendError } from './errors';

export const INGRESS_PATH = relayPaths.ingress;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function ingressRoutes(store: Store, cfg: RelayConfig, metrics: Metrics) {
  const verifier = createVerifier(cfg.ed25519Keys, cfg.rsaKeys);
  return async function plugin(app: FastifyInstance): Promise<void> {
    // The raw bytes, whatever the content type: the signature covers exactly them.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));

    // The queue looks for the new work only once the answer is out.
    app.addHook('onResponse', async (_req, reply) => {
      if (reply.statusCode === 200) store.kick();
    });

    app.post<{ Body: Buffer }>(INGRESS_PATH, async (req, reply) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const sig = verifier.check(raw, req.headers);
      if (!sig.ok) {
        metrics.rejected.inc({ reason: sig.reason });
        req.log.warn({ reason: sig.reason }, 'webhook refused');
        return sendError(reply, 401, sig.reason, sig.reason === 'unsigned' ? 'X-GHL-Signature is missing' : 'the signature does not match the body');
      }
      let payload: unknown;
      try {
        payload = JSON.parse(raw.toString('utf8'));
      } catch {
        metrics.rejected.inc({ reason: 'bad-json' });
        return sendError(reply, 400, 'bad_json', 'the body is not JSON');
      }
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
        metrics.rejected.inc({ reason: 'bad-json' });
        return sendError(reply, 400, 'bad_json', 'the body is not a JSON object');
      }
      const p = payload as Record<string, unknown>;
      const appId = str(p.appId);
      if (!appId || !cfg.appIds.includes(appId)) {
        metrics.rejected.inc({ reason: 'app' });
        req.log.warn({ reason: 'app' }, 'webhook refused: not this app');
        return sendError(reply, 401, 'wrong_app', 'appId is not this relay\'s marketplace app', 'appId');
      }
      const webhookId = str(p.webhookId);
      const type = str(p.type);
      if (!webhookId || !type) {
        metrics.rejected.inc({ reason: 'bad-event' });
        return sendError(reply, 400, 'invalid_event', `${webhookId ? 'type' : 'webhookId'} is missing`, webhookId ? 'type' : 'webhookId');
      }
      let inserted: boolean;
      const receivedAt = Date.now();
      try {
        inserted = await store.addEvent({
          id: webhookId, type, locationId: str(p.locationId), companyId: str(p.companyId),
          recordId: recordId(p) ?? null, receivedAt, payload: raw.toString('utf8'), tagDiff: null,
        }, sightingOf(type, p, receivedAt));
      } catch (err) {
        req.log.error({ err: (err as Error).message }, 'event could not be stored');
        // Not stored, so not acknowledged: HighLevel retries.
        return sendError(reply, 503, 'unavailable', 'the event could not be stored; retry');
      }
      if (inserted) metrics.received.inc({ type });
      else metrics.deduplicated.inc();
      req.log.debug({ webhookId, type, duplicate: !inserted }, 'webhook stored');
      reply.code(200).send({ ok: true, duplicate: !inserted });
      return reply;
    });
  };
}
