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
}

const registry: Endpoint[] = [];

export function endpoint(method: HttpMethod, path: string, version: ApiVersion, scopes: readonly string[]): Endpoint {
  const found = registry.find((e) => e.method === method && e.path === path);
  if (found) {
    // Two modules may declare the same endpoint; they must agree, or one of them is wrong.
    if (found.version !== version || found.scopes.join(' ') !== [...scopes].join(' ')) {
      throw new Error(`Endpoint ${method} ${path} declared twice with different Version or scopes`);
    }
    return found;
  }
  const ep: Endpoint = Object.freeze({ method, path, version, scopes: Object.freeze([...scopes]) });
  registry.push(ep);
  return ep;
}

/** Every endpoint declared so far (all modules of the app are loaded by the time this is read). */
export const declaredEndpoints = (): readonly Endpoint[] => registry;

/** The OAuth scopes the app's endpoints need, sorted and without repeats. */
export const requiredScopes = (): string[] =>
  [...new Set(registry.flatMap((e) => e.scopes))].sort();

/** The `{name}` placeholders of a path template, in order. */
export const pathParams = (path: string): string[] =>
  [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
