import type { Case } from '../support/table';
import { callAt } from './call';

/** Availability schedules (calendars.json `/calendars/schedules`, Version 2021-04-15). */
const call = callAt('2021-04-15');

const WEEK = [
  { type: 'wday', day: 'monday', intervals: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }] },
  { type: 'wday', day: 'friday', intervals: [{ from: '08:00', to: '14:00' }] },
];
const RAW = {
  id: 'av1', name: 'Front desk hours', locationId: 'LOC123', userId: 'U1', timezone: 'America/Chicago',
  rules: [...WEEK, { type: 'date', date: '2025-12-24', intervals: [{ from: '09:00', to: '12:00' }] }],
  calendarIds: ['cal1'], deleted: false, dateAdded: '2025-01-15T10:30:00.000Z', dateUpdated: '2025-01-20T14:45:00.000Z',
};
const FLAT = {
  id: 'av1', name: 'Front desk hours', userId: 'U1', timezone: 'America/Chicago', weeklyHours: 'Mon 08:00-12:00, 13:00-17:00; Fri 08:00-14:00',
  dateHours: '2025-12-24 09:00-12:00', calendarIds: ['cal1'], locationId: 'LOC123', deleted: false, dateAdded: '2025-01-15T10:30:00.000Z', dateUpdated: '2025-01-20T14:45:00.000Z',
};
/** Rows as Zapier's line items give them: out of order, short day names, an unpadded hour, a trailing empty row. */
const HOURS_IN = [
  { day: 'Mon', from: '13:00', to: '17:00' },
  { day: 'friday', from: '08:00', to: '14:00' },
  { day: 'monday', from: '8:00', to: '12:00' },
  { day: '', from: '', to: '' },
];

