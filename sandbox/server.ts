import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { TokenStore, userTypeOf } from './auth';
import { DEMO_LOCATION_ID, seedDemoData, seedLocation } from './demo-data';
import { agencyAdminOf, seedAgency, seedDemoExt } from './demo-ext';
import { ExtStore } from './ext-store';
import { seedVolume } from './volume';
import { FaultInjector } from './faults';
import { DEFAULT_QUIRKS, NOT_AUTHORIZED_FOR_SCOPE, scopeOf, type Quirks } from './highlevel-quirks';
import { ApiError, unauthorized, type ApiVersion, type AuthContext, type Route, type World } from './http';
import { newTraceId } from './ids';
import type { Sandbox, SandboxOptions } from './index';
import { Saver, readState, writeState } from './persist';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateDecision } from './rate-limit';
import { activityRoutes } from './routes/activities';
import { agencyRoutes } from './routes/agency';
import { associationRoutes } from './routes/associations';
import { blogRoutes } from './routes/blogs';
import { businessWriteRoutes } from './routes/business-writes';
import { availabilityScheduleRoutes } from './routes/availability-schedules';
import { calendarAdminRoutes } from './routes/calendar-admin';
import { conversationLookupRoutes } from './routes/conversation-lookups';
import { opportunityExtraRoutes } from './routes/opportunity-extras';
import { objectRoutes } from './routes/objects';
import { locationExtraRoutes } from './routes/location-extras';
import { triggerLinkRoutes } from './routes/trigger-links';
import { urlRedirectRoutes } from './routes/url-redirects';
import { funnelRoutes } from './routes/funnels';
import { proposalRoutes } from './routes/proposals';
import { customFieldFileRoutes } from './routes/custom-field-files';
import { snapshotShareRoutes } from './routes/snapshot-shares';
import { calendarRoutes } from './routes/calendars';
import { contactRoutes } from './routes/contacts';
import { conversationRoutes } from './routes/conversations';
import { directoryRoutes } from './routes/directory';
import { formRoutes } from './routes/forms';
import { invoiceRoutes } from './routes/invoices';
import { invoiceWriteRoutes } from './routes/invoice-writes';
import { estimateRoutes } from './routes/estimates';
import { invoiceScheduleRoutes } from './routes/invoice-schedules';
import { AGENCY_SCOPE, DEFAULT_SCOPE, registerOAuth } from './routes/oauth';
import { opportunitySearchRoutes } from './routes/opportunity-search';
import { opportunityRoutes } from './routes/opportunities';
import { paymentRoutes } from './routes/payments';
import { couponRoutes } from './routes/coupons';
import { productRoutes } from './routes/products';
import { socialRoutes } from './routes/social';
import { taskRoutes } from './routes/tasks';
import { decodeMultipart } from './multipart';
import { messagingRoutes } from './routes/messaging';
import { SandboxStore } from './store';
import type { Journal } from './journal';
import { createWebhookEmitter, type WebhookEmitter } from './webhooks';

/**
 * The server: one fastify instance on 127.0.0.1. Every API request passes one gate, in this
 * order (as HighLevel's gateway answers them):
 *   latency (faults.latencyMs) -> bearer token (401 Invalid JWT) -> rate limit per location (429)
 *   -> injected fault (5xx; the route does not run, so nothing is written) -> Version header (400)
 *   -> the route: required query/body fields (422), location access (403), records (404), answer.
 * OAuth routes skip the gate. Every answer carries the X-RateLimit-* headers; error bodies carry
 * a traceId.
 */

