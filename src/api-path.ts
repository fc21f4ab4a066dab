import { invalidInput } from './errors';
import { CONTROL, isDotSegment, LONE_SURROGATE } from './path-safety';

/**
 * The path an API Request step may call: relative to the HighLevel API host and unable to leave
 * it or climb out of the path it names. Everything that could (a URL with a scheme, `//host`,
 * backslashes, dot segments in any encoding, encoded separators, control characters, fragments)
 * is refused with an error naming the field, before any request. HighLevel's own paths hold
 * only letters, digits, `-`, `_`, `.` and `/`, so nothing legitimate is lost.
 */

export interface PathField {
  key: string;
  label: string;
}

export interface CheckedPath {
  /** Starts with one `/`, every character URL-safe; `{locationId}` already replaced. */
  path: string;
  /** Parameters written after a `?` in the path. */
  query: Record<string, string | string[]>;
}

/** The one placeholder a path may hold: the step's location (the connection's, or the one picked). */
export const LOCATION_PLACEHOLDER = '{locationId}';

/** Characters a path may carry as they are (RFC 3986 pchar and `/`); anything else is percent-encoded. */
const SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@%/]/;

/**
 * Decode %XX escapes byte by byte, again and again (double encoding such as %252e), so that a
 * segment is judged by what any server along the way could end up reading.
 */
function decodeFully(segment: string): string {
  let s = segment;
  for (let i = 0; i < 10; i++) {
    const next = s.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === s) break;
    s = next;
  }
  return s;
}

const isUtf8 = (s: string): boolean => {
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};

/**
 * Check and normalise the path of an API Request. `location` is asked for only when the path
 * holds `{locationId}` (it throws its own error naming the Location field when there is none).
 */
export function checkApiPath(raw: string, field: PathField, location: () => string): CheckedPath {
  const refuse = (problem: string): never => {
    throw invalidInput(field, problem);
  };
  const input = raw.trim();
  if (!input) refuse('is required');
  if (CONTROL.test(input)) refuse('must not contain control characters (line breaks, tabs and the like)');
  if (LONE_SURROGATE.test(input)) refuse('contains an invalid character (a broken Unicode surrogate); copy the path again');
  if (input.includes('#')) refuse('must not contain a fragment ("#..."): HighLevel never sees it');
  if (input.includes('\\')) refuse('must not contain backslashes; use "/" between the parts of the path');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(input)) {
    refuse('must be a path on the HighLevel API such as /contacts/abc123, not a full URL: the API host is always added by the app');
  }
  if (input.startsWith('//')) refuse('must not start with "//" (that names another host); write one "/" then the path, e.g. /contacts/abc123');
  const q = input.indexOf('?');
  let path = q === -1 ? input : input.slice(0, q);
  const queryText = q === -1 ? '' : input.slice(q + 1);
  if (!path.startsWith('/')) path = `/${path}`;
  if (/%(?![0-9A-Fa-f]{2})/.test(path)) refuse('has a "%" that is not followed by two hexadecimal digits (write a literal % as %25)');
  const placeholder = /\{([^}]*)\}/.exec(path.split(LOCATION_PLACEHOLDER).join(''));
  if (placeholder) {
    refuse(`still holds the placeholder "{${placeholder[1]}}": put the value in its place (for example the ID mapped from an earlier step)`);
  }
  const segments = path.split('/').slice(1);
  for (const [i, segment] of segments.entries()) {
    if (segment === '' && i < segments.length - 1) refuse('must not contain an empty part ("//")');
    // Overlong or broken UTF-8 (%c0%ae is an old spelling of ".") is never a HighLevel ID.
    if (!isUtf8(segment)) refuse(`has percent-encoding that is not valid UTF-8 (found "${segment}")`);
    const decoded = decodeFully(segment);
    if (isDotSegment(decoded)) refuse(`must not contain "." or ".." parts, in any encoding (found "${segment}")`);
    if (/[/\\]/.test(decoded)) refuse(`must not contain an encoded "/" or "\\" (found "${segment}")`);
    if (CONTROL.test(decoded)) refuse(`must not contain encoded control characters (found "${segment}")`);
  }
  if (path.includes(LOCATION_PLACEHOLDER)) path = path.split(LOCATION_PLACEHOLDER).join(encodeURIComponent(location()));
  const encoded = [...path].map((ch) => (SAFE.test(ch) ? ch : encodeURIComponent(ch))).join('');
  return { path: encoded, query: parseQuery(queryText) };
}

function parseQuery(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
