import { timeZoneField } from '../choices';
import type { PlainOutputField } from 'zapier-platform-core';
import type { Ctx } from '../client';
import { endpoint } from '../endpoint';
import { f, type InputOf } from '../fields';
import type { Flat } from '../operation';
import { isRecord, kindOf, readAs, t } from '../record-table';
import { unexpectedResponse } from '../schemas';
import { epochOf, resolveWindow, t as time, type WindowSpec } from '../time';
import { calendarField } from './calendar';
import { inputText } from './step-input';

/** Free slots of a calendar: not records but a map of days to start times, one output per slot. */

const V = '2021-04-15' as const;

export const freeSlotsEndpoint = endpoint('GET', '/calendars/{calendarId}/free-slots', V, ['calendars.readonly']);

/** HighLevel answers at most 31 days of slots; empty bounds mean the next 7 days from now. */
export const FREE_SLOT_WINDOW: WindowSpec = {
  start: { key: 'startDate', label: 'From' },
  end: { key: 'endDate', label: 'To' },
  before: 0,
  after: 7,
  maxDays: 31,
};

export const freeSlotInputs = {
  calendarId: calendarField(true, 'The calendar whose free slots to get.'),
  startDate: time.moment({
    label: 'From',
    helpText: 'Start of the range, e.g. 2025-03-20 or 2025-03-20T09:00:00-05:00. A date alone means the start of that day in the Time Zone below. Empty: now.',
  }),
  endDate: time.moment({
    label: 'To',
    helpText: 'End of the range; a date alone includes that whole day. At most 31 days after From (HighLevel\'s limit). Empty: 7 days after From.',
  }),
  timezone: timeZoneField({
    label: 'Time Zone',
    helpText: 'Time zone of the slots HighLevel returns, and of dates and times above written without an offset. Empty: HighLevel\'s default (the calendar\'s), dates read in UTC.',
  }),
  userId: f.id({ label: 'User', dynamic: 'userDropdown.id.name', helpText: 'Only the free slots of this team member.' }),
};

export const freeSlotsRequest = (input: InputOf<typeof freeSlotInputs>) => {
  const w = resolveWindow(input.startDate, input.endDate, FREE_SLOT_WINDOW, input.timezone);
  return { query: { startDate: w.start, endDate: w.end, timezone: input.timezone, userId: input.userId } };
};

export interface FreeSlot {
  date: string;
  startTime: string;
}
/**
 * The answer is a map keyed by date (YYYY-MM-DD) -> { slots: [ISO times] } beside keys such as
 * traceId; a day whose slots are not a list has none.
 */
export function freeSlotList(body: unknown): FreeSlot[] {
  if (!isRecord(body)) throw unexpectedResponse('the free slots request', '', `expected an object, got ${kindOf(body)}`);
  const out: FreeSlot[] = [];
  for (const [date, day] of Object.entries(body)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRecord(day)) continue;
    for (const slot of readAs(t.strings, day.slots)) out.push({ date, startTime: slot });
  }
  return out.sort((a, b) => epochOf(a.startTime) - epochOf(b.startTime));
}

export const freeSlotOutputs = {
  output: (slots: FreeSlot[], ctx: Ctx): Flat[] => {
    const calendarId = inputText(ctx, 'calendarId');
    return slots.map((s) => ({
      id: `${calendarId}:${s.startTime}`,
      calendarId,
      date: s.date,
      startTime: s.startTime,
      timezone: inputText(ctx, 'timezone'),
      userId: inputText(ctx, 'userId'),
    }));
  },
  sample: {
    id: 'YlWd2wuCAZQzh2cH1fVZ:2025-03-20T10:00:00-05:00',
    calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
    date: '2025-03-20',
    startTime: '2025-03-20T10:00:00-05:00',
    timezone: 'America/Chicago',
    userId: null,
  } satisfies Flat,
  outputFields: [
    { key: 'id', label: 'Slot ID (calendar and start time)' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'date', label: 'Date' },
    { key: 'startTime', label: 'Slot Start Time', type: 'datetime' },
    { key: 'timezone', label: 'Time Zone' },
    { key: 'userId', label: 'User ID' },
  ] satisfies PlainOutputField[],
};
