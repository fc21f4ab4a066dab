import { seededRandom } from './ids';

/**
 * Fault injection: a share of the (non-OAuth) answers is replaced by a 5xx, and every such answer
 * can be delayed. The fault is decided BEFORE the route runs, so a faulted request performs no
 * write at all. A real 5xx gives no such promise (HighLevel may have created the record before
 * failing), which is why the client must still never repeat a POST after a 5xx.
 * With a seed the sequence of faults is the same on every run.
 */

export interface FaultConfig {
  errorRate: number;
  latencyMs?: number;
  statuses?: number[];
  seed?: number;
}

const DEFAULT_STATUSES = [500, 502, 503];

const MESSAGES: Record<number, string> = {
  500: 'Internal server error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export class FaultInjector {
  private config: FaultConfig | undefined;
  private random: () => number = Math.random;

  constructor(config?: FaultConfig) {
    this.set(config);
  }

  set(config: FaultConfig | undefined): void {
    if (config) {
      if (!(config.errorRate >= 0 && config.errorRate <= 1)) throw new Error('faults.errorRate must be between 0 and 1');
      const bad = (config.statuses ?? []).find((s) => !(Number.isInteger(s) && s >= 500 && s <= 599));
      if (bad !== undefined) throw new Error(`faults.statuses must be 5xx codes, got ${bad}`);
    }
    this.config = config;
    this.random = config?.seed !== undefined ? seededRandom(config.seed) : Math.random;
  }

  get latencyMs(): number {
    return this.config?.latencyMs ?? 0;
  }

  /** The replacement answer for this request, or undefined to let it through. */
  decide(): { status: number; message: string } | undefined {
    const c = this.config;
    if (!c || c.errorRate <= 0) return undefined;
    if (this.random() >= c.errorRate) return undefined;
    const statuses = c.statuses?.length ? c.statuses : DEFAULT_STATUSES;
    const status = statuses[Math.floor(this.random() * statuses.length)] ?? 500;
    return { status, message: MESSAGES[status] ?? 'Internal server error' };
  }
}
