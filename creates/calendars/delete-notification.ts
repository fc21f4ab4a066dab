import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { notificationField } from '../../src/records/calendar-notification';
import { parseResponse } from '../../src/schemas';

/** Delete Notification: HighLevel answers `{ message }` (CalendarNotificationDeleteResponseDTO). */
export default defineAction({
  key: 'deleteCalendarNotification',
  noun: 'Notification',
  label: 'Delete Notification',
  description: 'Deletes a calendar notification so it is no longer sent. This cannot be undone.',
  endpoint: endpoint('DELETE', '/calendars/{calendarId}/notifications/{notificationId}', '2021-04-15', ['calendars/events.write']),
  inputs: { calendarId: calendarField(true, 'The calendar of the notification (fills the dropdown below).'), notificationId: notificationField() },
  output: (body, { input }) => ({
    notificationId: input.notificationId,
    calendarId: input.calendarId,
    message: parseResponse(z.looseObject({ message: z.string().nullish() }), body ?? {}, 'the delete').message ?? null,
  }),
  sample: { notificationId: 'n5Kq0eXbLm3TgR7vWc2A', calendarId: 'YlWd2wuCAZQzh2cH1fVZ', message: 'Notification deleted successfully' },
  outputFields: [
    { key: 'notificationId', label: 'Deleted Notification ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'message', label: 'HighLevel Message' },
  ],
});
