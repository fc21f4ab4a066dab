import type { Quirks } from './highlevel-quirks';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TokenStore, UserType } from './auth';
import type { ExtStore } from './ext-store';
import type { SandboxStore } from './store';

/**
 * The pieces every route module shares: HighLevel's error bodies, the declaration of one route
 * (its spec path template, Version header, required query parameters and body fields) and the
 * class-validator style checks that turn a bad request into HighLevel's 422.
 */

export type ApiVersion = '2021-07-28' | '2021-04-15';
export const V_2021_07_28: ApiVersion = '2021-07-28';
export const V_2021_04_15: ApiVersion = '2021-04-15';

export type JsonBody = Record<string, unknown>;

/** An error answer: the status and the exact body (the traceId is added when it is sent). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
  }
}

export const badRequest = (message: string, extra: JsonBody = {}) =>
  new ApiError(400, { statusCode: 400, message, error: 'Bad Request', ...extra });
export const unauthorized = () => new ApiError(401, { statusCode: 401, message: 'Invalid JWT' });
export const forbidden = (message = 'The token does not have access to this location.') =>
  new ApiError(403, { statusCode: 403, message, error: 'Forbidden' });
export const notFound = (message: string) => new ApiError(404, { statusCode: 404, message });
export const unprocessable = (messages: string[]) =>
  new ApiError(422, { statusCode: 422, message: messages, error: 'Unprocessable Entity' });

// ---------------------------------------------------------------------------------------------
// Rules for query parameters and body fields

type Kind = 'string' | 'number' | 'boolean' | 'stringArray' | 'array' | 'object' | 'unknown';

export interface Rule<K extends Kind = Kind, R extends boolean = boolean, E extends string = string> {
  kind: K;
  required: R;
  enum?: readonly E[];
  min?: number;
  max?: number;
}

export type Rules = Record<string, Rule>;

type ValueOf<T extends Rule> =
  T extends Rule<'string', boolean, infer E>
    ? string extends E
      ? string
      : E
    : T extends Rule<'number'>
      ? number
      : T extends Rule<'boolean'>
        ? boolean
        : T extends Rule<'stringArray'>
          ? string[]
          : T extends Rule<'array'>
            ? unknown[]
            : T extends Rule<'object'>
              ? JsonBody
              : unknown;

/** The typed object that a set of rules validates to. */
export type Infer<S extends Rules> = {
  [K in keyof S as S[K]['required'] extends true ? K : never]: ValueOf<S[K]>;
} & {
  [K in keyof S as S[K]['required'] extends true ? never : K]?: ValueOf<S[K]>;
};

function builders<R extends boolean>(required: R) {
  return {
    string: <E extends string = string>(opts: { enum?: readonly E[] } = {}): Rule<'string', R, E> => ({ kind: 'string', required, ...opts }),
    number: (opts: { min?: number; max?: number } = {}): Rule<'number', R> => ({ kind: 'number', required, ...opts }),
    boolean: (): Rule<'boolean', R> => ({ kind: 'boolean', required }),
    stringArray: (): Rule<'stringArray', R> => ({ kind: 'stringArray', required }),
    array: (): Rule<'array', R> => ({ kind: 'array', required }),
    object: (): Rule<'object', R> => ({ kind: 'object', required }),
    unknown: (): Rule<'unknown', R> => ({ kind: 'unknown', required }),
  };
}
/** Required fields (the spec's `required`). */
export const req = builders(true);
/** Optional fields. */
export const opt = builders(false);

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** Checks one value against its rule; returns the parsed value or an error message. */
function check(name: string, rule: Rule, raw: unknown, fromQuery: boolean): { value?: unknown; error?: string } {
  if (isEmpty(raw)) {
    return rule.required ? { error: `${name} should not be empty` } : {};
  }
  let value: unknown = raw;
  switch (rule.kind) {
    case 'string':
      if (fromQuery && Array.isArray(raw)) value = raw[raw.length - 1];
      if (typeof value !== 'string') return { error: `${name} must be a string` };
      if (rule.enum && !rule.enum.includes(value)) return { error: `${name} must be one of the following values: ${rule.enum.join(', ')}` };
      break;
    case 'number':
      if (fromQuery && typeof raw === 'string' && raw.trim() !== '') value = Number(raw);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { error: `${name} must be a number conforming to the specified constraints` };
      }
      if (rule.min !== undefined && value < rule.min) return { error: `${name} must not be less than ${rule.min}` };
      if (rule.max !== undefined && value > rule.max) return { error: `${name} must not be greater than ${rule.max}` };
      break;
    case 'boolean':
      if (fromQuery && (raw === 'true' || raw === 'false')) value = raw === 'true';
      if (typeof value !== 'boolean') return { error: `${name} must be a boolean value` };
      break;
    case 'stringArray':
      if (fromQuery && typeof raw === 'string') value = raw.split(',').map((s) => s.trim()).filter(Boolean);
      if (!Array.isArray(value)) return { error: `${name} must be an array` };
      if (!value.every((x) => typeof x === 'string')) return { error: `each value in ${name} must be a string` };
      break;
    case 'array':
      if (!Array.isArray(value)) return { error: `${name} must be an array` };
      break;
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) return { error: `${name} must be an object` };
      break;
    case 'unknown':
      break;
  }
  return { value };
}

/** Validates an object against rules: the typed value (unknown keys dropped) and all messages. */
export function validate<S extends Rules>(rules: S, input: unknown, fromQuery = false): { value: Infer<S>; errors: string[] } {
  const source: JsonBody = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as JsonBody) : {};
  const out: JsonBody = {};
  const errors: string[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const r = check(name, rule, source[name], fromQuery);
    if (r.error) errors.push(r.error);
    else if (r.value !== undefined) out[name] = r.value;
  }
  return { value: out as Infer<S>, errors };
}

