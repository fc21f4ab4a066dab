/**
 * The retry policy as a pure function: what one delivery attempt's outcome means. The worker only
 * executes these decisions, so the rules are tested on their own (test/policy.test.ts).
 */
export interface AttemptOutcome {
  /** HTTP status, or undefined when no answer came (network error, timeout). */
  status?: number;
  retryAfter?: string;
}

export interface PolicyConfig {
  retryBaseMs: number;
  retryMaxDelayMs: number;
  retryHorizonMs: number;
  maxAttempts: number;
}

export type Decision =
  | { action: 'delivered' }
  | { action: 'unsubscribe' }
  | { action: 'retry'; at: number; reason: string }
  | { action: 'dead'; reason: string };

/** Retry-After: delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * attempt: the number of the attempt that just ended (1 = first). firstAt: when the first attempt
 * was due. random: [0, 1) for the jitter (injected for tests).
 */
export function decide(
  outcome: AttemptOutcome, attempt: number, firstAt: number, now: number, cfg: PolicyConfig, random: () => number = Math.random,
): Decision {
  const { status } = outcome;
  if (status !== undefined && status >= 200 && status < 300) return { action: 'delivered' };
  if (status === 410) return { action: 'unsubscribe' };
  const retryable = status === undefined || status === 408 || status === 429 || status >= 500;
  if (!retryable) return { action: 'dead', reason: `target answered ${status}` };
  const reason = status === undefined ? 'no answer' : `target answered ${status}`;
  if (attempt >= cfg.maxAttempts) return { action: 'dead', reason: `${reason}; ${attempt} attempts` };
  // Exponential backoff with "equal jitter": half fixed, half random, capped.
  const exp = Math.min(cfg.retryMaxDelayMs, cfg.retryBaseMs * 2 ** (attempt - 1));
  let delay = exp / 2 + (exp / 2) * random();
  if (status === 429) {
    const wait = retryAfterMs(outcome.retryAfter, now);
    if (wait !== undefined) delay = Math.min(Math.max(wait, 1000), cfg.retryMaxDelayMs);
  }
  const at = now + Math.round(delay);
  if (at > firstAt + cfg.retryHorizonMs) return { action: 'dead', reason: `${reason}; retry horizon passed` };
  return { action: 'retry', at, reason };
}
