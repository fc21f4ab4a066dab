import { z } from 'zod';
import { clock } from './clock';
import { invalidInput } from './errors';
import { parseDateTime, REQUIRED, spec, type Base, type FieldSpec } from './fields';

/**
 * Time as people write it and as each HighLevel endpoint wants it.
 *
 * Inputs accept what `parseDateTime` accepts (ISO 8601 with or without offset, Zapier's datetime
 * values, RFC 2822, epoch seconds or ms). A value without an offset ("2025-03-20 15:00", or a
 * bare date) is "floating": it is read in the step's Time Zone when the step has one, else in UTC.
 * Each endpoint then gets the form it documents: ISO 8601 strings for appointments and block
 * slots (with the time zone's offset when one is given), epoch milliseconds for free slots and
 * event ranges. Outputs keep HighLevel's ISO strings (with their offset) unchanged; epoch numbers
 * become ISO 8601 in UTC.
 */

/** The app's clock (src/clock.ts), here too for the modules that already read it from here. */
export { clock };

export const DAY_MS = 86_400_000;

/** A moment as the user wrote it. */
export interface Moment {
  /** Epoch ms, a value without offset read as UTC. */
  utc: number;
  /** No offset was given, so a time zone may place it. */
  floating: boolean;
  /** Only a date was given (YYYY-MM-DD). */
  dateOnly: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const FLOATING = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?$/i;
const EXAMPLE = 'such as 2025-03-14T15:00:00-05:00';

export function toMoment(v: unknown): Moment | null {
  const d = parseDateTime(v);
  if (!d) return null;
  const s = typeof v === 'string' ? v.trim() : '';
  return { utc: d.getTime(), floating: FLOATING.test(s), dateOnly: DATE_ONLY.test(s) };
}

/** An IANA time zone name the runtime knows (America/Chicago, Europe/Berlin, UTC). */
export function isTimeZone(tz: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();
const numeric = 'numeric' as const;

/** The zone's offset from UTC at an instant, in ms (negative west of Greenwich). */
export function offsetMs(tz: string, at: number): number {
  let fmt = formats.get(tz);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
      second: numeric,
    });
    formats.set(tz, fmt);
  }
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(at))) p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** The instant at which a wall-clock time (given as if it were UTC) happens in a time zone. */
export function zonedToUtc(wallMs: number, tz: string): number {
  const guess = wallMs - offsetMs(tz, wallMs);
  return wallMs - offsetMs(tz, guess);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 with the zone's offset at that instant, e.g. 2025-03-20T15:00:00-05:00. */
export function isoInZone(ms: number, tz: string): string {
  const off = offsetMs(tz, ms);
  const wall = new Date(ms + off).toISOString().slice(0, 19);
  const minutes = Math.abs(off) / 60_000;
  return `${wall}${off < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * Epoch ms of a moment: a floating value is read in `tz` when given (else UTC). With `endOfDay`
 * a bare date means the last millisecond of that day, so "to 2025-03-31" includes the 31st.
 */
export function instantOf(m: Moment, tz?: string, opts: { endOfDay?: boolean } = {}): number {
  const place = (wall: number) => (m.floating && tz ? zonedToUtc(wall, tz) : wall);
  return m.dateOnly && opts.endOfDay ? place(m.utc + DAY_MS) - 1 : place(m.utc);
}

/** The ISO 8601 string an appointment endpoint takes: in the time zone's offset when given, else UTC. */
export const isoFor = (m: Moment, tz?: string): string => {
  const ms = instantOf(m, tz);
  return tz ? isoInZone(ms, tz) : new Date(ms).toISOString();
};

/** HighLevel time values for output: ISO strings pass unchanged (with their offset), epoch numbers become ISO. */
export function isoOut(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v).toISOString();
  if (typeof v === 'string' && v.trim()) {
    const s = v.trim();
    return /^\d{13}$/.test(s) ? new Date(Number(s)).toISOString() : s;
  }
  return null;
}

/** Epoch ms of a HighLevel time value, for sorting; unknown values sort last. */
export function epochOf(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return Number.NEGATIVE_INFINITY;
  const d = parseDateTime(v);
  return d ? d.getTime() : Number.NEGATIVE_INFINITY;
}

/* ----------------------------------------------------------------------------------------- */
/* Field kinds                                                                                  */
/* ----------------------------------------------------------------------------------------- */

type Req = Base & { required: true };
type Opt = Base & { required?: false };

/** A date-time input kept with its form (floating or not), placed later with the step's time zone. */
function moment(o: Req): FieldSpec<Moment>;
function moment(o: Opt): FieldSpec<Moment | undefined>;
function moment(o: Base & { required?: boolean }) {
  return spec(
    o,
    { type: 'datetime' },
    z
      .unknown()
      .refine((v) => v !== undefined, { error: REQUIRED })
      .transform((v, c) => {
        const m = toMoment(v);
        if (!m) {
          c.addIssue({ code: 'custom', message: `must be a date and time ${EXAMPLE}, got "${String(v)}"` });
          return z.NEVER;
        }
        return m;
      }),
  );
}

/** An IANA time zone name, validated before any request. */
function timeZone(o: Opt): FieldSpec<string | undefined> {
  return spec(
    { placeholder: 'America/Chicago', ...o },
    { type: 'string' },
    z
      .string({ error: (iss) => (iss.input === undefined ? REQUIRED : 'must be a time zone name') })
      .refine(isTimeZone, { error: (iss) => `must be a time zone name such as America/Chicago or Europe/Berlin, got "${String(iss.input)}"` }),
  );
}

export const t = { moment, timeZone };

/* ----------------------------------------------------------------------------------------- */
/* Ranges                                                                                       */
/* ----------------------------------------------------------------------------------------- */

export interface FieldRef {
  key: string;
  label: string;
}

/** An end that is not after its start is refused before any request, naming the end field. */
export function requireAfter(startMs: number, endMs: number, start: FieldRef, end: FieldRef): void {
  if (endMs <= startMs) throw invalidInput(end, `must be after ${start.label} (${start.key})`);
}

export interface WindowSpec {
  start: FieldRef;
  end: FieldRef;
  /** Defaults: an empty start is `before` days ago; an empty end is `after` days after the start (or now). */
  before: number;
  after: number;
  /** HighLevel's longest range, where it has one (free slots: 31 days). */
  maxDays?: number;
}

/**
 * A time window in epoch ms from two optional inputs: an empty start is `before` days ago, an
 * empty end `after` days after the start given (or after now). A bare end date covers its whole
 * day. An end not after its start, or a span over HighLevel's limit, is refused naming the end.
 */
export function resolveWindow(
  start: Moment | undefined,
  end: Moment | undefined,
  w: WindowSpec,
  tz?: string,
): { start: number; end: number } {
  const now = clock.now();
  const s = start ? instantOf(start, tz) : now - w.before * DAY_MS;
  const e = end ? instantOf(end, tz, { endOfDay: true }) : (start ? s : now) + w.after * DAY_MS;
  requireAfter(s, e, w.start, w.end);
  if (w.maxDays && e - s > w.maxDays * DAY_MS) {
    throw invalidInput(w.end, `must be at most ${w.maxDays} days after ${w.start.label} (${w.start.key}): HighLevel answers at most ${w.maxDays} days at a time`);
  }
  return { start: s, end: e };
}
