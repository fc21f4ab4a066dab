import { retryDecision, type RetryState } from '../../src/retry-policy';

/** The retry rules on their own: (attempt, outcome, time left, method/readOnly) -> decision. */

const base: RetryState = {
  method: 'GET',
  readOnly: true,
  outcome: { kind: 'status', status: 503, rateLimitWaitMs: null, dailyQuotaSpent: false },
  serverRetries: 0,
  rateLimitRetries: 0,
  rateLimitWaitedMs: 0,
  timeLeftMs: 20_000,
  jitter: 0,
};
const status = (s: number, rateLimitWaitMs: number | null = null, dailyQuotaSpent = false) => ({ kind: 'status' as const, status: s, rateLimitWaitMs, dailyQuotaSpent });
const decide = (over: Partial<RetryState>) => retryDecision({ ...base, ...over });

test.each([
  ['GET 503, first retry', {}, { action: 'retry', waitMs: 400, reason: 'server error' }],
  ['GET 503, second retry', { serverRetries: 1 }, { action: 'retry', waitMs: 1200, reason: 'server error' }],
  ['GET 503, retries used up', { serverRetries: 2 }, { action: 'fail', repeatable: true }],
  ['GET 503 with jitter', { jitter: 1 }, { action: 'retry', waitMs: 500, reason: 'server error' }],
  ['GET 503, too little of the step left for wait + retry', { timeLeftMs: 3_300 }, { action: 'fail', repeatable: true }],
  ['read-only POST (search) 502', { method: 'POST', readOnly: true, outcome: status(502) }, { action: 'retry', waitMs: 400, reason: 'server error' }],
  ['writing POST 502: never repeated', { method: 'POST', readOnly: false, outcome: status(502) }, { action: 'fail', repeatable: false }],
  ['writing POST, connection refused (never sent)', { method: 'POST', readOnly: false, outcome: { kind: 'network', code: 'ECONNREFUSED' } }, { action: 'retry', waitMs: 400, reason: 'network error' }],
  ['writing POST, reset (may have been sent)', { method: 'POST', readOnly: false, outcome: { kind: 'network', code: 'ECONNRESET' } }, { action: 'fail', repeatable: false }],
  ['PUT timeout', { method: 'PUT', readOnly: false, outcome: { kind: 'network', code: 'ETIMEDOUT' } }, { action: 'retry', waitMs: 400, reason: 'network error' }],
  ['DELETE 500', { method: 'DELETE', readOnly: false, outcome: status(500) }, { action: 'retry', waitMs: 400, reason: 'server error' }],
  ['4xx is final', { outcome: status(422) }, { action: 'fail', repeatable: true }],
  ['429 with Retry-After 2 s, any method', { method: 'POST', readOnly: false, outcome: status(429, 2_000) }, { action: 'retry', waitMs: 2_000, reason: 'rate limit' }],
  ['429 Retry-After 0 waits at least 0.5 s', { outcome: status(429, 0) }, { action: 'retry', waitMs: 500, reason: 'rate limit' }],
  ['429 beyond the 5 s wait budget', { outcome: status(429, 3_000), rateLimitWaitedMs: 3_000 }, { action: 'throttle', delaySeconds: 3, dailyQuota: false }],
  ['429 after 3 retries', { outcome: status(429, 500), rateLimitRetries: 3 }, { action: 'throttle', delaySeconds: 1, dailyQuota: false }],
  ['429 without a hint', { outcome: status(429) }, { action: 'throttle', delaySeconds: 10, dailyQuota: false }],
  ['429 daily quota spent', { outcome: status(429, 1_000, true) }, { action: 'throttle', delaySeconds: 3600, dailyQuota: true }],
  ['429 whose wait does not fit the step', { outcome: status(429, 2_000), timeLeftMs: 4_000 }, { action: 'throttle', delaySeconds: 2, dailyQuota: false }],
])('%s', (_n, over, expected) => {
  expect(decide(over as Partial<RetryState>)).toEqual(expected);
});
