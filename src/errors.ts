import { errors } from 'zapier-platform-core';
import { scrub } from './secrets';

/**
 * HighLevel's error body: `{ statusCode, message, error }`, where `message` is a string or,
 * for validation failures (400/422), an array of strings. Responses also carry a `traceId`
 * worth quoting to HighLevel support.
 */
export interface HighLevelErrorBody {
  statusCode?: number;
  message?: string | string[];
  error?: string;
  error_description?: string;
  msg?: string;
  traceId?: string;
}

const MAX_DETAIL = 400;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Readable text from one part of an error body: strings kept, lists joined, objects' words taken. */
function words(v: unknown, depth = 0): string {
  if (typeof v === 'string') return v.trim();
  if (depth > 3 || v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => words(x, depth + 1)).filter(Boolean).join('; ');
  if (isRecord(v)) {
    // class-validator style: { property: 'email', constraints: { isEmail: 'email must be an email' } }
    if (isRecord(v.constraints)) return words(Object.values(v.constraints), depth + 1);
    for (const k of ['message', 'error_description', 'msg', 'error']) {
      const w = words(v[k], depth + 1);
      if (w) return w;
    }
  }
  return '';
}

/** HighLevel's own words from an error body (string, array of strings or objects), never raw JSON. */
export function highLevelMessage(body: unknown, fallbackText = ''): string {
  const w = words(body);
  if (w) return clip(w);
  if (body !== undefined && body !== null && typeof body === 'object') return '';
  const raw = fallbackText.trim();
  // An HTML error page, or JSON we could not read words from, says nothing a user can act on.
  if (!raw || raw.startsWith('<') || raw.startsWith('{') || raw.startsWith('[')) return '';
  return clip(raw);
}

const clip = (s: string): string => (s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL)}…` : s);

export interface ErrorContext {
  status: number;
  body: unknown;
  text?: string;
  traceId?: string | null;
  /** e.g. "GET /contacts/{contactId}": the template, never a URL with query values. */
  what: string;
  /** The step's secrets (src/secrets.ts): removed from the message even when HighLevel echoes them. */
  secrets?: readonly string[];
  /** The endpoint's scopes, named when HighLevel says the token lacks one. */
  scopes?: readonly string[];
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
};

/** A 404 for a route, not a record: HighLevel's (NestJS) "Cannot GET /x", or the local sandbox's own words. */
const UNSERVED_ROUTE = /^(Cannot (GET|POST|PUT|PATCH|DELETE) \/|The sandbox does not serve )/;

const traceOf = (ctx: ErrorContext): string | null =>
  ctx.traceId || (isRecord(ctx.body) && typeof ctx.body.traceId === 'string' ? ctx.body.traceId : null);

/** An HTML page (a load balancer's or proxy's error page) instead of HighLevel's JSON. */
const isHtml = (text: string | undefined): boolean => /^\s*</.test(text ?? '');

/** HighLevel's two kinds of 401 (../shared/ghl-api/FACTS.md): a missing scope is not an expired token. */
export const isScopeRefusal = (detail: string): boolean => /not authorized for this scope/i.test(detail);

/**
 * A 401. Core's autoRefresh is off (authentication.ts), so the app tells the two kinds apart:
 * a scope refusal names the endpoint, the scope and how to grant it (refreshing would not help);
 * anything else (expired, "Invalid JWT") is a RefreshAuthError, so Zapier refreshes and re-runs.
 */
export function authError(ctx: ErrorContext): Error {
  const detail = highLevelMessage(ctx.body, ctx.text ?? '');
  const trace = traceOf(ctx);
  const tail = trace ? ` (trace ID ${trace})` : '';
  if (isScopeRefusal(detail)) {
    const scopes = (ctx.scopes ?? []).map((s) => `"${s}"`).join(' or ') || 'the scope this action needs';
    return new errors.Error(
      scrub(
        `HighLevel refused ${ctx.what}: the connection lacks the permission (scope) ${scopes}${tail}. ` +
          'Refreshing the token does not help: reconnect HighLevel in Zapier (My Apps > HighLevel > Reconnect) and approve every permission HighLevel asks for; ' +
          'the app asks for this scope when you connect (if HighLevel does not list it, the marketplace app needs the scope added in its HighLevel settings first).',
        ctx.secrets ?? [],
      ),
      'MissingScope',
      401,
    );
  }
  return new errors.RefreshAuthError(
    scrub(`HighLevel refused the connection's access token for ${ctx.what} (${detail || '401 Unauthorized'})${tail}; it has expired or was revoked. Zapier refreshes it and runs the step again.`, ctx.secrets ?? []),
  );
}

/** Turn a HighLevel error response into the Zapier error a user reads in the Zap history. */
export function toZapierError(ctx: ErrorContext): Error {
  const scrubbed = (m: string) => scrub(m, ctx.secrets ?? []);
  const trace = traceOf(ctx);
  if (ctx.status >= 500 && (isHtml(ctx.text) || (ctx.body === undefined && !ctx.text))) {
    // A proxy's error page says nothing a user can act on, and may carry internal details.
    return new errors.Error(scrubbed(`HighLevel is unavailable (${ctx.status}) for ${ctx.what}${trace ? ` (trace ID ${trace})` : ''}. Try again later.`), 'ServerError', ctx.status);
  }
  if (ctx.status === 401) return authError(ctx);
  const detail = highLevelMessage(ctx.body, ctx.text ?? '');
  const suffix = `${detail ? `: ${detail}` : ''}${trace ? ` (trace ID ${trace})` : ''}`;
  const statusText = STATUS_TEXT[ctx.status] ?? (ctx.status >= 500 ? 'Server Error' : 'Error');
  const head = `HighLevel answered ${ctx.status} ${statusText} to ${ctx.what}`;
  switch (true) {
    case ctx.status === 400 || ctx.status === 422:
      return new errors.Error(scrubbed(`${head}${suffix}. Check the values mapped into this step.`), 'InvalidInput', ctx.status);
    case ctx.status === 403:
      return new errors.Error(
        scrubbed(`${head}${suffix}. The connection lacks access to this resource: reconnect HighLevel and approve every requested permission, or check that the record belongs to the connected location.`),
        'Forbidden',
        ctx.status,
      );
    case ctx.status === 404 && UNSERVED_ROUTE.test(detail):
      return new errors.Error(scrubbed(`${head}${suffix}. This endpoint is not served there (no such route), so no record was looked up.`), 'NotFound', ctx.status);
    case ctx.status === 404:
      return new errors.Error(scrubbed(`${head}${suffix}. The record does not exist or was deleted.`), 'NotFound', ctx.status);
    case ctx.status >= 500:
      return new errors.Error(scrubbed(`${head}${suffix}. HighLevel had a problem; try again later.`), 'ServerError', ctx.status);
    default:
      return new errors.Error(scrubbed(`${head}${suffix}`), 'HighLevelError', ctx.status);
  }
}

/** Bad input, found before any request is sent. `field` is the Zapier field's label and key. */
export function invalidInput(field: { key: string; label?: string }, problem: string): Error {
  const name = field.label ? `"${field.label}" (${field.key})` : `"${field.key}"`;
  return new errors.Error(`${name} ${problem}`, 'InvalidInput', 400);
}