declare module 'fastify' {
  interface FastifyRequest {
    traceId: string;
    auth: AuthContext | null;
    rate: RateDecision | null;
    /** What a write request touches, when webhooks are sent (journal.ts). */
    journal: Journal | null;
  }
  interface FastifyContextConfig {
    /** "METHOD /spec/template", the stats key. */
    template?: string;
    kind?: 'api' | 'oauth';
    version?: ApiVersion;
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
};

/** For the CLI: one line per answered request. */
export interface LaunchHooks {
  onLog?: (line: string) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "/contacts/{contactId}" -> "/contacts/:contactId" */
const fastifyPath = (template: string) => template.replace(/\{([^}]+)\}/g, ':$1');

export function allRoutes(world: World): Route[] {
  return [
    ...contactRoutes(world),
    ...activityRoutes(world),
    ...directoryRoutes(world),
    ...opportunityRoutes(world),
    ...opportunitySearchRoutes(world),
    ...calendarRoutes(world),
    ...taskRoutes(world),
    ...conversationRoutes(world),
    ...formRoutes(world),
    ...invoiceRoutes(world),
    ...invoiceWriteRoutes(world),
    ...estimateRoutes(world),
    ...invoiceScheduleRoutes(world),
    ...paymentRoutes(world),
    ...agencyRoutes(world),
    ...associationRoutes(world),
    ...blogRoutes(world),
    ...businessWriteRoutes(world),
    ...calendarAdminRoutes(world),
    ...availabilityScheduleRoutes(world),
    ...conversationLookupRoutes(world),
    ...opportunityExtraRoutes(world),
    ...objectRoutes(world),
    ...locationExtraRoutes(world),
    ...messagingRoutes(world),
    ...productRoutes(world),
    ...couponRoutes(world),
    ...triggerLinkRoutes(world),
    ...urlRedirectRoutes(world),
    ...funnelRoutes(world),
    ...proposalRoutes(world),
    ...customFieldFileRoutes(world),
    ...snapshotShareRoutes(world),
    ...socialRoutes(world),
  ];
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, { statusCode: 400, message: `Unexpected token in JSON body: ${(err as Error).message}`, error: 'Bad Request' });
  }
}

