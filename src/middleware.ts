import type { AfterResponseMiddleware, BeforeRequestMiddleware } from 'zapier-platform-core';
import { toZapierError } from './errors';
import { secretsOf } from './secrets';

interface MiddlewareData {
  /** The shared client handles status codes itself (retries, 429 waits, 404 lookups). */
  highLevelClient?: boolean;
  /** OAuth token calls: no bearer token on them. */
  noAuth?: boolean;
}

const dataOf = (req: { middlewareData?: Record<string, unknown> } | undefined): MiddlewareData =>
  (req?.middlewareData ?? {}) as MiddlewareData;

/** Bearer token and JSON on every request to HighLevel (except the OAuth token endpoint). */
export const addAuthHeaders: BeforeRequestMiddleware = (request, _z, bundle) => {
  request.headers = request.headers ?? {};
  const token = bundle.authData?.access_token;
  if (token && !dataOf(request).noAuth && !request.headers.Authorization) {
    request.headers.Authorization = `Bearer ${token}`;
  }
  if (!request.headers.Accept) request.headers.Accept = 'application/json';
  return request;
};

/**
 * Requests made outside the shared client (none today, but any future one) still get
 * HighLevel's error body turned into a readable Zapier error instead of a JSON dump.
 */
export const mapErrors: AfterResponseMiddleware = (response, _z, bundle) => {
  const req = response.request as { middlewareData?: Record<string, unknown>; method?: string; url?: string };
  if (response.status < 400 || dataOf(req).highLevelClient || dataOf(req).noAuth) return response;
  let body: unknown = undefined;
  try {
    body = JSON.parse(response.content);
  } catch {
    body = undefined;
  }
  const path = req.url ? new URL(req.url).pathname : '';
  // A 401 becomes RefreshAuthError (or the missing-scope error) here too: core's autoRefresh is off.
  throw toZapierError({ status: response.status, body, text: response.content, what: `${req.method ?? 'GET'} ${path}`, secrets: secretsOf(bundle) });
};
