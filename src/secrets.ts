import type { Bundle } from 'zapier-platform-core';

/**
 * Secrets never reach an error message, a log line or returned data, even when HighLevel echoes
 * them back in an error body (a token in "Invalid token: eyJ..."). Every message the app builds
 * from text it did not write passes through `scrub` with the secrets of the step: the access and
 * refresh tokens, the location tokens exchanged in the step, the client secret and an
 * authorization code. Anything shaped like a JWT or a bearer credential is removed as well.
 */

const REDACTED = '[redacted]';
/** Shorter values are not secrets worth matching (and would blank out ordinary words). */
const MIN_SECRET_LENGTH = 8;

/** Location tokens exchanged during a step (src/client.ts adds them), by bundle. */
const stepSecrets = new WeakMap<object, Set<string>>();

export function addStepSecret(bundle: Bundle, secret: string): void {
  let set = stepSecrets.get(bundle);
  if (!set) {
    set = new Set();
    stepSecrets.set(bundle, set);
  }
  set.add(secret);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length >= MIN_SECRET_LENGTH ? v : null);

/** Every secret this step knows of. */
export function secretsOf(bundle: Bundle | undefined): string[] {
  const auth = (bundle?.authData ?? {}) as Record<string, unknown>;
  const input = (bundle?.inputData ?? {}) as Record<string, unknown>;
  const found = [
    auth.access_token,
    auth.refresh_token,
    input.code, // the OAuth authorization code on the token exchange
    process.env.CLIENT_SECRET,
    ...(bundle ? [...(stepSecrets.get(bundle) ?? [])] : []),
  ];
  return [...new Set(found.map(str).filter((s): s is string => s !== null))];
}

const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
const BEARER = /\b(Bearer)\s+[\w~+/-]+(?:\.[\w~+/-]+)*=*/gi;
const FORM_SECRET = /\b(client_secret|refresh_token|access_token|code)=[^&\s"']+/gi;

export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a secret that contains another is removed whole. A short or empty value is
  // no secret (an empty one would put REDACTED between every character of the text).
  for (const s of secrets.filter((v) => v.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length)) out = out.split(s).join(REDACTED);
  return out.replace(JWT, REDACTED).replace(BEARER, `$1 ${REDACTED}`).replace(FORM_SECRET, `$1=${REDACTED}`);
}
