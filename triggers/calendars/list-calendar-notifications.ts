import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { notificationList, notificationOutputs, notificationsEndpoint } from '../../src/records/calendar-notification';

/**
 * List Calendar Notifications: fires once for each new notification of the calendar. The answer
 * is a bare array paged by skip/limit (one page of the poll limit is asked for); soft-deleted notifications are left out (deleted=false).
 */
export default defineListTrigger({
  key: 'listCalendarNotifications',
  noun: 'Notification',
  label: 'List Calendar Notifications',
  description: 'Triggers when a new notification (reminder, confirmation...) is set up on the calendar you choose.',
  endpoint: notificationsEndpoint,
  inputs: {
    calendarId: calendarField(true, 'The calendar whose notifications to list.'),
    isActive: f.boolean({ label: 'Active Only', helpText: 'Yes: only notifications that are switched on. Empty: all.' }),
  },
  request: (input, { bundle }) => ({ query: { isActive: input.isActive, deleted: false, limit: pollLimit(bundle), skip: 0 } }),
  records: notificationList,
  ...notificationOutputs,
});
