/**
 * HighLevel's API v2 limits, per app and location (docs/oauth/Authorization.md): a burst of
 * `max` requests per `windowMs` (100 per 10 s) and 200,000 a day.
 *
 * The burst window is a FIXED window per location: it opens with the first request after the
 * previous one closed and admits `max` requests until `windowMs` has passed. A refused request
 * (429) does not count. Retry-After is the whole seconds until the window closes (at least 1).
 * The daily quota (UTC day) is reported in the headers only, never enforced.
 */

export interface RateLimitConfig {
  max: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { max: 100, windowMs: 10_000 };
export const DAILY_LIMIT = 200_000;

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
  /** Seconds, when refused. */
  retryAfter?: number;
}

interface Window {
  start: number;
  count: number;
  day: string;
  dayCount: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  /** `false` turns the burst limit off (the headers then always show the full allowance). */
  constructor(private readonly config: RateLimitConfig | false) {}

  private get shown(): RateLimitConfig {
    return this.config || DEFAULT_RATE_LIMIT;
  }

  /** Headers for an answer not counted against any location (OAuth, 401, unknown route). */
  idleHeaders(): Record<string, string> {
    return this.headers(this.shown.max, DAILY_LIMIT);
  }

  private headers(remaining: number, dailyRemaining: number): Record<string, string> {
    return {
      'X-RateLimit-Max': String(this.shown.max),
      'X-RateLimit-Remaining': String(Math.max(0, remaining)),
      'X-RateLimit-Interval-Milliseconds': String(this.shown.windowMs),
      'X-RateLimit-Limit-Daily': String(DAILY_LIMIT),
      'X-RateLimit-Daily-Remaining': String(Math.max(0, dailyRemaining)),
    };
  }

  /** Counts one request of a location, or refuses it. */
  take(locationId: string, now = Date.now()): RateDecision {
    const day = new Date(now).toISOString().slice(0, 10);
    let w = this.windows.get(locationId);
    if (!w) {
      w = { start: now, count: 0, day, dayCount: 0 };
      this.windows.set(locationId, w);
    }
    if (w.day !== day) {
      w.day = day;
      w.dayCount = 0;
    }
    if (!this.config) {
      w.dayCount++;
      return { allowed: true, headers: this.headers(this.shown.max, DAILY_LIMIT - w.dayCount) };
    }
    if (now >= w.start + this.config.windowMs) {
      w.start = now;
      w.count = 0;
    }
    if (w.count >= this.config.max) {
      const retryAfter = Math.max(1, Math.ceil((w.start + this.config.windowMs - now) / 1000));
      return { allowed: false, retryAfter, headers: this.headers(0, DAILY_LIMIT - w.dayCount) };
    }
    w.count++;
    w.dayCount++;
    return { allowed: true, headers: this.headers(this.config.max - w.count, DAILY_LIMIT - w.dayCount) };
  }
}
