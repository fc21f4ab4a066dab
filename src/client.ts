import { z as zod } from 'zod';
import { errors, type Bundle, type HttpResponse, type RawHttpResponse, type ZObject } from 'zapier-platform-core';
import { clock } from './clock';
import { apiBaseUrl, limits } from './config';
import { endpoint, markAgencyOnly, pathParams, usesAgencyToken, type Endpoint } from './endpoint';
import { authError, highLevelMessage, toZapierError } from './errors';
import { NOT_SENT_CODES, retryDecision } from './retry-policy';
import { cacheDelete, cacheGet, cacheSet, seal, tenantKey, unseal } from './scoped-cache';
import { addStepSecret, scrub, secretsOf } from './secrets';
import { unsafePathValueReason } from './path-safety';
import { encodeMultipart, type Multipart } from './multipart';

/**
 * The one HTTP client every operation uses. It sends through z.request (Zapier's request log,
 * secret scrubbing and auth refresh depend on that) and adds what every HighLevel call needs:
 * base URL, the endpoint's own Version header, JSON, rate-limit aware retries on 429, bounded
 * retries of idempotent and read-only calls on 5xx and network errors (src/retry-policy.ts), one
 * time limit per request for headers and body together, the two kinds of 401 (src/errors.ts
 * authError; core's autoRefresh is off), path-safe placeholders (src/path-safety.ts), and
 * readable errors without secrets (src/secrets.ts).
 * The bearer token itself is added by the beforeRequest middleware (src/middleware.ts), so it
 * is also present on requests made outside this client.
 */

export type QueryValue = string | number | boolean | undefined | null | readonly string[];

export interface RequestParts {
  /** Values for the endpoint's `{param}` placeholders. */
  path?: Record<string, string | number | undefined>;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A form-encoded body instead of JSON (HighLevel's OAuth endpoints). */
  form?: Record<string, string>;
  /** A multipart/form-data body (file uploads) instead of JSON. */
  multipart?: Multipart;
}

/** What one step knows when it calls HighLevel. */
export interface Ctx {
  z: ZObject;
  bundle: Bundle;
}

/** Swappable so tests can run retries without waiting and see the delays asked for (time itself: src/clock.ts). */
export const timing = {
  sleep: (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms)),
  jitter: (): number => Math.random(),
};

const stepStart = new WeakMap<object, number>();
const remainingStepMs = (bundle: Bundle): number => {
  let start = stepStart.get(bundle);
  if (start === undefined) {
    start = clock.now();
    stepStart.set(bundle, start);
  }
  return start + limits.stepBudgetMs - clock.now();
};

/** Fill `{param}` placeholders; every value is URL-encoded (ids, emails, slugs). */
export function buildPath(ep: Endpoint, values: RequestParts['path'] = {}): string {
  let path = ep.path;
  for (const name of pathParams(ep.path)) {
    const value = values[name];
    if (value === undefined || value === '') {
      throw new errors.Error(`Missing value for "${name}" in ${ep.method} ${ep.path}.`, 'InvalidInput', 400);
    }
    const text = String(value);
    // The backstop for every module (field types, file references, computed paths): a value
    // that would leave its path segment (`..`, `%2e%2e`, `/`) is refused before anything is sent.
    const unsafe = unsafePathValueReason(text);
    if (unsafe) throw new errors.Error(`"${name}" ${unsafe}. Nothing was sent to HighLevel (${ep.method} ${ep.path}).`, 'InvalidInput', 400);
    path = path.replace(`{${name}}`, encodeURIComponent(text));
  }
  return path;
}

function cleanQuery(query: RequestParts['query'] = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = Array.isArray(v) ? [...(v as readonly string[])] : String(v);
  }
  return out;
}

function parseText(text: string): unknown {
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const header = (resp: HttpResponse, name: string): string | null => resp.headers.get(name);

/**
 * How long HighLevel asks us to wait after a 429, in ms, or null when it does not say.
 * Retry-After (seconds or an HTTP date) wins; otherwise an exhausted burst window
 * (X-RateLimit-Remaining: 0) means waiting out X-RateLimit-Interval-Milliseconds.
 */
export function rateLimitWaitMs(resp: HttpResponse): number | null {
  const retryAfter = header(resp, 'retry-after');
  if (retryAfter) {
    const secs = Number(retryAfter);
    if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - clock.now());
  }
  if (header(resp, 'x-ratelimit-remaining') === '0') {
    const interval = Number(header(resp, 'x-ratelimit-interval-milliseconds'));
    if (Number.isFinite(interval) && interval > 0) return interval;
  }
  return null;
}

