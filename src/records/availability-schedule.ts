import { z } from 'zod';
import { userField } from '../common-fields';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, REQUIRED, type FieldSpec } from '../fields';
import { lineItemGroup } from '../line-items';
import { defineRecord, isRecord, readAs, t, wrong, type Coercion } from '../record-table';
import { succeededOf } from './result';
import { field } from './step-input';

/**
 * Availability schedules (calendars.json `/calendars/schedules`, Version 2021-04-15): a user's
 * working hours, as weekday rules (`type: wday`, `day`) and date rules (`type: date`, `date`,
 * e.g. a holiday's shorter hours), each with HH:MM intervals, in the schedule's time zone; the
 * calendars it applies to are `calendarIds`. The label noun is "Availability Schedule" (the
 * spec's summaries say "user availability schedule"). Answers carry the record under
 * `schedule`, lists under `schedules`. Every list needs the user (`userId` is required by the
 * search), so the Availability Schedule dropdown lists the schedules of the User picked in the
 * same step.
 */
export const V = '2021-04-15' as const;
export const searchSchedulesEndpoint = endpoint('GET', '/calendars/schedules/search', V, ['calendars.readonly']);

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
type Day = (typeof DAYS)[number];
const SHORT: Record<Day, string> = { monday: 'Mon', tuesday: 'Tue', wednesday: 'Wed', thursday: 'Thu', friday: 'Fri', saturday: 'Sat', sunday: 'Sun' };

/** "Mon 08:00-12:00, 13:00-17:00; Tue ..." from the rules of one type (weekdays in week order, dates in date order). */
const rulesText = (type: 'wday' | 'date'): Coercion<string | null> => ({
  empty: null,
  read: (v) => {
    if (!Array.isArray(v)) return wrong(v);
    const lines = v
      .filter(isRecord)
      .filter((r) => r.type === type)
      .map((r) => {
        const key = readAs(t.text, type === 'wday' ? r.day : r.date) ?? '';
        const hours = (Array.isArray(r.intervals) ? r.intervals : []).filter(isRecord).map((i) => `${readAs(t.text, i.from) ?? '?'}-${readAs(t.text, i.to) ?? '?'}`);
        return { key, text: `${type === 'wday' ? (SHORT[key as Day] ?? key) : key} ${hours.length ? hours.join(', ') : 'unavailable'}` };
      })
      .sort((a, b) => (type === 'wday' ? DAYS.indexOf(a.key as Day) - DAYS.indexOf(b.key as Day) : a.key.localeCompare(b.key)));
    return { value: lines.length ? lines.map((l) => l.text).join('; ') : null };
  },
});

export const availabilityScheduleTable = defineRecord(
  {
    id: { label: 'Availability Schedule ID', type: t.text, sample: 'IkqiJlXJ7o9h61tCHHod' },
    name: { label: 'Name', type: t.text, sample: 'Front desk hours' },
    userId: { label: 'User ID', type: t.text, sample: 'UsR7vQ3kx8T2mN4pL0aB' },
    timezone: { label: 'Time Zone', type: t.text, sample: 'America/Chicago' },
    weeklyHours: { label: 'Weekly Hours', type: rulesText('wday'), from: 'rules', sample: 'Mon 08:00-12:00, 13:00-17:00; Tue 08:00-12:00, 13:00-17:00' },
    dateHours: { label: 'Hours on Specific Dates', type: rulesText('date'), from: 'rules', sample: '2025-12-24 09:00-12:00' },
    calendarIds: { label: 'Calendar IDs', type: t.strings, sample: ['WvVX9LpvlBO6K506xLbp'] },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    deleted: { label: 'Deleted', type: t.boolean, sample: false },
    dateAdded: { label: 'Created At', type: t.datetime, sample: '2025-01-15T10:30:00.000Z' },
    dateUpdated: { label: 'Updated At', type: t.datetime, sample: '2025-01-20T14:45:00.000Z' },
  },
  { name: 'availability schedule' },
);

export const availabilityScheduleList = availabilityScheduleTable.list('schedules');
export const availabilityScheduleOutputs = { records: availabilityScheduleList, ...availabilityScheduleTable.outputs };
export const availabilityScheduleRecord = availabilityScheduleTable.one('schedule', 'the availability schedule', { bare: true });
export const availabilityScheduleAnswer = availabilityScheduleTable.answer('schedule', 'the availability schedule', { bare: true });
export const availabilityScheduleShape = availabilityScheduleTable.shape;

/** The schedule's owner: required by the search, and what the Availability Schedule dropdown lists by. */
export const scheduleUserField = (helpText: string) => userField('User', helpText, true);

export const availabilityScheduleField = (helpText: string) =>
  f.id({ label: 'Availability Schedule', required: true, dynamic: 'availabilityScheduleDropdown.id.name', search: 'findAvailabilitySchedule.id', helpText });

/** The user whose schedules the Availability Schedule dropdown of a step lists (not sent). */
export const dropdownUserInput = {
  userId: userField('Schedule Owner', 'The user whose schedules the Availability Schedule dropdown lists (HighLevel lists schedules per user). Only used to fill the dropdown; leave blank when mapping an ID.'),
};

/* ------------------------------ the rules as Zap inputs ------------------------------ */

export interface ScheduleRule {
  type: 'wday' | 'date';
  day?: Day;
  date?: string;
  intervals: { from: string; to: string }[];
}

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const dayOf = (s: string): Day | undefined => DAYS.find((d) => d === s.toLowerCase() || d.slice(0, 3) === s.toLowerCase() || d.slice(0, 2) === s.toLowerCase());
/** "9:00" -> "09:00" (HighLevel's examples are zero-padded). */
const pad = (s: string) => (s.length === 4 ? `0${s}` : s);

