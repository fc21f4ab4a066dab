import { errors, type Bundle, type HttpResponse, type RawHttpResponse, type ZObject } from 'zapier-platform-core';
import { clock } from './clock';
import { apiBaseUrl, limits } from './config';
import { endpoint, markAgencyOnly, pathParams, usesAgencyToken, type Endpoint } from './endpoint';
import { toZapierError } from './errors';
import { encodeMultipart, type Multipart } from './multipart';

/**
 * The one HTTP client every operation uses. It sends through z.request (Zapier's request log,
 * secret scrubbing and auth refresh depend on that) and adds what every HighLevel call needs:
 * base URL, the endpoint's own Version header, JSON, rate-limit aware retries on 429, bounded
 * retries of idempotent calls on 5xx and network errors, and readable errors.
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

/** Methods that may be repeated after a 5xx without changing the outcome. */
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE']);
/** Network errors where the request never reached HighLevel, so even a POST may be sent again. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** Fill `{param}` placeholders; every value is URL-encoded (ids, emails, slugs). */
export function buildPath(ep: Endpoint, values: RequestParts['path'] = {}): string {
  let path = ep.path;
  for (const name of pathParams(ep.path)) {
    const value = values[name];
    if (value === undefined || value === '') {
      throw new errors.Error(`Missing value for "${name}" in ${ep.method} ${ep.path}.`, 'InvalidInput', 400);
    }
    path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
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

async function send(ctx: Ctx, ep: Endpoint, parts: RequestParts, opts: CallOptions): Promise<unknown> {
  const { z, bundle } = ctx;
  const url = `${apiBaseUrl()}${buildPath(ep, parts.path)}`;
  const headers: Record<string, string> = { Version: ep.version, Accept: 'application/json' };
  const multipart = parts.multipart ? encodeMultipart(parts.multipart) : undefined;
  const payload: string | Buffer | undefined = multipart
    ? multipart.body
    : parts.form ? new URLSearchParams(parts.form).toString() : parts.body !== undefined ? JSON.stringify(parts.body) : undefined;
  if (payload !== undefined) headers['Content-Type'] = multipart ? multipart.contentType : parts.form ? 'application/x-www-form-urlencoded' : 'application/json';
  // On an agency connection, location endpoints are called with a location token (see below).
  if (isAgency(bundle) && !usesAgencyToken(ep) && !opts.agencyToken) headers.Authorization = `Bearer ${await locationToken(ctx, opts.location)}`;
  remainingStepMs(bundle); // starts the step clock on the first call
  /** A wait is only started when the retry still has REQUEST_RESERVE_MS to run in afterwards. */
  const fitsStep = (waitMs: number) => waitMs + limits.requestReserveMs < remainingStepMs(bundle);
  let rateLimitWaited = 0;
  let rateLimitRetries = 0;
  let serverRetries = 0;
  /** Set once a request may have been processed without us seeing the answer (5xx, lost connection). */
  let mayHaveActed = false;
  for (;;) {
    let resp: HttpResponse;
    try {
      resp = await z.request({
        url,
        method: ep.method,
        params: cleanQuery(parts.query),
        headers,
        body: payload,
        // Never let one request outlive the step: Zapier stops a step at 30 s.
        timeout: Math.max(1_000, Math.min(limits.requestTimeoutMs, remainingStepMs(bundle) - 1_000)),
        skipThrowForStatus: true,
        throwForThrottlingEarly: false,
        middlewareData: { highLevelClient: true },
        ...(opts.raw ? { raw: true } : {}),
      } as Parameters<ZObject['request']>[0]);
    } catch (err) {
      const e = err as { code?: string; type?: string };
      const code = e.type === 'request-timeout' ? 'ETIMEDOUT' : (e.code ?? '');
      const isNetwork = typeof code === 'string' && /^E[A-Z]+/.test(code);
      if (!isNetwork) throw err; // RefreshAuthError and other Zapier errors pass through
      const mayRetry = IDEMPOTENT.has(ep.method) || NOT_SENT_CODES.has(code);
      if (!NOT_SENT_CODES.has(code)) mayHaveActed = true;
      const wait = backoff(serverRetries);
      if (mayRetry && serverRetries < limits.maxServerErrorRetries && fitsStep(wait)) {
        serverRetries++;
        await timing.sleep(wait);
        continue;
      }
      throw new errors.Error(
        `Could not reach HighLevel for ${describe(ep)} (${code}).${mayRetry ? '' : ' The request was not repeated, so nothing is created twice; check HighLevel before re-running this step.'}`,
        'NetworkError',
        503,
      );
    }

    const status = resp.status;
    if (status >= 200 && status < 300 && opts.raw) return resp;
    // A raw response has no `content`: its body is read here only for errors.
    const text = opts.raw ? await (resp as unknown as RawHttpResponse).text() : (resp.content ?? '');
    const full: FullResponse = { status, headers: resp.headers, text };
    if (status >= 200 && status < 300) return opts.full ? full : parseText(text);
    if (status === 404 && opts.notFoundAsNull) return null;
    // A DELETE repeated after an answer we never saw: "not found" now means the first one worked.
    if (status === 404 && ep.method === 'DELETE' && mayHaveActed) return opts.full ? full : {};

    const body = parseText(text);
    if (status === 429) {
      if (dailyQuotaSpent(resp)) {
        throw new errors.ThrottledError(
          'HighLevel\'s daily limit of API requests for this location is used up; Zapier will try again later.',
          3600,
        );
      }
      const hinted = rateLimitWaitMs(resp);
      // Never retry at once (Retry-After: 0, a date in the past): that would hammer HighLevel.
      const wait = hinted === null ? null : Math.max(limits.minRateLimitWaitMs, hinted);
      const fits =
        wait !== null &&
        rateLimitRetries < limits.maxRateLimitRetries &&
        rateLimitWaited + wait <= limits.rateLimitWaitBudgetMs &&
        fitsStep(wait);
      if (fits) {
        rateLimitWaited += wait;
        rateLimitRetries++;
        await timing.sleep(wait);
        continue; // a 429 was not processed, so any method may be sent again
      }
      const delay = Math.max(1, Math.ceil((wait ?? limits.defaultThrottleDelaySeconds * 1000) / 1000));
      throw new errors.ThrottledError(
        `HighLevel's rate limit (100 requests per 10 seconds per location) was reached for ${describe(ep)}; Zapier will retry in ${delay} s.`,
        delay,
      );
    }
    if (status >= 500) mayHaveActed = true;
    if (status >= 500 && IDEMPOTENT.has(ep.method) && serverRetries < limits.maxServerErrorRetries) {
      const wait = backoff(serverRetries);
      if (fitsStep(wait)) {
        serverRetries++;
        await timing.sleep(wait);
        continue;
      }
    }
    throw toZapierError({ status, body, text, traceId: header(resp, 'traceid'), what: describe(ep) });
  }
}

/** Time left for this step's requests (Zapier's 30 s, less a margin), in ms. */
export const stepTimeLeftMs = (bundle: Bundle): number => remainingStepMs(bundle);

function backoff(attempt: number): number {
  const base = limits.backoffMs[Math.min(attempt, limits.backoffMs.length - 1)] ?? 1000;
  return Math.round(base * (1 + 0.25 * timing.jitter()));
}

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

/** POST /oauth/locationToken: an agency token buys a token for one of its locations. */
export const locationTokenEndpoint = markAgencyOnly(endpoint('POST', '/oauth/locationToken', '2021-07-28', ['oauth.write']));

/**
 * Location tokens of this step, by location: exchanged once and reused for every request of the
 * step (a Zap step is one bundle), never stored in authData nor logged by us (core scrubs
 * access_token values from its request log).
 */
const locationTokens = new WeakMap<object, Map<string, Promise<string>>>();

function locationToken(ctx: Ctx, location?: string): Promise<string> {
  const loc = location ?? locationId(ctx.bundle);
  let byLocation = locationTokens.get(ctx.bundle);
  if (!byLocation) {
    byLocation = new Map();
    locationTokens.set(ctx.bundle, byLocation);
  }
  let token = byLocation.get(loc);
  if (!token) {
    token = callApi<{ access_token?: unknown }>(ctx, locationTokenEndpoint, {
      form: { companyId: ctx.bundle.authData.companyId ?? '', locationId: loc },
    }).then((body) => {
      if (typeof body?.access_token !== 'string') {
        throw new errors.Error(`HighLevel gave no token for location ${loc}; check that the app is installed there.`, 'UnexpectedResponse', 502);
      }
      return body.access_token;
    });
    token.catch(() => byLocation!.delete(loc));
    byLocation.set(loc, token);
  }
  return token;
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
