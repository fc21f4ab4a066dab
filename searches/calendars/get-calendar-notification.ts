import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { notificationField, notificationOutputs, notificationRecord } from '../../src/records/calendar-notification';

/** Get Calendar Notification as a Zap step (the answer is the bare record, id in `_id`). */
export default defineSearch({
  key: 'getCalendarNotification',
  noun: 'Notification',
  label: 'Get Calendar Notification',
  description: 'Finds a calendar notification by ID, with its type, channel, recipient, timing and text.',
  endpoint: endpoint('GET', '/calendars/{calendarId}/notifications/{notificationId}', '2021-04-15', ['calendars/events.readonly']),
  inputs: { calendarId: calendarField(true, 'The calendar of the notification. Pick one, or map a Calendar ID from an earlier step.'), notificationId: notificationField() },
  records: (body) => [notificationRecord(body)],
  ...notificationOutputs,
});
