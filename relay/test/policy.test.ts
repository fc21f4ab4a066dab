import { decide, retryAfterMs } from '../policy';

const cfg = { retryBaseMs: 1000, retryMaxDelayMs: 60_000, retryHorizonMs: 3_600_000, maxAttempts: 10 };
const t0 = 1_700_000_000_000;

describe('delivery policy', () => {
  test('2xx is delivered, 410 unsubscribes, other 4xx are dead at once', () => {
    expect(decide({ status: 200 }, 1, t0, t0, cfg)).toEqual({ action: 'delivered' });
    expect(decide({ status: 204 }, 3, t0, t0, cfg)).toEqual({ action: 'delivered' });
    expect(decide({ status: 410 }, 1, t0, t0, cfg)).toEqual({ action: 'unsubscribe' });
    expect(decide({ status: 400 }, 1, t0, t0, cfg)).toEqual({ action: 'dead', reason: 'target answered 400' });
    expect(decide({ status: 404 }, 1, t0, t0, cfg)).toEqual({ action: 'dead', reason: 'target answered 404' });
    expect(decide({ status: 301 }, 1, t0, t0, cfg)).toEqual({ action: 'dead', reason: 'target answered 301' });
  });

  test('5xx, 408 and no answer back off exponentially with equal jitter, capped', () => {
    const low = () => 0;
    const high = () => 0.999999;
    expect(decide({ status: 500 }, 1, t0, t0, cfg, low)).toEqual({ action: 'retry', at: t0 + 500, reason: 'target answered 500' });
    expect(decide({ status: 500 }, 1, t0, t0, cfg, high)).toEqual({ action: 'retry', at: t0 + 1000, reason: 'target answered 500' });
    expect(decide({ status: 503 }, 4, t0, t0, cfg, low)).toEqual({ action: 'retry', at: t0 + 4000, reason: 'target answered 503' });
    expect(decide({ status: 408 }, 2, t0, t0, cfg, low)).toEqual({ action: 'retry', at: t0 + 1000, reason: 'target answered 408' });
    expect(decide({}, 3, t0, t0, cfg, high)).toEqual({ action: 'retry', at: t0 + 4000, reason: 'no answer' });
    // 2^9 s would be 512 s: capped at 60 s.
    expect(decide({ status: 502 }, 9, t0, t0, { ...cfg, maxAttempts: 20 }, high)).toEqual({ action: 'retry', at: t0 + 60_000, reason: 'target answered 502' });
  });

  test('429 waits for Retry-After (seconds or HTTP date), at least 1 s, at most the cap; backoff without it', () => {
    expect(decide({ status: 429, retryAfter: '7' }, 1, t0, t0, cfg)).toEqual({ action: 'retry', at: t0 + 7000, reason: 'target answered 429' });
    expect(decide({ status: 429, retryAfter: '0' }, 1, t0, t0, cfg)).toEqual({ action: 'retry', at: t0 + 1000, reason: 'target answered 429' });
    expect(decide({ status: 429, retryAfter: '86400' }, 1, t0, t0, cfg)).toEqual({ action: 'retry', at: t0 + 60_000, reason: 'target answered 429' });
    const date = new Date(t0 + 30_000).toUTCString();
    expect(decide({ status: 429, retryAfter: date }, 1, t0, t0, cfg)).toEqual({ action: 'retry', at: t0 + 30_000, reason: 'target answered 429' });
    expect(decide({ status: 429 }, 2, t0, t0, cfg, () => 0)).toEqual({ action: 'retry', at: t0 + 1000, reason: 'target answered 429' });
    expect(retryAfterMs('soon', t0)).toBeUndefined();
  });

  test('dead-letter after the last attempt or past the retry horizon', () => {
    expect(decide({ status: 500 }, 10, t0, t0, cfg)).toEqual({ action: 'dead', reason: 'target answered 500; 10 attempts' });
    const late = t0 + 3_600_000 - 100;
    expect(decide({ status: 500 }, 2, t0, late, cfg, () => 0)).toEqual({ action: 'dead', reason: 'target answered 500; retry horizon passed' });
  });
});