function buildServer(world: World, deps: {
  tokens: TokenStore;
  limiter: RateLimiter;
  faults: FaultInjector;
  stats: { requests: number; byRoute: Record<string, number>; byStatus: Record<string, number> };
  clientId: string;
  clientSecret: string;
  ownerId: () => string;
  onWrite: () => void;
  onLog?: (line: string) => void;
  webhooks: WebhookEmitter;
}): FastifyInstance {
  const app = Fastify({ logger: false, forceCloseConnections: true, routerOptions: { ignoreTrailingSlash: true } });
  app.decorateRequest('traceId', '');
  app.decorateRequest('auth', null);
  app.decorateRequest('rate', null);
  app.decorateRequest('journal', null);

  // Bodies: JSON (an empty body is {}), form-encoded (the token endpoint), anything else tried as JSON.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJson(String(body)));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  // File uploads: the parts, decoded (text fields as strings, files with their bytes).
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (req, body, done) => {
    done(null, { multipart: decodeMultipart(body as Buffer, String(req.headers['content-type'] ?? '')) });
  });
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJson(String(body)));
    } catch {
      done(null, {});
    }
  });

  app.addHook('onRequest', async (request) => {
    request.traceId = newTraceId();
    const config = request.routeOptions.config;
    if (config.kind !== 'api') return;
    if (deps.faults.latencyMs > 0) await sleep(deps.faults.latencyMs);

    const header = request.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const grant = m ? deps.tokens.verify(m[1]!) : undefined;
    if (!m || !grant) throw unauthorized();
    const userType = userTypeOf(grant);
    const companyLocationIds = userType === 'Company' ? [...world.store.locations.values()].filter((l) => l.companyId === grant.companyId).map((l) => l.id) : [];
    request.auth = { ...grant, userType, companyLocationIds, accessToken: m[1]! };
    const needed = world.quirks?.enforceScopes ? scopeOf(request.method, (config.template ?? '').replace(/^[A-Z]+ /, '')) : undefined;
    if (needed && !grant.scope.split(' ').includes(needed)) {
      throw new ApiError(401, { statusCode: 401, message: NOT_AUTHORIZED_FOR_SCOPE, error: 'Unauthorized' });
    }

    // An agency token is limited per company (it has no location).
    const rate = deps.limiter.take(grant.locationId || grant.companyId);
    request.rate = rate;
    if (!rate.allowed) {
      throw new ApiError(429, { statusCode: 429, message: 'Too many requests' }, { 'Retry-After': String(rate.retryAfter ?? 1) });
    }

    // The fault replaces the answer before the route runs: a faulted request writes nothing.
    const fault = deps.faults.decide();
    if (fault) throw new ApiError(fault.status, { statusCode: fault.status, message: fault.message });

    if (request.headers.version !== config.version) {
      throw new ApiError(400, { statusCode: 400, message: 'Version header is invalid or missing', error: 'Bad Request' });
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(request.rate?.headers ?? deps.limiter.idleHeaders());
    const key = request.routeOptions.config.template ?? `${request.method} (no route)`;
    deps.stats.requests++;
    deps.stats.byRoute[key] = (deps.stats.byRoute[key] ?? 0) + 1;
    const status = String(reply.statusCode);
    deps.stats.byStatus[status] = (deps.stats.byStatus[status] ?? 0) + 1;
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) deps.onWrite();
    if (deps.onLog) deps.onLog(`${request.method} ${request.url} -> ${reply.statusCode} (${Math.round(reply.elapsedTime)} ms)`);
    return payload;
  });

  // Webhook events go out once the answer has been sent, and never fail the request.
  app.addHook('onResponse', async (request, reply) => {
    if (!request.journal || reply.statusCode >= 400) return;
    try {
      deps.webhooks.afterWrite(request.journal);
    } catch (err) {
      process.stderr.write(`highlevel sandbox: webhook events for ${request.method} ${request.url} failed: ${(err as Error).stack ?? String(err)}\n`);
    }
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ApiError) {
      return reply.code(err.status).headers(err.headers).send({ ...err.body, traceId: request.traceId });
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) process.stderr.write(`highlevel sandbox: ${request.method} ${request.url} failed: ${err.stack ?? err.message}\n`);
    const message = status === 500 ? 'Internal server error' : err.message;
    return reply.code(status).send({ statusCode: status, message, ...(STATUS_TEXT[status] ? { error: STATUS_TEXT[status] } : {}), traceId: request.traceId });
  });

  // Not a record that is missing: a route the sandbox does not serve (HighLevel's own answer
  // would be "Cannot GET /x"; this one says plainly that the sandbox lacks the route).
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    return reply.code(404).send({
      statusCode: 404,
      message: `The sandbox does not serve ${request.method} ${path}: no such route (see sandbox/README.md, Routes)`,
      error: 'Not Found',
      traceId: request.traceId,
    });
  });

  registerOAuth(app, {
    tokens: deps.tokens,
    clientId: deps.clientId,
    clientSecret: deps.clientSecret,
    grant: (scope) => {
      const loc = world.store.locations.get(DEMO_LOCATION_ID) ?? [...world.store.locations.values()][0]!;
      return { locationId: loc.id, companyId: loc.companyId, userId: deps.ownerId(), scope };
    },
    agencyGrant: (scope) => {
      const loc = world.store.locations.get(DEMO_LOCATION_ID) ?? [...world.store.locations.values()][0]!;
      const admin = agencyAdminOf(world.store, loc.companyId);
      return { locationId: '', companyId: loc.companyId, userId: admin?.id ?? deps.ownerId(), scope, userType: 'Company' };
    },
  });

  for (const r of allRoutes(world)) {
    app.route({
      method: r.method,
      url: fastifyPath(r.path),
      config: { template: `${r.method} ${r.path}`, kind: 'api', version: r.version },
      handler: (request, reply) => {
        const journal = deps.webhooks.journalFor(request.method);
        if (!journal) return r.run(request, reply, request.auth!);
        request.journal = journal;
        return journal.run(() => r.run(request, reply, request.auth!));
      },
    });
  }
  return app;
}