const dailyQuotaSpent = (resp: HttpResponse): boolean => header(resp, 'x-ratelimit-daily-remaining') === '0';

const describe = (ep: Endpoint): string => `${ep.method} ${ep.path}`;

interface CallOptions {
  /** A lookup: 404 means "no such record" and returns null instead of failing. */
  notFoundAsNull?: boolean;
  /** Return the raw response (a stream) on success: files, whose bytes must not be read as text. */
  raw?: boolean;
  /** The location whose token an agency connection uses, when it is not the step's (file hydrators). */
  location?: string;
  /** On an agency connection, call with the agency token itself even for a location endpoint (API Request). */
  agencyToken?: boolean;
  /** Return status, headers and body text instead of the parsed body (API Request). */
  full?: boolean;
}

/** An answer as API Request returns it: status, headers and the body as text. */
export interface FullResponse {
  status: number;
  headers: HttpResponse['headers'];
  text: string;
}

interface Outgoing {
  url: string;
  method: Endpoint['method'];
  params: Record<string, string | string[]>;
  headers: Record<string, string>;
  /** JSON or form text, or a multipart body (file uploads). */
  body: string | Buffer | undefined;
  raw: boolean;
}

type Attempt = { ok: true; resp: HttpResponse; text: string } | { ok: false; code: string };

/** A network-level failure's code (ETIMEDOUT for every kind of timeout and abort), or null for other errors. */
export function networkCode(err: unknown, timedOut: boolean): string | null {
  if (timedOut) return 'ETIMEDOUT';
  const e = (err ?? {}) as { code?: unknown; type?: unknown; name?: unknown };
  if (e.type === 'request-timeout' || e.type === 'body-timeout' || e.name === 'AbortError') return 'ETIMEDOUT';
  if (typeof e.code === 'string' && /^E[A-Z_]+/.test(e.code)) return e.code;
  if (e.name === 'FetchError') return 'ECONNRESET'; // a body cut off mid-way, a socket closed early
  return null;
}

/**
 * One request, headers AND body within one time limit: node-fetch's own `timeout` restarts for the
 * body (headers at 14 s + a stalled body ran to ~29 s), so an AbortController bounds the whole
 * exchange. A raw (file) answer keeps its timer: reading its bytes later is bounded the same way.
 */
async function attempt(z: ZObject, out: Outgoing, limitMs: number): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limitMs);
  timer.unref?.();
  let keepTimer = false;
  try {
    const resp = await z.request({
      url: out.url,
      method: out.method,
      params: out.params,
      headers: out.headers,
      body: out.body,
      timeout: limitMs,
      signal: controller.signal,
      skipThrowForStatus: true,
      throwForThrottlingEarly: false,
      middlewareData: { highLevelClient: true },
      ...(out.raw ? { raw: true } : {}),
    } as Parameters<ZObject['request']>[0]);
    if (out.raw && resp.status >= 200 && resp.status < 300) {
      keepTimer = true;
      return { ok: true, resp, text: '' };
    }
    // A raw response has no `content`: its body is read here only for errors.
    const text = out.raw ? await (resp as unknown as RawHttpResponse).text() : (resp.content ?? '');
    return { ok: true, resp, text };
  } catch (err) {
    const code = networkCode(err, timedOut);
    if (code === null) throw err;
    return { ok: false, code };
  } finally {
    if (!keepTimer) clearTimeout(timer);
  }
}

/** A 2xx body. A write whose answer cannot be read may still have been carried out: say so. */
function parseSuccess(ep: Endpoint, status: number, text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    if (ep.readOnly) return text;
    throw new errors.Error(
      `HighLevel answered ${status} to ${describe(ep)}, but its answer could not be read (cut off or not JSON). The record MAY have been created or changed: check HighLevel before re-running this step, so nothing is done twice.`,
      'UnreadableAnswer',
      502,
    );
  }
}

