import { errors } from 'zapier-platform-core';

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

/** Turn a HighLevel error response into the Zapier error a user reads in the Zap history. */
export function toZapierError(ctx: ErrorContext): Error {
  const detail = highLevelMessage(ctx.body, ctx.text ?? '');
  const trace = ctx.traceId || (isRecord(ctx.body) && typeof ctx.body.traceId === 'string' ? ctx.body.traceId : null);
  const suffix = `${detail ? `: ${detail}` : ''}${trace ? ` (trace ID ${trace})` : ''}`;
  const statusText = STATUS_TEXT[ctx.status] ?? (ctx.status >= 500 ? 'Server Error' : 'Error');
  const head = `HighLevel answered ${ctx.status} ${statusText} to ${ctx.what}`;
  switch (true) {
    case ctx.status === 400 || ctx.status === 422:
      return new errors.Error(`${head}${suffix}. Check the values mapped into this step.`, 'InvalidInput', ctx.status);
    case ctx.status === 401:
      return new errors.Error(`${head}${suffix}. Reconnect your HighLevel account.`, 'AuthenticationFailed', ctx.status);
    case ctx.status === 403:
      return new errors.Error(
        `${head}${suffix}. The connection lacks access to this resource: reconnect HighLevel and approve every requested permission, or check that the record belongs to the connected location.`,
        'Forbidden',
        ctx.status,
      );
    case ctx.status === 404 && UNSERVED_ROUTE.test(detail):
      return new errors.Error(`${head}${suffix}. This endpoint is not served there (no such route), so no record was looked up.`, 'NotFound', ctx.status);
    case ctx.status === 404:
      return new errors.Error(`${head}${suffix}. The record does not exist or was deleted.`, 'NotFound', ctx.status);
    case ctx.status >= 500:
      return new errors.Error(`${head}${suffix}. HighLevel had a problem; try again later.`, 'ServerError', ctx.status);
    default:
      return new errors.Error(`${head}${suffix}`, 'HighLevelError', ctx.status);
  }
}

/** Bad input, found before any request is sent. `field` is the Zapier field's label and key. */
export function invalidInput(field: { key: string; label?: string }, problem: string): Error {
  const name = field.label ? `"${field.label}" (${field.key})` : `"${field.key}"`;
  return new errors.Error(`${name} ${problem}`, 'InvalidInput', 400);
}
