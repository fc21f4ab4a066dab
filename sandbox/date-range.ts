import { unprocessable } from './http';
import { parseInstant } from './time';

/**
 * The date filters of the list endpoints (startAt/endAt, startDate/endDate): a day as
 * YYYY-MM-DD (whole UTC days, the end day included), or an exact time (ISO 8601 or epoch ms).
 * A value that is neither is a 422.
 */

const DAY_MS = 24 * 3600 * 1000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a bound stands for: a day's start, or the day after's start for an end day. */
function bound(value: string, name: string, end: boolean): number {
  const m = DAY.exec(value.trim());
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + (end ? DAY_MS : 0) : parseInstant(value);
  if (Number.isNaN(ms)) throw unprocessable([`${name} must be a valid date (YYYY-MM-DD) or ISO 8601 date string`]);
  return ms;
}

export interface RangeBounds {
  /** [name, value] of the start and of the end; an undefined value leaves that side open. */
  start: [name: string, value: string | undefined];
  end: [name: string, value: string | undefined];
}

/** A test of an ISO time against the range: start <= t, and t < end (end day) or t <= end (end time). */
export function dateRange({ start, end }: RangeBounds): (iso: string) => boolean {
  const from = start[1] ? bound(start[1], start[0], false) : -Infinity;
  const exactEnd = end[1] !== undefined && !DAY.test(end[1].trim());
  const to = end[1] ? bound(end[1], end[0], true) : Infinity;
  return (iso) => {
    const t = Date.parse(iso);
    return t >= from && (exactEnd ? t <= to : t < to);
  };
}

/** YYYY-MM-DD of an instant, in UTC. */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
