import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { notificationBody, notificationContentInputs, notificationField, notificationKindInputs } from '../../src/records/calendar-notification';
import { parseResponse } from '../../src/schemas';

/** Update Notification: only the fields filled in are sent; HighLevel answers with a `message` only. */
export default defineAction({
  key: 'updateCalendarNotification',
  noun: 'Notification',
  label: 'Update Notification',
  description: 'Updates a calendar notification: its text, timing, channel, recipients, or switches it on or off.',
  endpoint: endpoint('PUT', '/calendars/{calendarId}/notifications/{notificationId}', '2021-04-15', ['calendars/events.write']),
  inputs: {
    calendarId: calendarField(true, 'The calendar of the notification (fills the dropdown below).'),
    notificationId: notificationField(),
    ...notificationKindInputs(false),
    ...notificationContentInputs,
  },
  request: ({ calendarId: _c, notificationId: _n, ...input }) => {
    const body = notificationBody(input, false);
    if (!Object.values(body).some((v) => v !== undefined)) {
      throw invalidInput({ key: 'subject', label: 'Subject' }, 'or another field must be filled in: there is nothing to change');
    }
    return { body };
  },
  output: (body, { input }) => ({
    notificationId: input.notificationId,
    calendarId: input.calendarId,
    message: parseResponse(z.looseObject({ message: z.string().nullish() }), body ?? {}, 'the update').message ?? null,
  }),
  sample: { notificationId: 'n5Kq0eXbLm3TgR7vWc2A', calendarId: 'YlWd2wuCAZQzh2cH1fVZ', message: 'Notification updated successfully' },
  outputFields: [
    { key: 'notificationId', label: 'Notification ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'message', label: 'HighLevel Message' },
  ],
});