async function send(ctx: Ctx, ep: Endpoint, parts: RequestParts, opts: CallOptions): Promise<unknown> {
  const { z, bundle } = ctx;
  const multipart = parts.multipart ? encodeMultipart(parts.multipart) : undefined;
  const payload: string | Buffer | undefined = multipart
    ? multipart.body
    : parts.form ? new URLSearchParams(parts.form).toString() : parts.body !== undefined ? JSON.stringify(parts.body) : undefined;
  const out: Outgoing = {
    url: `${apiBaseUrl()}${buildPath(ep, parts.path)}`,
    method: ep.method,
    params: cleanQuery(parts.query),
    headers: { Version: ep.version, Accept: 'application/json' },
    body: payload,
    raw: Boolean(opts.raw),
  };
  if (payload !== undefined) out.headers['Content-Type'] = multipart ? multipart.contentType : parts.form ? 'application/x-www-form-urlencoded' : 'application/json';
  // On an agency connection, location endpoints are called with a location token (see below).
  const agencyLocation = isAgency(bundle) && !usesAgencyToken(ep) && !opts.agencyToken ? (opts.location ?? locationId(bundle)) : null;
  if (agencyLocation) out.headers.Authorization = `Bearer ${await locationToken(ctx, agencyLocation)}`;
  remainingStepMs(bundle); // starts the step clock on the first call
  let rateLimitWaitedMs = 0;
  let rateLimitRetries = 0;
  let serverRetries = 0;
  let locationTokenRenewed = false;
  /** Set once a request may have been processed without us seeing the answer (5xx, lost connection). */
  let mayHaveActed = false;
  const state = () => ({ method: ep.method, readOnly: ep.readOnly, serverRetries, rateLimitRetries, rateLimitWaitedMs, timeLeftMs: remainingStepMs(bundle), jitter: timing.jitter() });
  const wait = async (ms: number, why: string, reason: string) => {
    // Zapier's log shows why a step took longer: method, path template, what happened, the wait. Never a URL or token.
    z.console.log(`HighLevel ${describe(ep)}: ${why}; ${reason} retry in ${ms} ms.`);
    await timing.sleep(ms);
  };
  for (;;) {
    // Never let one request outlive the step: Zapier stops a step at 30 s.
    const limitMs = Math.max(limits.minRequestTimeoutMs, Math.min(limits.requestTimeoutMs, remainingStepMs(bundle) - 1_000));
    const got = await attempt(z, out, limitMs);
    if (!got.ok) {
      if (!NOT_SENT_CODES.has(got.code)) mayHaveActed = true;
      const d = retryDecision({ ...state(), outcome: { kind: 'network', code: got.code } });
      if (d.action === 'retry') {
        serverRetries++;
        await wait(d.waitMs, `no answer (${got.code})`, d.reason);
        continue;
      }
      const repeatable = d.action === 'fail' && d.repeatable;
      throw new errors.Error(
        `Could not reach HighLevel for ${describe(ep)} (${got.code}).${repeatable ? ' This is usually temporary; try again.' : ' The request was not repeated: HighLevel may have received it, so the record MAY have been created or changed; check HighLevel before re-running this step.'}`,
        'NetworkError',
        503,
      );
    }
    const { resp, text } = got;
    const status = resp.status;
    if (status >= 200 && status < 300 && opts.raw) return resp;
    const full: FullResponse = { status, headers: resp.headers, text };
    // API Request (opts.full) hands back whatever came, readable or not; every other write says when it may have acted.
    if (status >= 200 && status < 300) return opts.full ? full : parseSuccess(ep, status, text);
    if (status === 404 && opts.notFoundAsNull) return null;
    // A DELETE repeated after an answer we never saw: "not found" now means the first one worked.
    if (status === 404 && ep.method === 'DELETE' && mayHaveActed) return opts.full ? full : {};

    const body = parseText(text);
    const errCtx = { status, body, text, traceId: header(resp, 'traceid'), what: describe(ep), secrets: secretsOf(bundle), scopes: ep.scopes };
    if (status === 401) {
      const refusal = authError(errCtx);
      // A location token HighLevel no longer accepts: exchange it again, once, instead of
      // refreshing (and rotating) the agency's own token.
      if (agencyLocation && refusal instanceof errors.RefreshAuthError && !locationTokenRenewed) {
        locationTokenRenewed = true;
        await forgetLocationToken(ctx, agencyLocation);
        out.headers.Authorization = `Bearer ${await locationToken(ctx, agencyLocation)}`;
        z.console.log(`HighLevel ${describe(ep)}: the location token was refused (401); exchanged a new one, retrying once.`);
        continue;
      }
      if (agencyLocation && refusal instanceof errors.RefreshAuthError) {
        throw new errors.Error(
          scrub(`HighLevel refused a freshly exchanged location token for ${describe(ep)} (${highLevelMessage(body, text) || '401'}). Check that the app is still installed in this sub-account.`, errCtx.secrets),
          'AuthenticationFailed',
          401,
        );
      }
      throw refusal;
    }
    if (status >= 500) mayHaveActed = true;
    const d = retryDecision({ ...state(), outcome: { kind: 'status', status, rateLimitWaitMs: status === 429 ? rateLimitWaitMs(resp) : null, dailyQuotaSpent: dailyQuotaSpent(resp) } });
    if (d.action === 'retry') {
      if (status === 429) {
        rateLimitWaitedMs += d.waitMs;
        rateLimitRetries++;
      } else serverRetries++;
      await wait(d.waitMs, `answered ${status}`, d.reason);
      continue; // a 429 was not processed, so any method may be sent again
    }
    if (d.action === 'throttle') {
      if (d.dailyQuota) {
        throw new errors.ThrottledError("HighLevel's daily limit of API requests for this location is used up; Zapier will try again later.", d.delaySeconds);
      }
      throw new errors.ThrottledError(
        `HighLevel's rate limit (100 requests per 10 seconds per location) was reached for ${describe(ep)}; Zapier will retry in ${d.delaySeconds} s.`,
        d.delaySeconds,
      );
    }
    throw toZapierError(errCtx);
  }
}

