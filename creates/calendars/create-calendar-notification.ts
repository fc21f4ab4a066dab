import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { firstNotificationAnswer, notificationBody, notificationContentInputs, notificationKindInputs, notificationOutputs } from '../../src/records/calendar-notification';

/**
 * Create Calendar Notification: the spec's body is a JSON ARRAY of notifications (all for the
 * same calendar) and the answer an array; this action sends one and outputs the first answered.
 */
export default defineAction({
  key: 'createCalendarNotification',
  noun: 'Notification',
  label: 'Create Calendar Notification',
  description: 'Creates a reminder, confirmation or follow-up that a calendar sends by email, SMS, WhatsApp or in-app.',
  endpoint: endpoint('POST', '/calendars/{calendarId}/notifications', '2021-04-15', ['calendars/events.write']),
  inputs: { calendarId: calendarField(true, 'The calendar that sends the notification.'), ...notificationKindInputs(true), ...notificationContentInputs },
  request: ({ calendarId: _c, ...input }) => ({ body: [notificationBody(input, true)] }),
  output: firstNotificationAnswer,
  sample: notificationOutputs.sample,
  outputFields: notificationOutputs.outputFields,
});
