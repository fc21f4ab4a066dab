import type { AppointmentRecord, CalendarRecord } from './store';
import { isoInZone, wallClock, zonedToUtc } from './time';

/**
 * Free slots of a calendar: its open hours (in the location's time zone), cut into slots of
 * slotDuration every slotInterval, minus what is booked (up to appoinmentPerSlot at once) and
 * minus the past. Answered as HighLevel does: { "2024-10-28": { slots: ["2024-10-28T10:00:00-05:00", ...] } }.
 */

const MINUTE = 60_000;
export const MAX_RANGE_DAYS = 31;

const minutes = (value: number, unit: 'mins' | 'hours') => (unit === 'hours' ? value * 60 : value);
export const slotDurationMs = (c: CalendarRecord) => minutes(c.slotDuration, c.slotDurationUnit) * MINUTE;
const slotIntervalMs = (c: CalendarRecord) => minutes(c.slotInterval || c.slotDuration, c.slotIntervalUnit) * MINUTE;

/** Appointments that take a place in the calendar (cancelled and invalid ones free it). */
const blocking = (a: AppointmentRecord) => a.appointmentStatus !== 'cancelled' && a.appointmentStatus !== 'invalid';

/** The open ranges [start, end) in epoch ms of one local day. */
function openRanges(calendar: CalendarRecord, year: number, month: number, day: number, timeZone: string): [number, number][] {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const out: [number, number][] = [];
  for (const oh of calendar.openHours) {
    if (!oh.daysOfTheWeek.includes(weekday)) continue;
    for (const h of oh.hours) {
      out.push([zonedToUtc(year, month, day, h.openHour, h.openMinute, timeZone), zonedToUtc(year, month, day, h.closeHour, h.closeMinute, timeZone)]);
    }
  }
  return out;
}

function overlapping(booked: readonly AppointmentRecord[], start: number, end: number): number {
  return booked.filter((a) => Date.parse(a.startTime) < end && Date.parse(a.endTime) > start).length;
}

export function freeSlots(
  calendar: CalendarRecord,
  appointments: readonly AppointmentRecord[],
  timeZone: string,
  startMs: number,
  endMs: number,
  nowMs: number,
  slotZone: string = timeZone,
): Record<string, { slots: string[] }> {
  const booked = appointments.filter((a) => a.calendarId === calendar.id && blocking(a));
  const duration = slotDurationMs(calendar);
  const interval = Math.max(slotIntervalMs(calendar), MINUTE);
  const capacity = Math.max(1, calendar.appoinmentPerSlot);
  const first = wallClock(startMs, timeZone);
  const out: Record<string, { slots: string[] }> = {};
  // One local day more than the range covers, so a range ending after midnight is complete.
  for (let i = 0; i <= MAX_RANGE_DAYS + 1; i++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const ranges = openRanges(calendar, y, m, d, timeZone);
    if (zonedToUtc(y, m, d, 0, 0, timeZone) > endMs) break;
    for (const [open, close] of ranges) {
      for (let t = open; t + duration <= close; t += interval) {
        if (t < startMs || t > endMs || t < nowMs) continue;
        if (overlapping(booked, t, t + duration) >= capacity) continue;
        const iso = isoInZone(t, slotZone);
        const key = iso.slice(0, 10);
        (out[key] ??= { slots: [] }).slots.push(iso);
      }
    }
  }
  return out;
}

/** Whether [start, end) lies inside the calendar's open hours and has room (ignoring `exceptId`). */
export function slotAvailable(
  calendar: CalendarRecord,
  appointments: readonly AppointmentRecord[],
  timeZone: string,
  startMs: number,
  endMs: number,
  exceptId?: string,
): boolean {
  const w = wallClock(startMs, timeZone);
  const inHours = openRanges(calendar, w.year, w.month, w.day, timeZone).some(([open, close]) => startMs >= open && endMs <= close);
  if (!inHours) return false;
  const booked = appointments.filter((a) => a.calendarId === calendar.id && a.id !== exceptId && blocking(a));
  return overlapping(booked, startMs, endMs) < Math.max(1, calendar.appoinmentPerSlot);
}
