import { locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineListTrigger } from '../../src/operation';
import { calendarList, calendarOutputs, calendarsEndpoint } from '../../src/records/calendar';
import { groupField } from '../../src/records/calendar-group';

/** List Calendars: fires once for each new calendar (the endpoint has no paging). */
export default defineListTrigger({
  key: 'listCalendars',
  noun: 'Calendar',
  label: 'List Calendars',
  description: 'Triggers when a new calendar is created in your location, optionally only in one group.',
  endpoint: calendarsEndpoint,
  inputs: {
    groupId: groupField(false, 'Only calendars of this group. Pick one, or map a Calendar Group ID from an earlier step.'),
    showDrafted: f.boolean({ label: 'Include Drafts', helpText: 'Also list draft (inactive) calendars. Yes when empty, as HighLevel defaults.' }),
  },
  request: (input, { bundle }) => ({ query: { locationId: locationId(bundle), groupId: input.groupId, showDrafted: input.showDrafted } }),
  records: calendarList,
  ...calendarOutputs,
});
