import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { CALENDAR_TYPES, calendarAnswer, calendarShape, calendarSettingsBody, calendarSettingsInputs } from '../../src/records/calendar';

/**
 * Create Calendar: the common settings of CalendarCreateDTO as inputs. Team members become
 * `teamMembers: [{ userId }]` (the first one primary on a collective calendar, as the spec asks
 * of collective calendars); the meeting location goes to each team member's
 * `locationConfigurations`, or to the calendar's own when it has no team.
 */
export default defineAction({
  key: 'createCalendar',
  noun: 'Calendar',
  label: 'Create Calendar',
  description: 'Creates a new booking calendar in your location: type, team, duration, meeting location and booking rules.',
  endpoint: endpoint('POST', '/calendars/', '2021-04-15', ['calendars.write']),
  inputs: {
    name: f.text({ label: 'Name', required: true, helpText: 'Name of the calendar, e.g. "Free consultation".' }),
    calendarType: f.choice({ label: 'Calendar Type', choices: CALENDAR_TYPES, helpText: 'How bookings are distributed; HighLevel\'s default (event) when empty.' }),
    ...calendarSettingsInputs,
  },
  request: ({ name, calendarType, ...settings }, { bundle }) => ({
    body: { locationId: locationId(bundle), name, ...(calendarType ? { calendarType } : {}), ...calendarSettingsBody(settings, calendarType) },
  }),
  output: calendarAnswer,
  ...calendarShape,
});