const CHILDREN = [
  { key: 'day', label: 'Day or Date', required: true, type: 'string', helpText: 'A weekday (e.g. `monday` or `Mon`), repeating every week, or a date (e.g. `2025-12-24`) for that day only.' },
  { key: 'from', label: 'From', required: true, type: 'string', helpText: 'Start of the available time, 24-hour HH:MM, e.g. 09:00.' },
  { key: 'to', label: 'To', required: true, type: 'string', helpText: 'End of the available time, 24-hour HH:MM, after From, e.g. 17:00.' },
] as const;

/** One row, or what is wrong with it in words naming the row and the column. */
function readRow(raw: unknown, row: number): { key: string; rule: Omit<ScheduleRule, 'intervals'>; interval: { from: string; to: string } } | string {
  const at = `row ${row}`;
  if (!isRecord(raw)) return `${at} must have a Day or Date, From and To`;
  const day = typeof raw.day === 'string' ? raw.day.trim() : '';
  if (!day) return `${at}: Day or Date is required`;
  const weekday = dayOf(day);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : undefined;
  if (!weekday && !date) return `${at}: Day or Date must be a weekday such as monday or a date such as 2025-12-24, got "${day}"`;
  const times: string[] = [];
  for (const col of ['from', 'to'] as const) {
    const label = col === 'from' ? 'From' : 'To';
    const v = typeof raw[col] === 'string' ? String(raw[col]).trim() : '';
    if (!v) return `${at}: ${label} is required`;
    if (!HHMM.test(v)) return `${at}: ${label} must be a time such as 09:00 (24-hour HH:MM), got "${v}"`;
    times.push(pad(v));
  }
  const [from, to] = times as [string, string];
  if (to <= from) return `${at}: To (${to}) must be after From (${from})`;
  return weekday ? { key: weekday, rule: { type: 'wday', day: weekday }, interval: { from, to } } : { key: date!, rule: { type: 'date', date: date! }, interval: { from, to } };
}

/**
 * The Hours line-item group: one row per available time range; rows of the same weekday or date
 * become one rule with several intervals (e.g. 08:00-12:00 and 13:00-17:00 on Monday). A row left
 * completely empty (Zapier's editor keeps a trailing one) is dropped.
 */
export function hoursField(helpText: string, required: true): FieldSpec<ScheduleRule[]>;
export function hoursField(helpText: string, required: false): FieldSpec<ScheduleRule[] | undefined>;
export function hoursField(helpText: string, required: boolean): FieldSpec<ScheduleRule[] | undefined> {
  const schema = () =>
    z.unknown().transform((v, c): ScheduleRule[] | undefined => {
      const rows = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((r) => !(isRecord(r) && Object.values(r).every(blank)));
      if (!rows.length) {
        if (!required) return undefined;
        c.addIssue({ code: 'custom', message: v === undefined ? REQUIRED : 'needs at least one row with a day, a start and an end time' });
        return z.NEVER;
      }
      const rules = new Map<string, ScheduleRule>();
      for (const [i, raw] of rows.entries()) {
        const r = readRow(raw, i + 1);
        if (typeof r === 'string') {
          c.addIssue({ code: 'custom', message: r });
          return z.NEVER;
        }
        const rule = rules.get(r.key) ?? { ...r.rule, intervals: [] };
        rule.intervals.push(r.interval);
        rules.set(r.key, rule);
      }
      return [...rules.values()].map((r) => ({ ...r, intervals: [...r.intervals].sort((a, b) => a.from.localeCompare(b.from)) }));
    });
  return lineItemGroup({ label: 'Hours', helpText, required }, CHILDREN, schema);
}

/* ------------------------------ applying a schedule to a calendar ------------------------------ */

/** What Add Calendar To / Remove Calendar From Availability Schedule share: inputs, the path, the `{ success }` answer. */
export const calendarLink = (verb: 'add' | 'remove') => ({
  inputs: {
    availabilityScheduleId: availabilityScheduleField(`The schedule. Pick one (after choosing its Schedule Owner below), or map an Availability Schedule ID.`),
    calendarId: f.id({
      label: 'Calendar', required: true, dynamic: 'calendarDropdown.id.name',
      helpText: verb === 'add' ? 'The calendar that should book by this schedule (of the same location). Pick one, or map a Calendar ID.' : 'The calendar that should no longer book by this schedule. Pick one, or map a Calendar ID.',
    }),
    ...dropdownUserInput,
  },
  request: ({ availabilityScheduleId }: { availabilityScheduleId: string }) => ({ path: { id: availabilityScheduleId } }),
  output: (body: unknown, { input }: { input: { availabilityScheduleId: string; calendarId: string } }) => ({ availabilityScheduleId: input.availabilityScheduleId, calendarId: input.calendarId, succeeded: succeededOf(body) }),
  sample: { availabilityScheduleId: 'IkqiJlXJ7o9h61tCHHod', calendarId: 'WvVX9LpvlBO6K506xLbp', succeeded: true },
  outputFields: [
    { key: 'availabilityScheduleId', label: 'Availability Schedule ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' as const },
  ],
});

/**
 * The spec allows schedule time zones of one Area/City pair only (`^[A-Za-z_]+/[A-Za-z_]+$`):
 * a zone of the list such as America/Argentina/Buenos_Aires or Etc/GMT+5 is refused naming the
 * field before any request, instead of HighLevel's 422.
 */
export function scheduleZone(tz: string | undefined): string | undefined {
  if (tz !== undefined && !/^[A-Za-z_]+\/[A-Za-z_]+$/.test(tz)) {
    throw invalidInput(field('timezone', 'Time Zone'), `must be an Area/City time zone such as America/Chicago (HighLevel's schedules take no other form), got "${tz}"`);
  }
  return tz;
}
