import type { Bundle, Create, PlainInputField, ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';
import { checkApiPath, LOCATION_PLACEHOLDER } from '../../src/api-path';
import { defaultVersion, recordFor } from '../../src/api-version';
import { AGENCY_LOCATION_INPUT, isAgency, knownLocationId, locationId, requestApi } from '../../src/client';
import { apiBaseUrl } from '../../src/config';
import { requiredScopes, unregisteredEndpoint, usesAgencyToken } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f, parseInputs, spec, toInputFields, type InputOf } from '../../src/fields';
import { flattenJson, type FlatJson } from '../../src/flatten-json';

/**
 * API Request: call any HighLevel API v2 endpoint with the connection's token, for everything
 * the labelled operations do not cover. The path is relative to the API host and checked
 * (src/api-path.ts); the request goes through the shared client (Version header, retries only
 * where safe: GET, PUT and DELETE after a 5xx, any method after a 429; readable errors).
 *
 * Decisions:
 * - Version: empty means the Version of the app's endpoint record for the path, else of the
 *   path's API family (src/api-version.ts). HighLevel's v2 knows two values, so it is a choice.
 * - Agency connections: the Location dropdown is optional. With a location picked the request
 *   uses that location's token (as every location operation does), unless the path is one the
 *   app already calls with the agency token (Search Users, Get User); with none picked it uses the agency
 *   token itself, for agency endpoints (/companies/..., /saas/..., /snapshots/, ...).
 * - `{locationId}` in the path, a query value or a body text is replaced by the step's location.
 * - The JSON body is flattened with "__" (src/flatten-json.ts); the raw text is kept as well.
 * - The token endpoints (/oauth/token, /oauth/locationToken) are refused: their answer is a token,
 *   which must never land in a Zap's output; the connection handles tokens itself.
 * - The answer is read as text: a file (binary) answer is not for this action.
 * - An endpoint the connection has no scope for is refused by HighLevel with a 401; the scopes
 *   the connection asked for are listed in the step (a copy field) so the user can tell.
 */

const METHODS = { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE' } as const;
const VERSIONS = { '2021-07-28': '2021-07-28 (most endpoints)', '2021-04-15': '2021-04-15 (calendars, conversations, ...)' } as const;

const textValue = (v: unknown): unknown => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);

/** Zapier's key/value field: an object of texts. */
const query = spec(
  {
    label: 'Query',
    helpText: 'Query string parameters, one key and value per row (e.g. `locationId` = `{locationId}`, `limit` = `20`). They are URL-encoded for you.',
  },
  { dict: true },
  () => zod.record(zod.string(), zod.preprocess(textValue, zod.string({ error: 'values must be texts' })), { error: 'must be key/value pairs' }),
);

const inputs = {
  method: f.choice({ label: 'Method', required: true, default: 'GET', choices: METHODS, helpText: 'The HTTP method of the endpoint, as in HighLevel\'s API reference.' }),
  path: f.text({
    label: 'Path',
    required: true,
    placeholder: '/locations/{locationId}/customValues',
    helpText:
      'The endpoint\'s path on the HighLevel API, e.g. `/contacts/abc123` or `/locations/{locationId}/customValues`: only the path, the app adds the API host (services.leadconnectorhq.com). `{locationId}` becomes this step\'s location ID; put every other value in place of its placeholder. Parameters after `?` are sent as query parameters.',
  }),
  query,
  body: f.longText({
    label: 'JSON Body',
    helpText: 'The request body as JSON, e.g. `{"locationId": "{locationId}", "name": "VIP"}`. Leave empty for GET and for endpoints without a body.',
  }),
  version: f.choice({
    label: 'Version Header',
    choices: VERSIONS,
    helpText: 'HighLevel\'s `Version` header. Leave empty to send the one this endpoint needs (from the app\'s endpoints, else the API family: 2021-04-15 for calendars and conversations, 2021-07-28 for the rest).',
  }),
};

type Input = InputOf<typeof inputs>;

const BODY_FIELD = { key: 'body', label: 'JSON Body' };
const PATH_FIELD = { key: 'path', label: 'Path' };

/** Agency connections: an optional Location (a location token), and without one the agency token. */
async function agencyLocation(_z: ZObject, bundle: Bundle): Promise<PlainInputField[]> {
  if (!isAgency(bundle)) return [];
  return [
    {
      key: AGENCY_LOCATION_INPUT,
      label: 'Location',
      required: false,
      dynamic: 'locationDropdown.id.name',
      helpText:
        'The sub-account (location) to call the endpoint for, with that location\'s token. Leave empty for agency endpoints (companies, SaaS, snapshots, ...), which are called with the agency token.',
    },
  ];
}

/** Scopes grouped by resource, e.g. ["contacts (readonly, write)", "calendars/events (readonly)"]. */
export function scopeGroups(scopes: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const scope of scopes) {
    const dot = scope.lastIndexOf('.');
    const [resource, access] = dot === -1 ? [scope, ''] : [scope.slice(0, dot), scope.slice(dot + 1)];
    groups.set(resource, [...(groups.get(resource) ?? []), ...(access ? [access] : [])]);
  }
  return [...groups].map(([resource, access]) => (access.length ? `${resource} (${access.join(', ')})` : resource));
}