export async function launch(opts: SandboxOptions, hooks: LaunchHooks = {}): Promise<Sandbox> {
  const tokenTtl = opts.tokenTtlSeconds ?? 86399;
  if (!(tokenTtl > 0)) throw new Error('tokenTtlSeconds must be positive');
  const rateLimit = opts.rateLimit === undefined ? DEFAULT_RATE_LIMIT : opts.rateLimit;
  if (rateLimit && !(rateLimit.max >= 1 && rateLimit.windowMs >= 1)) throw new Error('rateLimit needs max >= 1 and windowMs >= 1');

  const store = new SandboxStore();
  const ext = new ExtStore();
  const tokens = new TokenStore(tokenTtl);
  const saved = opts.persistFile ? readState(opts.persistFile) : undefined;
  if (saved) {
    store.load(saved.store);
    tokens.load(saved.auth ?? {});
    ext.load(saved.ext ?? {});
  }
  const fresh = store.locations.size === 0;
  if (fresh) {
    if (opts.demoData === false) seedLocation(store);
    else seedDemoData(store);
    if (opts.demoData === false) seedAgency(store, ext, false);
    else seedDemoExt(store, ext);
  } else if (ext.empty) {
    seedAgency(store, ext, false); // a state file saved before the agency existed
  }
  const location = store.locations.get(DEMO_LOCATION_ID) ?? [...store.locations.values()][0]!;
  if (fresh && opts.volume) seedVolume(store, location.id, opts.volume === true ? {} : opts.volume);
  const ownerId = () => [...store.users.values()].find((u) => u.roles.locationIds.includes(location.id) && u.roles.role === 'admin')?.id ?? [...store.users.keys()][0] ?? 'sandbox_user';

  const persistFile = opts.persistFile;
  const save = () => {
    if (persistFile) writeState(persistFile, { store: store.toJSON(), auth: tokens.toJSON(), ext: ext.toJSON() });
  };
  const saver = new Saver(save);
  if (persistFile && !saved) save();

  const stats = { requests: 0, byRoute: {} as Record<string, number>, byStatus: {} as Record<string, number> };
  const faults = new FaultInjector(opts.faults);
  const limiter = new RateLimiter(rateLimit);
  let url = '';
  const quirks: Quirks = {
    searchShape: opts.searchShape ?? DEFAULT_QUIRKS.searchShape,
    searchLagMs: opts.searchLagMs ?? DEFAULT_QUIRKS.searchLagMs,
    enforceScopes: opts.enforceScopes ?? DEFAULT_QUIRKS.enforceScopes,
  };
  const world: World = { store, ext, tokens, baseUrl: () => url, quirks };
  const clientId = opts.clientId ?? 'sandbox-client-id';
  const clientSecret = opts.clientSecret ?? 'sandbox-client-secret';
  const webhooks = createWebhookEmitter(store, clientId, { ...opts.webhooks, url: opts.webhookUrl ?? opts.webhooks?.url });
  const app = buildServer(world, {
    webhooks,
    tokens,
    limiter,
    faults,
    stats,
    clientId,
    clientSecret,
    ownerId,
    onWrite: () => {
      if (persistFile) saver.schedule();
    },
    onLog: hooks.onLog,
  });

  await app.listen({ host: '127.0.0.1', port: opts.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  url = `http://127.0.0.1:${port}`;

  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    locationId: location.id,
    companyId: location.companyId,
    store,
    ext,
    webhooks,
    issueAgencyTokens() {
      const admin = agencyAdminOf(store, location.companyId);
      const pair = tokens.issue({ locationId: '', companyId: location.companyId, userId: admin?.id ?? ownerId(), scope: AGENCY_SCOPE, userType: 'Company' });
      if (persistFile) saver.schedule();
      return { access_token: pair.access_token, refresh_token: pair.refresh_token, companyId: location.companyId, userType: 'Company' };
    },
    issueTokens(scope = DEFAULT_SCOPE) {
      const pair = tokens.issue({ locationId: location.id, companyId: location.companyId, userId: ownerId(), scope });
      if (persistFile) saver.schedule();
      return { access_token: pair.access_token, refresh_token: pair.refresh_token, locationId: location.id, companyId: location.companyId, userType: 'Location' };
    },
    expireToken(accessToken) {
      tokens.expire(accessToken);
      if (persistFile) saver.schedule();
    },
    stats: () => ({ requests: stats.requests, byRoute: { ...stats.byRoute }, byStatus: { ...stats.byStatus } }),
    resetStats() {
      stats.requests = 0;
      stats.byRoute = {};
      stats.byStatus = {};
    },
    setFaults: (f) => faults.set(f),
    stop() {
      stopped ??= (async () => {
        webhooks.stop();
        await app.close();
        if (persistFile) saver.flush();
      })();
      return stopped;
    },
  };
}
