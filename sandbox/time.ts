/** Time-zone arithmetic with Intl only (no dependency): wall-clock parts, offsets, ISO with offset. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      timeZoneName: 'longOffset',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday ... 6 = Saturday, as HighLevel's openHours.daysOfTheWeek. */
  weekday: number;
  /** Minutes east of UTC (Austin in winter: -360). */
  offsetMinutes: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.timeZoneName ?? '');
  const offsetMinutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
    offsetMinutes,
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** "2024-10-28T10:00:00-05:00", the form HighLevel uses for slots and appointment times. */
export function isoInZone(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  const sign = w.offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(w.offsetMinutes);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/** "YYYY-MM-DD" of an instant in a zone. */
export function dateInZone(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The instant at a wall-clock time in a zone (two passes settle DST transitions). */
export function zonedToUtc(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  let guess = naive - wallClock(naive, timeZone).offsetMinutes * 60_000;
  guess = naive - wallClock(guess, timeZone).offsetMinutes * 60_000;
  return guess;
}

/** Epoch ms from "1680373800000" or an ISO string; NaN when neither. */
export function parseInstant(value: string | number): number {
  if (typeof value === 'number') return value;
  if (/^\d+$/.test(value.trim())) return Number(value);
  return Date.parse(value);
}