/** Time left for this step's requests (Zapier's 30 s, less a margin), in ms. */
export const stepTimeLeftMs = (bundle: Bundle): number => remainingStepMs(bundle);

/** Call an endpoint and return its parsed JSON body; any non-2xx becomes a Zapier error. */
export async function callApi<T = unknown>(ctx: Ctx, ep: Endpoint, parts: RequestParts = {}): Promise<T> {
  return (await send(ctx, ep, parts, {})) as T;
}

/** Like callApi, for lookups: a 404 returns null ("no result") instead of failing the step. */
export async function lookupApi<T = unknown>(ctx: Ctx, ep: Endpoint, parts: RequestParts = {}): Promise<T | null> {
  return (await send(ctx, ep, parts, { notFoundAsNull: true })) as T | null;
}

/**
 * Download a file (a call recording, a transcription): the same headers, token (a location token
 * on agency connections, for `location` when given), retries and errors as callApi, but the
 * successful response is returned raw so binary bytes stay intact.
 */
export async function downloadApi(ctx: Ctx, ep: Endpoint, parts: RequestParts = {}, location?: string): Promise<RawHttpResponse> {
  return (await send(ctx, ep, parts, { raw: true, location })) as RawHttpResponse;
}

/**
 * The API Request action: an endpoint record built by the caller from a path it has checked,
 * answered with status, headers and body text (any 2xx; errors as callApi); on an agency
 * connection `agencyToken` calls with the agency's own token instead of a location token.
 */
export async function requestApi(ctx: Ctx, ep: Endpoint, parts: RequestParts, opts: { agencyToken?: boolean } = {}): Promise<FullResponse> {
  return (await send(ctx, ep, parts, { full: true, agencyToken: opts.agencyToken })) as FullResponse;
}

/** The step's location if it has one yet (editor-time: dynamic fields before a location is picked). */
export function knownLocationId(bundle: Bundle): string | null {
  const id = isAgency(bundle) ? (bundle.inputData as Record<string, unknown>)?.[AGENCY_LOCATION_INPUT] : bundle.authData?.locationId;
  return typeof id === 'string' && id ? id : null;
}

/**
 * The location a step works on; HighLevel's location-level endpoints need it in the path, query
 * or body. A sub-account connection has it in authData; on an agency connection the user picks
 * it in the step (the Location dropdown, input `agencyLocationId`).
 */
