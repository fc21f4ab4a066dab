import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { calendarField, calendarOutputs, calendarRecord } from '../../src/records/calendar';

/** Get Calendar by ID as a Zap step: the calendar, or no result when it does not exist. */
export default defineSearch({
  key: 'getCalendar',
  noun: 'Calendar',
  label: 'Get Calendar By ID',
  description: 'Finds a calendar by ID, with its type, team, duration, meeting location and booking rules.',
  endpoint: endpoint('GET', '/calendars/{calendarId}', '2021-04-15', ['calendars.readonly']),
  inputs: { calendarId: calendarField(true, 'The calendar to get. Pick one, or map a Calendar ID.') },
  records: (body) => [calendarRecord(body)],
  ...calendarOutputs,
});