/** Zapier's limit for a help text. */
const MAX_HELP = 1000;

/** `intro` and the items, comma-separated, cut into texts of at most `max` characters (never inside an item). */
export function chunked(intro: string, items: readonly string[], max = MAX_HELP): string[] {
  const texts: string[] = [];
  let current = intro;
  let empty = true;
  for (const item of items) {
    const next = empty ? `${current}${item}` : `${current}, ${item}`;
    if (!empty && next.length > max - 1) {
      texts.push(`${current},`);
      current = item;
    } else current = next;
    empty = false;
  }
  texts.push(`${current}.`);
  return texts;
}

/** Which scopes this connection asked HighLevel for (the list its authorize URL sends), in copy fields within Zapier's limit. */
async function scopesNote(_z: ZObject, bundle: Bundle): Promise<PlainInputField[]> {
  const agency = isAgency(bundle);
  const intro = `An endpoint that needs a scope this ${agency ? 'agency' : 'sub-account'} connection lacks is refused by HighLevel with 401 "The token is not authorized for this scope". The connection has: `;
  return chunked(intro, scopeGroups(requiredScopes(agency ? 'agency' : 'location'))).map((helpText, i) => ({
    key: i === 0 ? 'connectionScopes' : `connectionScopes${i + 1}`,
    type: 'copy',
    helpText,
  }));
}

/** Replace `{locationId}` in the texts of a query or body (only when it is there: it needs a location). */
function withLocation<T>(value: T, location: () => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes(LOCATION_PLACEHOLDER) ? v.split(LOCATION_PLACEHOLDER).join(location()) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

function parseBody(input: Input): unknown {
  if (input.body === undefined) return undefined;
  if (input.method === 'GET') throw invalidInput(BODY_FIELD, 'cannot be sent with GET: put the values in Query, or pick the method the endpoint uses');
  try {
    return JSON.parse(input.body) as unknown;
  } catch (err) {
    throw invalidInput(BODY_FIELD, `must be valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** Endpoints whose answer is a token: never through a step, whose output the Zap history shows. */
const TOKEN_PATHS = /^\/oauth\/(token|locationtoken)\/?$/i;

/** Backstop: the URL the client will build stays on the API host, with the path exactly as checked. */
function assertOnHost(path: string): void {
  const base = new URL(apiBaseUrl());
  const url = new URL(`${apiBaseUrl()}${path}`);
  if (url.origin !== base.origin || url.pathname !== `${base.pathname.replace(/\/$/, '')}${path}`) {
    throw invalidInput(PATH_FIELD, 'must stay on the HighLevel API host');
  }
}

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  if (!text.trim()) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

export type ApiRequestOutput = FlatJson & { status: number; contentType: string; rawBody: string };

async function perform(z: ZObject, bundle: Bundle): Promise<ApiRequestOutput> {
  const input = parseInputs(inputs, (bundle.inputData ?? {}) as Record<string, unknown>);
  const location = () => locationId(bundle);
  const checked = checkApiPath(input.path, PATH_FIELD, location);
  assertOnHost(checked.path);
  if (TOKEN_PATHS.test(checked.path)) throw invalidInput(PATH_FIELD, 'must not be a token endpoint: the connection handles tokens itself, and a token must never appear in a Zap\'s output');
  const body = withLocation(parseBody(input), location);
  const record = recordFor(input.method, checked.path);
  const version = input.version ?? defaultVersion(input.method, checked.path);
  // The record's own properties (scopes named on a scope refusal, ...) with the concrete path.
  const ep = record ? { ...record, path: checked.path, version } : unregisteredEndpoint(input.method, checked.path, version);
  const agencyToken = isAgency(bundle) && (!knownLocationId(bundle) || (record !== undefined && usesAgencyToken(record)));
  const resp = await requestApi({ z, bundle }, ep, { query: withLocation({ ...checked.query, ...(input.query ?? {}) }, location), body }, { agencyToken });
  const json = parseJson(resp.text);
  return {
    status: resp.status,
    contentType: resp.headers.get('content-type') ?? '',
    rawBody: resp.text,
    ...(json.ok ? flattenJson(json.value, 'body') : {}),
  };
}

const apiRequest: Create = {
  key: 'apiRequest',
  noun: 'API Request',
  display: {
    label: 'API Request',
    description:
      'Sends any API v2 request with this connection (advanced): pick the method, enter the path, query and JSON body, and map the answer\'s fields. Use it for what no other action covers.',
  },
  operation: {
    inputFields: [agencyLocation, ...toInputFields(inputs), scopesNote],
    perform,
    sample: {
      status: 200,
      contentType: 'application/json',
      rawBody: '{"id":"Ud5hV8kMn2QpXr7tLw3c","name":"Clinic Phone"}',
      body__id: 'Ud5hV8kMn2QpXr7tLw3c',
      body__name: 'Clinic Phone',
    },
    outputFields: [
      { key: 'status', label: 'HTTP Status', type: 'integer' },
      { key: 'contentType', label: 'Content Type' },
      { key: 'rawBody', label: 'Raw Body' },
      { key: 'body__id', label: 'Body ID (each field of a JSON answer is a "Body ..." output; nested keys joined by __)' },
      { key: 'body__name', label: 'Body Name' },
    ],
  },
};

export default apiRequest;
