import { defineListTrigger } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { notificationList, notificationsEndpoint } from '../../src/records/calendar-notification';

/** Notifications of the calendar chosen in the same step, described by type, channel and recipient. */
export default defineListTrigger({
  key: 'calendarNotificationDropdown',
  noun: 'Notification',
  label: 'Calendar Notifications (Dropdown)',
  description: 'Triggers when the Notification dropdown loads: lists the notifications of a calendar.',
  hidden: true,
  endpoint: notificationsEndpoint,
  inputs: { calendarId: calendarField(true, 'Pick the calendar first: its notifications fill the dropdown.') },
  request: () => ({ query: { deleted: false, limit: 100 } }),
  records: notificationList,
  output: (items) =>
    items.map((n) => {
      const what = [n.notificationType ?? 'notification', n.channel ? `by ${n.channel}` : '', n.receiverType ? `to ${n.receiverType}` : '']
        .filter(Boolean)
        .join(' ');
      return { id: n.id, name: `${what}${n.isActive === false ? ' (off)' : ''}` };
    }),
  sample: { id: 'n5Kq0eXbLm3TgR7vWc2A', name: 'reminder by email to contact' },
  outputFields: [
    { key: 'id', label: 'Notification ID' },
    { key: 'name', label: 'Notification' },
  ],
});