export const availabilityScheduleCases: Case[] = [
  {
    name: 'the schedules of the user picked in the step',
    op: 'triggers.availabilityScheduleDropdown',
    input: { userId: 'U1' },
    calls: [call('GET', '/calendars/schedules/search', { query: { locationId: 'LOC123', userId: 'U1', limit: '100', skip: '0' }, reply: { schedules: [RAW] } })],
    output: [{ id: 'av1', name: 'Front desk hours' }],
  },
  {
    name: 'no user picked yet: nothing is sent, the message says what to pick',
    op: 'triggers.availabilityScheduleDropdown',
    input: {},
    calls: [],
    error: /"Schedule Owner" \(userId\) is required/,
  },
  {
    name: 'a user\'s schedules applied to a calendar, flat with the hours as text',
    op: 'searches.findAvailabilitySchedule',
    input: { userId: 'U1', calendarId: 'cal1' },
    calls: [call('GET', '/calendars/schedules/search', { query: { locationId: 'LOC123', userId: 'U1', calendarId: 'cal1', skip: '0', limit: '10' }, reply: { schedules: [RAW] } })],
    output: [FLAT],
  },
  {
    name: 'the user is required (the search needs one)',
    op: 'searches.findAvailabilitySchedule',
    input: { calendarId: 'cal1' },
    calls: [],
    error: /"User" \(userId\) is required/,
  },
  {
    name: 'one schedule by id',
    op: 'searches.getAvailabilitySchedule',
    input: { availabilityScheduleId: 'av1' },
    calls: [call('GET', '/calendars/schedules/av1', { reply: { schedule: RAW } })],
    output: [FLAT],
  },
  {
    name: 'an unknown schedule is no result',
    op: 'searches.getAvailabilitySchedule',
    input: { availabilityScheduleId: 'nope' },
    calls: [call('GET', '/calendars/schedules/nope', { status: 404, reply: { statusCode: 404, message: 'Schedule not found' } })],
    output: [],
  },
  {
    name: 'rows of one weekday become one rule with its intervals in order; applied to a calendar',
    op: 'creates.createAvailabilitySchedule',
    input: { userId: 'U1', name: 'Front desk hours', timezone: 'america/chicago', rules: HOURS_IN, calendarIds: 'cal1' },
    calls: [call('POST', '/calendars/schedules', { body: { locationId: 'LOC123', userId: 'U1', name: 'Front desk hours', timezone: 'America/Chicago', rules: WEEK, calendarIds: ['cal1'] }, status: 201, reply: { schedule: { ...RAW, rules: WEEK } } })],
    output: { ...FLAT, dateHours: null },
  },
  {
    name: 'a date row is a date rule',
    op: 'creates.createAvailabilitySchedule',
    input: { userId: 'U1', name: 'Holiday', timezone: 'Europe/Berlin', rules: [{ day: '2025-12-24', from: '09:00', to: '12:00' }] },
    calls: [call('POST', '/calendars/schedules', { body: { locationId: 'LOC123', userId: 'U1', name: 'Holiday', timezone: 'Europe/Berlin', rules: [{ type: 'date', date: '2025-12-24', intervals: [{ from: '09:00', to: '12:00' }] }] }, status: 201, reply: { schedule: RAW } })],
    output: FLAT,
  },
  {
    name: 'an end before the start is refused naming the row, before any request',
    op: 'creates.createAvailabilitySchedule',
    input: { userId: 'U1', name: 'x', timezone: 'America/Chicago', rules: [{ day: 'monday', from: '09:00', to: '17:00' }, { day: 'tuesday', from: '17:00', to: '09:00' }] },
    calls: [],
    error: /"Hours" \(rules\) row 2: To \(09:00\) must be after From \(17:00\)/,
  },
  {
    name: 'a day that is neither a weekday nor a date',
    op: 'creates.createAvailabilitySchedule',
    input: { userId: 'U1', name: 'x', timezone: 'America/Chicago', rules: [{ day: 'weekdays', from: '09:00', to: '17:00' }] },
    calls: [],
    error: /"Hours" \(rules\) row 1: Day or Date must be a weekday such as monday or a date such as 2025-12-24, got "weekdays"/,
  },
  {
    name: 'a time that is not HH:MM',
    op: 'creates.createAvailabilitySchedule',
    input: { userId: 'U1', name: 'x', timezone: 'America/Chicago', rules: [{ day: 'monday', from: '9am', to: '17:00' }] },
    calls: [],
    error: /"Hours" \(rules\) row 1: From must be a time such as 09:00 \(24-hour HH:MM\), got "9am"/,
  },
  {
    name: 'a time zone not in the list',
    op: 'creates.createAvailabilitySchedule',
    input: { userId: 'U1', name: 'x', timezone: 'Central', rules: [{ day: 'monday', from: '09:00', to: '17:00' }] },
    calls: [],
    error: /"Time Zone" \(timezone\) must be a time zone name such as America\/Chicago/,
  },
  {
    name: 'a zone of the list that HighLevel\'s schedules do not take (three parts)',
    op: 'creates.updateAvailabilitySchedule',
    input: { availabilityScheduleId: 'av1', timezone: 'America/Argentina/Buenos_Aires' },
    calls: [],
    error: /"Time Zone" \(timezone\) must be an Area\/City time zone such as America\/Chicago \(HighLevel's schedules take no other form\), got "America\/Argentina\/Buenos_Aires"/,
  },
  {
    name: 'only the given fields are sent; new hours replace all',
    op: 'creates.updateAvailabilitySchedule',
    input: { availabilityScheduleId: 'av1', timezone: 'America/Los_Angeles', rules: [{ day: 'friday', from: '08:00', to: '14:00' }] },
    calls: [call('PUT', '/calendars/schedules/av1', { body: { timezone: 'America/Los_Angeles', rules: [WEEK[1]] }, reply: { schedule: { ...RAW, timezone: 'America/Los_Angeles', rules: [WEEK[1]] } } })],
    output: { ...FLAT, timezone: 'America/Los_Angeles', weeklyHours: 'Fri 08:00-14:00', dateHours: null },
  },
  {
    name: 'nothing to update: nothing is sent',
    op: 'creates.updateAvailabilitySchedule',
    input: { availabilityScheduleId: 'av1', userId: 'U1' },
    calls: [],
    error: /"Name" \(name\) is required unless Time Zone or Hours is given: there is nothing to update/,
  },
  {
    name: 'applies it to a calendar',
    op: 'creates.addCalendarToAvailabilitySchedule',
    input: { availabilityScheduleId: 'av1', calendarId: 'cal2' },
    calls: [call('PUT', '/calendars/schedules/av1/associations/cal2', { reply: { success: true } })],
    output: { availabilityScheduleId: 'av1', calendarId: 'cal2', succeeded: true },
  },
  {
    name: 'HighLevel refusing a calendar of another location: its words',
    op: 'creates.addCalendarToAvailabilitySchedule',
    input: { availabilityScheduleId: 'av1', calendarId: 'calX' },
    calls: [call('PUT', '/calendars/schedules/av1/associations/calX', { status: 400, reply: { statusCode: 400, message: 'Schedule and calendar must belong to the same location' } })],
    error: /Schedule and calendar must belong to the same location/,
  },
  {
    name: 'removes a calendar from it',
    op: 'creates.removeCalendarFromAvailabilitySchedule',
    input: { availabilityScheduleId: 'av1', calendarId: 'cal1' },
    calls: [call('DELETE', '/calendars/schedules/av1/associations/cal1', { reply: { success: true } })],
    output: { availabilityScheduleId: 'av1', calendarId: 'cal1', succeeded: true },
  },
  {
    name: 'deletes it',
    op: 'creates.deleteAvailabilitySchedule',
    input: { availabilityScheduleId: 'av1' },
    calls: [call('DELETE', '/calendars/schedules/av1', { reply: { success: true } })],
    output: { availabilityScheduleId: 'av1', succeeded: true },
  },
  {
    name: 'an id with a dot segment is refused before any request',
    op: 'creates.deleteAvailabilitySchedule',
    input: { availabilityScheduleId: '..' },
    calls: [],
    error: /"Availability Schedule" \(availabilityScheduleId\)/,
  },
];
