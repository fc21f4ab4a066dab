/**
 * An endpoint record is the single source for an operation's method, path, Version header
 * and OAuth scopes. Every endpoint the app can call is declared with `endpoint()`, which also
 * records it, so the OAuth scope list is derived from the endpoints instead of kept by hand.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** Version header values used by the HighLevel v2 specs. */
export type ApiVersion = '2021-07-28' | '2021-04-15';

export interface Endpoint {
  readonly method: HttpMethod;
  /** Path template relative to the API base, with `{param}` placeholders as in the spec. */
  readonly path: string;
  readonly version: ApiVersion;
  readonly scopes: readonly string[];
  /**
   * A POST that only reads (a search, the location-token exchange): retried on 5xx and network
   * errors like a GET, and not treated as a create when its answer cannot be read.
   */
  readonly readOnly: boolean;
}

export interface EndpointOptions {
  readOnly?: boolean;
}

const registry: Endpoint[] = [];

export function endpoint(method: HttpMethod, path: string, version: ApiVersion, scopes: readonly string[], opts: EndpointOptions = {}): Endpoint {
  const readOnly = method === 'GET' || Boolean(opts.readOnly);
  const found = registry.find((e) => e.method === method && e.path === path);
  if (found) {
    // Two modules may declare the same endpoint; they must agree, or one of them is wrong.
    if (found.version !== version || found.scopes.join(' ') !== [...scopes].join(' ') || found.readOnly !== readOnly) {
      throw new Error(`Endpoint ${method} ${path} declared twice with different Version, scopes or readOnly`);
    }
    return found;
  }
  const ep: Endpoint = Object.freeze({ method, path, version, scopes: Object.freeze([...scopes]), readOnly });
  registry.push(ep);
  return ep;
}

/**
 * An endpoint record that is NOT registered: it adds no OAuth scope and is not checked against
 * the specs. Only for a path typed into a step (API Request) that no declared record covers.
 */
export const unregisteredEndpoint = (method: HttpMethod, path: string, version: ApiVersion): Endpoint =>
  Object.freeze({ method, path, version, scopes: Object.freeze([]), readOnly: method === 'GET' });

/** Every endpoint declared so far (all modules of the app are loaded by the time this is read). */
export const declaredEndpoints = (): readonly Endpoint[] => registry;

/** Endpoints HighLevel serves only to an agency (company) token. */
const agencyOnly = new Set<Endpoint>();
export const markAgencyOnly = (ep: Endpoint): Endpoint => {
  agencyOnly.add(ep);
  return ep;
};
export const isAgencyOnly = (ep: Endpoint): boolean => agencyOnly.has(ep);

/** Endpoints that take either token: an agency connection calls them with its own token. */
const eitherToken = new Set<Endpoint>();
export const markEitherToken = (ep: Endpoint): Endpoint => {
  eitherToken.add(ep);
  return ep;
};
/** On an agency connection: call with the agency token itself (else a location token is used). */
export const usesAgencyToken = (ep: Endpoint): boolean => agencyOnly.has(ep) || eitherToken.has(ep);

/**
 * The OAuth scopes a connection asks for, sorted and without repeats: a sub-account
 * (location) connection asks for what the location endpoints need; an agency connection for
 * everything, agency-only endpoints included (and the location-token exchange).
 */
export const requiredScopes = (kind: 'location' | 'agency' = 'location'): string[] =>
  [...new Set(registry.filter((e) => kind === 'agency' || !agencyOnly.has(e)).flatMap((e) => e.scopes))].sort();

/** The `{name}` placeholders of a path template, in order. */
export const pathParams = (path: string): string[] =>
  [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
