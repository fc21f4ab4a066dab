/**
 * The subscriptions API the Zapier app calls (contract.ts). Every request proves its HighLevel
 * token for the tenant in the path; a subscription is only ever read, listed or deleted through
 * its own tenant, so another tenant's subscription looks exactly like a missing one (404).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RelayConfig } from '../config';
import {
  FILTER_KEYS, TAG_CHANGES, isEventType, isTagChange, type EventType, type FilterKey, type ListSubscriptionsResponse, type RecentEventsResponse,
  type RelayEvent, type SubscribeResponse, type Subscription, type SubscriptionFilters, type TenantScope,
} from '../contract';
import type { Store, SubscriptionRow, Tenant } from '../store/types';
import type { ProveTenant } from '../tenant-auth';
import { deliveredEvent } from '../tags';
import { checkTargetUrl, targetHost } from '../targets';
import { sendError } from './errors';

const MAX_SUBSCRIPTIONS_PER_TENANT = 1000;
const isFilterKey = (v: string): v is FilterKey => (FILTER_KEYS as readonly string[]).includes(v);

type Invalid = { field: string; message: string };

export function parseSubscribe(body: unknown, cfg: RelayConfig): { targetUrl: string; eventType: EventType; filters: SubscriptionFilters } | Invalid {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { field: 'body', message: 'the body must be a JSON object' };
  const b = body as Record<string, unknown>;
  if (typeof b.targetUrl !== 'string' || b.targetUrl === '') return { field: 'targetUrl', message: 'targetUrl is required' };
  const bad = checkTargetUrl(b.targetUrl, cfg);
  if (bad) return { field: 'targetUrl', message: bad };
  if (!isEventType(b.eventType)) return { field: 'eventType', message: 'eventType must be one of the HighLevel event types (contract EVENT_TYPES)' };
  const filters: SubscriptionFilters = {};
  if (b.filters !== undefined && b.filters !== null) {
    if (typeof b.filters !== 'object' || Array.isArray(b.filters)) return { field: 'filters', message: 'filters must be an object' };
    for (const [k, v] of Object.entries(b.filters)) {
      if (!isFilterKey(k)) return { field: `filters.${k}`, message: `unknown filter; known: ${FILTER_KEYS.join(', ')}` };
      if (v === undefined || v === null || v === '') continue;
      if (typeof v !== 'string' || v.length > 200) return { field: `filters.${k}`, message: 'a filter value must be text (at most 200 characters)' };
      if (k === 'tagChange' && !isTagChange(v)) return { field: 'filters.tagChange', message: `tagChange must be one of: ${TAG_CHANGES.join(', ')}` };
      filters[k] = v;
    }
  }
  return { targetUrl: b.targetUrl, eventType: b.eventType, filters };
}

export function publicSubscription(s: SubscriptionRow): Subscription {
  return { id: s.id, eventType: s.eventType, targetHost: targetHost(s.targetUrl), filters: s.filters, createdAt: new Date(s.createdAt).toISOString() };
}

type Params = { scope: string; tenantId: string; id?: string };
declare module 'fastify' {
  interface FastifyRequest {
    tenant?: Tenant;
  }
}

export function subscriptionRoutes(store: Store, cfg: RelayConfig, prove: ProveTenant) {
  return async function plugin(app: FastifyInstance): Promise<void> {
    // An empty body with a JSON content type (a DELETE from some clients) is no body, not an error.
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(Object.assign(new Error('the body is not JSON'), { statusCode: 400 }), undefined);
      }
    });
    app.addHook('preHandler', async (req: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const { scope, tenantId } = req.params;
      if (scope !== 'locations' && scope !== 'companies') return sendError(reply, 404, 'not_found', 'unknown path');
      const auth = req.headers.authorization ?? '';
      const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
      if (!token) return sendError(reply, 401, 'unauthenticated', 'Authorization: Bearer <HighLevel access token> is required', 'authorization');
      const proof = await prove(token, scope satisfies TenantScope, tenantId);
      if (!proof.ok) return sendError(reply, proof.status, proof.status === 401 ? 'unauthenticated' : 'highlevel_unavailable', proof.message);
      req.tenant = proof.tenant;
      if (proof.tenant.kind === 'location' && proof.companyId) await store.recordInstall(proof.tenant.id, proof.companyId).catch(() => undefined);
    });

    const tenantKey = (t: Tenant) => `${t.kind}:${t.id}`;
    /** The tenant the preHandler proved (every route here runs after it). */
    const tenantOf = (req: FastifyRequest): Tenant => {
      if (!req.tenant) throw new Error('tenant not proven');
      return req.tenant;
    };

    app.post<{ Params: Params }>('/v1/:scope/:tenantId/subscriptions', async (req, reply) => {
      const tenant = tenantOf(req);
      const parsed = parseSubscribe(req.body, cfg);
      if ('field' in parsed) return sendError(reply, 400, 'invalid_input', parsed.message, parsed.field);
      const existing = await store.listSubscriptions(tenantKey(tenant));
      if (existing.length >= MAX_SUBSCRIPTIONS_PER_TENANT) {
        return sendError(reply, 409, 'too_many', `a tenant may hold at most ${MAX_SUBSCRIPTIONS_PER_TENANT} subscriptions`);
      }
      const row: SubscriptionRow = { id: randomUUID(), tenant: tenantKey(tenant), ...parsed, createdAt: Date.now() };
      await store.addSubscription(row);
      req.log.info({ subscription: row.id, tenant: tenant.kind, tenantId: tenant.id, eventType: row.eventType }, 'subscribed');
      const body: SubscribeResponse = { subscription: publicSubscription(row) };
      return reply.code(201).send(body);
    });

    app.get<{ Params: Params }>('/v1/:scope/:tenantId/subscriptions', async (req) => {
      const body: ListSubscriptionsResponse = { subscriptions: (await store.listSubscriptions(tenantKey(tenantOf(req)))).map(publicSubscription) };
      return body;
    });

    app.delete<{ Params: Params }>('/v1/:scope/:tenantId/subscriptions/:id', async (req, reply) => {
      const ok = await store.deleteSubscription(tenantKey(tenantOf(req)), req.params.id ?? '');
      if (!ok) return sendError(reply, 404, 'not_found', 'no such subscription for this tenant', 'id');
      req.log.info({ subscription: req.params.id }, 'unsubscribed');
      return reply.code(204).send();
    });

    app.get<{ Params: Params; Querystring: { type?: string; limit?: string } }>('/v1/:scope/:tenantId/events', async (req, reply) => {
      const { type, limit } = req.query;
      if (type !== undefined && !isEventType(type)) return sendError(reply, 400, 'invalid_input', 'type must be one of the HighLevel event types', 'type');
      const n = limit === undefined ? 10 : Number(limit);
      if (!Number.isInteger(n) || n < 1 || n > 100) return sendError(reply, 400, 'invalid_input', 'limit must be an integer from 1 to 100', 'limit');
      const events = await store.recentEvents(tenantOf(req), type, n);
      const body: RecentEventsResponse = { events: events.map((e) => deliveredEvent(e.payload, e.tagDiff) as RelayEvent) };
      return body;
    });
  };
}
