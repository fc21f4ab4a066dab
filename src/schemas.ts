import { z, type ZodType } from 'zod';
import { errors } from 'zapier-platform-core';

/**
 * Shapes of the small answers that are not records (`{ success }`, `{ count }`, envelopes), from
 * the official spec (../shared/ghl-api/apps/*.json); every record is a table (src/record-table.ts,
 * src/records/*). Loose objects: HighLevel adds fields freely and an unknown field must never fail
 * a Zap, but a missing envelope must.
 */

/**
 * Parse a response with a shape; a mismatch is HighLevel answering something unexpected,
 * reported as such (with where it broke), never as a crash deeper in the mapping.
 */
export function parseResponse<T>(schema: ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw unexpectedResponse(what, issue?.path.join('.') ?? '', issue?.message ?? 'invalid shape');
}

/** The error of an answer the app cannot work with (`where`: the path in the answer, if any). */
export function unexpectedResponse(what: string, where: string, message: string): Error {
  const at = where ? ` at "${where}"` : '';
  return new errors.Error(`HighLevel answered ${what} with an unexpected response${at}: ${message}.`, 'UnexpectedResponse', 502);
}

/** `{ [key]: T[] }` envelopes, the usual list answer; a missing list counts as empty. */
export const listOf = <T>(key: string, item: ZodType<T>) =>
  z.object({ [key]: z.array(item).nullish() }).transform((o) => ((o as Record<string, T[] | null | undefined>)[key] ?? []) as T[]);

/** `{ [key]: T }` envelopes, the usual single-record answer. */
export const oneOf = <T>(key: string, item: ZodType<T>) =>
  z.object({ [key]: item }).transform((o) => (o as Record<string, T>)[key] as T);

/** A mailing address on one line ("3535 1st St N, Dolomite, AL 35061, US"), or null when empty. */
export function oneLineAddress(a: Partial<Record<'street' | 'city' | 'state' | 'postalCode' | 'country', unknown>>): string | null {
  const line = [a.street, a.city, [a.state, a.postalCode].filter(Boolean).join(' '), a.country]
    .filter((p) => p && String(p).trim())
    .join(', ');
  return line || null;
}
