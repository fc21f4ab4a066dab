/**
 * Values that go into a request path (record IDs, file references, slugs) must stay ONE path
 * segment. URL resolution folds dot segments: `DELETE /contacts/{contactId}/notes/..` becomes
 * `DELETE /contacts/{contactId}/`, which deletes the contact. Percent-encoded dots (`%2e%2E`) are
 * folded too, and a server may decode a value once more before routing, so every decoded form of
 * the value is checked, not only the raw one.
 *
 * Used twice: by the ID field type (src/fields.ts, the error names the field) and by buildPath
 * (src/client.ts), the backstop every request passes through, whatever module built it.
 */

/** Separators and characters that end or escape a path segment. */
const SEPARATORS = /[/\\?#]/;
/** Control characters, C0 and C1 (line breaks, tabs, DEL, ...). Also used by API Request's path check. */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A lone high surrogate (no low one after it) or a lone low surrogate (no high one before it): it cannot be URL-encoded. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const utf8 = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * A (decoded) segment that means "this folder" or "the one above" to some server: `.`, `..`,
 * `..;x` (path parameters), and full-width or other dots that Unicode normalisation turns into
 * them. The one test for dot segments: IDs here, API Request's paths in src/api-path.ts.
 */
export const isDotSegment = (decoded: string): boolean => /^\.+(;.*)?$/.test(decoded) || /^\.+(;.*)?$/.test(utf8(decoded).normalize('NFKC'));

/** The value and the forms it takes after one and two rounds of percent-decoding. */
function decodedForms(value: string): string[] {
  const forms = [value];
  let current = value;
  for (let i = 0; i < 2 && current.includes('%'); i++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return forms; // not valid percent-encoding: it is sent encoded as is, so no further form
    }
    forms.push(current);
  }
  return forms;
}

/**
 * Why a value cannot be one path segment, or null when it can. The reason completes a sentence
 * that starts with the field's name ("Note ID (noteId) must be ...").
 */
export function unsafePathValueReason(value: string): string | null {
  if (value.trim() === '') return 'must not be empty or only spaces';
  if (LONE_SURROGATE.test(value)) return 'contains an invalid character (a broken Unicode surrogate); copy the ID again';
  for (const form of decodedForms(value)) {
    if (isDotSegment(form.trim())) return `must be a HighLevel ID, not "${value}" (a dot segment would change which record the request acts on)`;
    if (SEPARATORS.test(form)) return `must be a HighLevel ID without "/", "\\", "?" or "#", got "${value}"`;
    if (CONTROL.test(form)) return 'must not contain control characters (line breaks, tabs)';
  }
  return null;
}
