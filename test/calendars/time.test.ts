import { instantOf, isoFor, isoInZone, isTimeZone, resolveWindow, toMoment, zonedToUtc, type Moment } from '../../src/time';

const m = (v: unknown): Moment => toMoment(v)!;
/** The message a user reads (Zapier's errors carry it as JSON). */
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return (JSON.parse((e as Error).message) as { message: string }).message;
  }
};

describe('time handling', () => {
  test('a value without offset is floating; with an offset or as epoch it is fixed', () => {
    expect(toMoment('2025-03-20 15:00')).toEqual({ utc: Date.UTC(2025, 2, 20, 15), floating: true, dateOnly: false });
    expect(toMoment('2025-03-20')).toEqual({ utc: Date.UTC(2025, 2, 20), floating: true, dateOnly: true });
    expect(toMoment('2025-03-20T15:00:00-05:00')).toEqual({ utc: Date.UTC(2025, 2, 20, 20), floating: false, dateOnly: false });
    expect(toMoment(1742482800000)).toEqual({ utc: 1742482800000, floating: false, dateOnly: false });
    expect(toMoment('next friday')).toBeNull();
  });

  test('wall-clock times are placed in a zone across daylight saving changes', () => {
    expect(zonedToUtc(Date.UTC(2025, 0, 15, 9), 'America/Chicago')).toBe(Date.UTC(2025, 0, 15, 15)); // CST -06:00
    expect(zonedToUtc(Date.UTC(2025, 6, 15, 9), 'America/Chicago')).toBe(Date.UTC(2025, 6, 15, 14)); // CDT -05:00
    expect(zonedToUtc(Date.UTC(2025, 2, 30, 12), 'Europe/Berlin')).toBe(Date.UTC(2025, 2, 30, 10)); // CEST, the day it starts
    expect(zonedToUtc(Date.UTC(2025, 5, 1, 9, 30), 'Asia/Kolkata')).toBe(Date.UTC(2025, 5, 1, 4));
  });

  test('ISO 8601 with the zone\'s offset, as the appointment endpoints document it', () => {
    expect(isoInZone(Date.UTC(2025, 2, 20, 20), 'America/Chicago')).toBe('2025-03-20T15:00:00-05:00');
    expect(isoInZone(Date.UTC(2025, 5, 1, 4), 'Asia/Kolkata')).toBe('2025-06-01T09:30:00+05:30');
    expect(isoInZone(Date.UTC(2025, 5, 1, 4), 'UTC')).toBe('2025-06-01T04:00:00+00:00');
    expect(isoFor(m('2025-03-20 15:00'), 'America/Chicago')).toBe('2025-03-20T15:00:00-05:00');
    expect(isoFor(m('2025-03-20T15:00:00+01:00'), 'America/Chicago')).toBe('2025-03-20T09:00:00-05:00');
    expect(isoFor(m('2025-03-20T15:00:00+01:00'))).toBe('2025-03-20T14:00:00.000Z');
  });

  test('a bare end date covers its whole day, in the zone when one is given', () => {
    expect(instantOf(m('2025-03-09'), 'America/New_York', { endOfDay: true })).toBe(Date.UTC(2025, 2, 10, 4) - 1); // a 23-hour day
    expect(instantOf(m('2025-03-09'), undefined, { endOfDay: true })).toBe(Date.UTC(2025, 2, 10) - 1);
  });

  test('time zone names', () => {
    expect(['America/Chicago', 'Europe/Berlin', 'UTC', 'America/Argentina/Buenos_Aires'].filter(isTimeZone)).toHaveLength(4);
    expect(['Mars/Olympus', '+05:30', 'America/Chicago; drop', ''].filter(isTimeZone)).toEqual([]);
  });

  test('windows: defaults around now, a span limit naming the end field', () => {
    const spec = { start: { key: 'from', label: 'From' }, end: { key: 'to', label: 'To' }, before: 1, after: 2, maxDays: 5 };
    const now = Date.now();
    const w = resolveWindow(undefined, undefined, spec);
    expect(w.end - w.start).toBe(3 * 86_400_000);
    expect(Math.abs(w.start - (now - 86_400_000))).toBeLessThan(5_000);
    expect(errorOf(() => resolveWindow(m('2025-03-01'), m('2025-03-06'), spec))).toMatch(/^"To" \(to\) must be at most 5 days after From \(from\)/);
    expect(errorOf(() => resolveWindow(m('2025-03-05'), m('2025-03-05T00:00:00Z'), spec))).toBe('"To" (to) must be after From (from)');
    expect(resolveWindow(m('2025-03-01'), m('2025-03-05'), spec)).toEqual({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 2, 6) - 1 });
  });
});
