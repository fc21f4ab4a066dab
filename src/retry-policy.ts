import { limits } from './config';
import type { HttpMethod } from './endpoint';

/**
 * When the shared client sends a request again, as one pure function of what happened, so the
 * rules can be read and tested on their own (test/hardening/retry-policy.test.ts):
 * - 429: HighLevel did not process the request, so any method is sent again after the wait
 *   HighLevel asks for (at least minRateLimitWaitMs), while the waits fit their budget and the
 *   step; otherwise Zapier's ThrottledError with that delay (an hour when the daily quota is spent).
 * - 5xx and network errors: GET, PUT, DELETE and read-only POSTs (searches, the location-token
 *   exchange: `readOnly` on their endpoint records) are retried with backoff; a POST that writes is
 *   retried only when the request never left (connection refused, DNS), so nothing is created twice.
 * - A wait is started only when the retry still has requestReserveMs of the step after it.
 */

/** Methods that may be repeated after a 5xx without changing the outcome. */
const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT', 'DELETE']);
/** Network errors where the request never reached HighLevel, so even a writing POST may be sent again. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

export type Outcome =
  | { kind: 'status'; status: number; rateLimitWaitMs: number | null; dailyQuotaSpent: boolean }
  | { kind: 'network'; code: string };

export interface RetryState {
  method: HttpMethod;
  readOnly: boolean;
  outcome: Outcome;
  /** Retries so far after 5xx / network errors, and after 429s (with their total wait). */
  serverRetries: number;
  rateLimitRetries: number;
  rateLimitWaitedMs: number;
  /** What is left of the step's budget, in ms. */
  timeLeftMs: number;
  /** 0..1, spreads retries of concurrent steps; 0 in tests. */
  jitter: number;
}

export type RetryDecision =
  | { action: 'retry'; waitMs: number; reason: 'rate limit' | 'server error' | 'network error' }
  | { action: 'throttle'; delaySeconds: number; dailyQuota: boolean }
  /** `repeatable`: sending it again is safe (the user may simply re-run the step). */
  | { action: 'fail'; repeatable: boolean };

/** May this request be sent again after a 5xx or a network error? */
export const repeatable = (method: HttpMethod, readOnly: boolean): boolean => readOnly || IDEMPOTENT.has(method);

export function backoffMs(attempt: number, jitter: number): number {
  const base = limits.backoffMs[Math.min(attempt, limits.backoffMs.length - 1)] ?? 1000;
  return Math.round(base * (1 + 0.25 * jitter));
}

const fitsStep = (waitMs: number, timeLeftMs: number): boolean => waitMs + limits.requestReserveMs < timeLeftMs;

export function retryDecision(s: RetryState): RetryDecision {
  const o = s.outcome;
  if (o.kind === 'status' && o.status === 429) {
    if (o.dailyQuotaSpent) return { action: 'throttle', delaySeconds: 3600, dailyQuota: true };
    // Never retry at once (Retry-After: 0, a date in the past): that would hammer HighLevel.
    const wait = o.rateLimitWaitMs === null ? null : Math.max(limits.minRateLimitWaitMs, o.rateLimitWaitMs);
    if (
      wait !== null &&
      s.rateLimitRetries < limits.maxRateLimitRetries &&
      s.rateLimitWaitedMs + wait <= limits.rateLimitWaitBudgetMs &&
      fitsStep(wait, s.timeLeftMs)
    ) {
      return { action: 'retry', waitMs: wait, reason: 'rate limit' };
    }
    const delaySeconds = Math.max(1, Math.ceil((wait ?? limits.defaultThrottleDelaySeconds * 1000) / 1000));
    return { action: 'throttle', delaySeconds, dailyQuota: false };
  }
  const safe = repeatable(s.method, s.readOnly) || (o.kind === 'network' && NOT_SENT_CODES.has(o.code));
  const retryable = o.kind === 'network' || o.status >= 500;
  if (!retryable) return { action: 'fail', repeatable: safe };
  const wait = backoffMs(s.serverRetries, s.jitter);
  if (safe && s.serverRetries < limits.maxServerErrorRetries && fitsStep(wait, s.timeLeftMs)) {
    return { action: 'retry', waitMs: wait, reason: o.kind === 'network' ? 'network error' : 'server error' };
  }
  return { action: 'fail', repeatable: safe };
}