export function locationId(bundle: Bundle): string {
  const id = knownLocationId(bundle);
  if (id) return id;
  if (isAgency(bundle)) {
    throw new errors.Error('"Location" (agencyLocationId) is required on an agency connection: pick the sub-account this step works on.', 'InvalidInput', 400);
  }
  throw new errors.Error(
    'This HighLevel connection is not tied to a sub-account (location). Reconnect and choose a sub-account.',
    'InvalidConnection',
    400,
  );
}

/** HighLevel's userType for an agency (company) token; a sub-account token says 'Location'. */
export const AGENCY_USER_TYPE = 'Company';
/** The input key of the Location dropdown that agency connections show on location operations. */
export const AGENCY_LOCATION_INPUT = 'agencyLocationId';

export const isAgency = (bundle: Bundle): boolean => bundle.authData?.userType === AGENCY_USER_TYPE;

/** POST /oauth/locationToken: an agency token buys a token for one of its locations (it only reads: retried like a GET). */
export const locationTokenEndpoint = markAgencyOnly(endpoint('POST', '/oauth/locationToken', '2021-07-28', ['oauth.write'], { readOnly: true }));

/**
 * Location tokens, by location. Within a step, one exchange serves every request (a Zap step is
 * one bundle). Across steps they are kept in the connection-scoped z.cache for their lifetime less
 * a margin, sealed with a key derived from the agency's access token (useless without it), so an
 * agency step costs the same requests as a sub-account step. Never stored in authData nor logged.
 */
const locationTokens = new WeakMap<object, Map<string, Promise<string>>>();
const LocationTokenEntry = zod.object({ token: zod.string() });

const locationTokenKey = (bundle: Bundle, loc: string): string => tenantKey(bundle, 'locationToken', loc);
const agencySecret = (bundle: Bundle): string => String(bundle.authData?.access_token ?? '');

async function exchangeLocationToken(ctx: Ctx, loc: string): Promise<string> {
  const { z, bundle } = ctx;
  const cached = LocationTokenEntry.safeParse(unseal(agencySecret(bundle), await cacheGet(z, locationTokenKey(bundle, loc))));
  if (cached.success) return cached.data.token;
  const body = await callApi<{ access_token?: unknown; expires_in?: unknown }>(ctx, locationTokenEndpoint, {
    form: { companyId: bundle.authData.companyId ?? '', locationId: loc },
  });
  if (typeof body?.access_token !== 'string') {
    throw new errors.Error(`HighLevel gave no token for location ${loc}; check that the app is installed there.`, 'UnexpectedResponse', 502);
  }
  const lifetime = typeof body.expires_in === 'number' ? body.expires_in : limits.locationTokenDefaultSeconds;
  const ttl = lifetime - limits.locationTokenMarginSeconds;
  if (ttl > 0) await cacheSet(z, locationTokenKey(bundle, loc), seal(agencySecret(bundle), { token: body.access_token }), ttl);
  return body.access_token;
}

function locationToken(ctx: Ctx, loc: string): Promise<string> {
  let byLocation = locationTokens.get(ctx.bundle);
  if (!byLocation) {
    byLocation = new Map();
    locationTokens.set(ctx.bundle, byLocation);
  }
  let token = byLocation.get(loc);
  if (!token) {
    token = exchangeLocationToken(ctx, loc).then((t) => {
      addStepSecret(ctx.bundle, t); // scrubbed from every message of this step
      return t;
    });
    token.catch(() => byLocation!.delete(loc));
    byLocation.set(loc, token);
  }
  return token;
}

/** A location token HighLevel refused: forget it here and in the cache, so the next use exchanges a new one. */
async function forgetLocationToken(ctx: Ctx, loc: string): Promise<void> {
  locationTokens.get(ctx.bundle)?.delete(loc);
  await cacheDelete(ctx.z, locationTokenKey(ctx.bundle, loc));
}

/** Agency-only endpoints: a clear error on a location connection, before any request. */
export function requireAgency(bundle: Bundle, what: string): void {
  if (bundle.authData?.userType !== AGENCY_USER_TYPE) {
    throw new errors.Error(
      `"${what}" works only on an agency (company) connection; this connection is to a sub-account (location). Connect HighLevel as an agency to use it.`,
      'WrongConnection',
      400,
    );
  }
}
