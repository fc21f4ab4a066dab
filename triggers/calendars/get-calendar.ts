import { endpoint } from '../../src/endpoint';
import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { calendarField, calendarOutputs, calendarRecord } from '../../src/records/calendar';

/**
 * Get Calendar by ID: watches one calendar; fires when first seen and again whenever its
 * settings change. Calendars carry no update time, so the version is a content fingerprint.
 */
export default defineRecordTrigger({
  key: 'getCalendar',
  noun: 'Calendar',
  label: 'Get Calendar By ID',
  description: 'Triggers when the calendar you choose is first seen and again whenever its settings change.',
  endpoint: endpoint('GET', '/calendars/{calendarId}', '2021-04-15', ['calendars.readonly']),
  inputs: { calendarId: calendarField(true, 'The calendar to watch. Pick one, or map a Calendar ID from an earlier step.') },
  record: calendarRecord,
  ...calendarOutputs,
  recordIdKey: 'calendarId',
  recordIdLabel: 'Calendar ID',
  version: fingerprint,
});
