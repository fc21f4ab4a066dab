import { endpoint } from '../../src/endpoint';
import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { notificationField, notificationOutputs, notificationRecord } from '../../src/records/calendar-notification';

/**
 * Get Calendar Notification: watches one notification; fires when first seen and again whenever
 * it changes (no update time in the answer: content fingerprint). The answer is the bare record,
 * its id in `_id`.
 */
export default defineRecordTrigger({
  key: 'getCalendarNotification',
  noun: 'Notification',
  label: 'Get Calendar Notification',
  description: 'Triggers when the calendar notification you choose is first seen and again whenever its settings change.',
  endpoint: endpoint('GET', '/calendars/{calendarId}/notifications/{notificationId}', '2021-04-15', ['calendars/events.readonly']),
  inputs: { calendarId: calendarField(true, 'The calendar of the notification. Pick one, or map a Calendar ID from an earlier step.'), notificationId: notificationField() },
  record: notificationRecord,
  ...notificationOutputs,
  recordIdKey: 'notificationId',
  recordIdLabel: 'Notification ID',
  version: fingerprint,
});
