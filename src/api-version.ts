import { declaredEndpoints, type ApiVersion, type Endpoint, type HttpMethod } from './endpoint';

/**
 * The Version header an API Request sends when the step leaves it empty: the Version of the
 * app's own endpoint record for that path (matched against the records' templates); where no
 * record covers the path, the Version of HighLevel's v2 API family the path belongs to; else
 * 2021-07-28. test/api-request/version.test.ts checks this against every endpoint of the specs.
 */
export const DEFAULT_VERSION: ApiVersion = '2021-07-28';

/** Path families (first path segment) that HighLevel's v2 specs serve with 2021-04-15. */
const APRIL_2021_FAMILIES = new Set(['agent-studio', 'calendars', 'conversation-ai', 'conversations', 'knowledge-bases', 'saas', 'saas-api', 'voice-ai']);
/** Single endpoints whose Version differs from their family's. */
const EXCEPTIONS: Record<string, ApiVersion> = { 'GET /links/search': '2021-04-15' };

const trimSlash = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p);

interface Template {
  ep: Endpoint;
  regex: RegExp;
  literals: number;
}

let compiled: { count: number; templates: Template[] } | null = null;

/** Records are compiled once all modules have declared theirs (and again if more appear). */
function templates(): Template[] {
  const eps = declaredEndpoints();
  if (compiled?.count !== eps.length) {
    compiled = {
      count: eps.length,
      templates: eps.map((ep) => {
        const parts = trimSlash(ep.path).split('/');
        const source = parts.map((s) => (/^\{[^}]+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'))).join('/');
        return { ep, regex: new RegExp(`^${source}$`), literals: parts.filter((s) => s && !s.startsWith('{')).length };
      }),
    };
  }
  return compiled.templates;
}

/** Records whose template matches a concrete path, literal segments first (/contacts/search before /contacts/{contactId}). */
function matching(path: string): Endpoint[] {
  const p = trimSlash(path);
  return templates().filter((t) => t.regex.test(p)).sort((a, b) => b.literals - a.literals).map((t) => t.ep);
}

/** The app's endpoint record for this method and concrete path, if it has one. */
export const recordFor = (method: HttpMethod, path: string): Endpoint | undefined => matching(path).find((ep) => ep.method === method);

/** The family's Version for a path no record covers. */
export function familyVersion(method: HttpMethod, path: string): ApiVersion {
  const p = trimSlash(path);
  const exception = EXCEPTIONS[`${method} ${p}`];
  if (exception) return exception;
  const family = p.split('/')[1] ?? '';
  return APRIL_2021_FAMILIES.has(family) ? '2021-04-15' : DEFAULT_VERSION;
}

/** A record of the same method first, then of any method on that path (a Version belongs to the path). */
export const defaultVersion = (method: HttpMethod, path: string): ApiVersion =>
  (recordFor(method, path) ?? matching(path)[0])?.version ?? familyVersion(method, path);
