import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { calendarAnswer, calendarField, calendarShape, calendarSettingsBody, calendarSettingsInputs } from '../../src/records/calendar';

/** Update Calendar: only the fields filled in are sent (CalendarUpdateDTO has no required field). */
export default defineAction({
  key: 'updateCalendar',
  noun: 'Calendar',
  label: 'Update Calendar',
  description: 'Updates calendar settings (name, team, duration, meeting location, booking rules); empty fields stay unchanged.',
  endpoint: endpoint('PUT', '/calendars/{calendarId}', '2021-04-15', ['calendars.write']),
  inputs: {
    calendarId: calendarField(true, 'The calendar to change. Pick one, or map a Calendar ID.'),
    name: f.text({ label: 'Name', helpText: 'The calendar\'s new name. Empty: unchanged.' }),
    ...calendarSettingsInputs,
  },
  request: ({ calendarId: _c, name, ...settings }) => {
    const body = { ...(name ? { name } : {}), ...calendarSettingsBody(settings) };
    if (!Object.values(body).some((v) => v !== undefined)) throw invalidInput({ key: 'name', label: 'Name' }, 'or another setting must be filled in: there is nothing to change');
    return { body };
  },
  output: calendarAnswer,
  ...calendarShape,
});
