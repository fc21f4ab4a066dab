import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { succeededOf } from '../../src/records/result';

export default defineAction({
  key: 'deleteCalendar',
  noun: 'Calendar',
  label: 'Delete Calendar',
  description: 'Deletes a calendar permanently, with its booking page. This cannot be undone.',
  endpoint: endpoint('DELETE', '/calendars/{calendarId}', '2021-04-15', ['calendars.write']),
  inputs: { calendarId: calendarField(true, 'The calendar to delete. Pick one, or map a Calendar ID.') },
  output: (body, { input }) => ({ calendarId: input.calendarId, succeeded: succeededOf(body) }),
  sample: { calendarId: 'YlWd2wuCAZQzh2cH1fVZ', succeeded: true },
  outputFields: [
    { key: 'calendarId', label: 'Deleted Calendar ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