// ---------------------------------------------------------------------------------------------
// Route declarations

/** The names inside `{...}` of a spec path template. */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;

export interface AuthContext {
  /** '' for a Company (agency) token. */
  locationId: string;
  companyId: string;
  userId: string;
  accessToken: string;
  userType: UserType;
  /** The company's locations (what a Company token may reach on routes that take either token). */
  companyLocationIds: readonly string[];
}

/** Which tokens a route takes: a Location token (most), a Company token (agency routes), or either. */
export type TokenKind = 'location' | 'company' | 'either';

/** A token of the wrong kind for the route: HighLevel refuses it before the route runs. */
export const wrongToken = (need: TokenKind) =>
  new ApiError(403, {
    statusCode: 403,
    message: need === 'company' ? 'This route needs an agency (Company) token; a Location token was sent.' : 'This route needs a Location token; an agency (Company) token was sent (exchange it at POST /oauth/locationToken).',
    error: 'Forbidden',
  });

/** What the routes need from the running sandbox. */
export interface World {
  store: SandboxStore;
  /** The record types added for the agency, association, blog and calendar-admin routes. */
  ext: ExtStore;
  /** The live tokens, for POST /oauth/locationToken (absent where routes are only listed). */
  tokens?: TokenStore;
  /** "http://127.0.0.1:43121", for nextPageUrl. */
  baseUrl(): string;
  /** HighLevel's real behaviour beyond the specs (sandbox/highlevel-quirks.ts); DEFAULT_QUIRKS when absent. */
  quirks?: Quirks;
}

export interface Call<P extends string, Q extends Rules, B extends Rules> {
  params: { [K in ParamNames<P>]: string };
  query: Infer<Q>;
  body: Infer<B>;
  /** The whole JSON body, for fields that need more than a rule (custom fields, filters). */
  rawBody: JsonBody;
  auth: AuthContext;
  request: FastifyRequest;
  /** For answers that are not JSON (files): set the content type here. */
  reply: FastifyReply;
  /** 403 unless the id is the token's location. */
  ownLocation(locationId: string): void;
  /** 404 with `message` when the record is missing, 403 when it belongs to another location. */
  own<T extends { locationId: string }>(record: T | undefined, message: string): T;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDef<P extends string, Q extends Rules, B extends Rules> {
  method: Method;
  /** The spec's template, e.g. "/contacts/{contactId}". */
  path: P;
  version: ApiVersion;
  query?: Q;
  body?: B;
  /** The success status (the spec's: 201 for most creates). */
  status?: number;
  /** Which tokens the route takes (default: a Location token). */
  token?: TokenKind;
  handler: (call: Call<P, Q, B>) => unknown;
}

/** A declared route with its types erased, as the server registers it. */
export interface Route {
  method: Method;
  path: string;
  version: ApiVersion;
  /** Required query parameter names and required body field names (checked against the spec in tests). */
  requiredQuery: string[];
  requiredBody: string[];
  status: number;
  token: TokenKind;
  run(request: FastifyRequest, reply: FastifyReply, auth: AuthContext): Promise<unknown>;
}

const requiredNames = (rules: Rules | undefined) =>
  Object.entries(rules ?? {})
    .filter(([, r]) => r.required)
    .map(([name]) => name);

/** A Location token reaches its location; a Company token its company's locations. */
const reaches = (auth: AuthContext, locationId: string): boolean =>
  auth.userType === 'Company' ? auth.companyLocationIds.includes(locationId) : locationId === auth.locationId;

export function route<P extends string, Q extends Rules = Record<never, Rule>, B extends Rules = Record<never, Rule>>(def: RouteDef<P, Q, B>): Route {
  return {
    method: def.method,
    path: def.path,
    version: def.version,
    requiredQuery: requiredNames(def.query),
    requiredBody: requiredNames(def.body),
    status: def.status ?? 200,
    token: def.token ?? 'location',
    async run(request, reply, auth) {
      const token = def.token ?? 'location';
      if (token === 'location' && auth.userType === 'Company') throw wrongToken('location');
      if (token === 'company' && auth.userType !== 'Company') throw wrongToken('company');
      const query = validate(def.query ?? ({} as Q), request.query, true);
      const rawBody: JsonBody =
        typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body) ? (request.body as JsonBody) : {};
      const body = validate(def.body ?? ({} as B), rawBody);
      const errors = [...query.errors, ...body.errors];
      if (errors.length) throw unprocessable(errors);
      const call: Call<P, Q, B> = {
        params: request.params as Call<P, Q, B>['params'],
        query: query.value,
        body: body.value,
        rawBody,
        auth,
        request,
        reply,
        ownLocation(locationId) {
          if (!reaches(auth, locationId)) throw forbidden();
        },
        own(record, message) {
          if (!record) throw notFound(message);
          if (!reaches(auth, record.locationId)) throw forbidden();
          return record;
        },
      };
      const result = await def.handler(call);
      reply.code(def.status ?? 200);
      return result;
    },
  };
}

/** A deep copy for answers, so a caller never holds the store's own objects. */
export const clone = <T>(value: T): T => structuredClone(value);

/** Drops undefined values (HighLevel omits unset fields). */
export function compact<T extends object>(value: T): T {
  const out: JsonBody = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Query strings arrive as strings: an optional non-negative integer, or the default. */
export function intParam(value: string | undefined, fallback: number, name: string, max?: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw unprocessable([`${name} must be a number conforming to the specified constraints`]);
  if (max !== undefined && n > max) throw unprocessable([`${name} must not be greater than ${max}`]);
  return n;
}
