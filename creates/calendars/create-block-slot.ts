import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { timeZoneInput } from '../../src/records/appointment-inputs';
import { blockSlotAnswer, blockSlotShape } from '../../src/records/block-slot';
import { calendarField } from '../../src/records/calendar';
import { instantOf, isoFor, requireAfter, t } from '../../src/time';

/**
 * Create Block Slot: the spec requires `calendarId` (and says calendarId and assignedUserId
 * exclude each other), so a block is always on a calendar here. Start and end are required here
 * too (a block without a time blocks nothing) and sent as ISO 8601.
 */
export default defineAction({
  key: 'createBlockSlot',
  noun: 'Blocked Slot',
  label: 'Create Block Slot',
  description: 'Blocks time on a calendar so nobody can book it (e.g. a holiday or a team meeting).',
  endpoint: endpoint('POST', '/calendars/events/block-slots', '2021-04-15', ['calendars/events.write']),
  inputs: {
    calendarId: calendarField(true, 'The calendar to block time on.'),
    startTime: t.moment({ label: 'Start Time', required: true, helpText: 'Start of the blocked time, e.g. 2025-03-21T13:00:00-05:00.' }),
    endTime: t.moment({ label: 'End Time', required: true, helpText: 'End of the blocked time; must be after the start.' }),
    timeZone: timeZoneInput(),
    title: f.text({ label: 'Title', helpText: 'Why the time is blocked, e.g. "Team training".' }),
  },
  request: ({ calendarId, startTime, endTime, timeZone, title }, { bundle }) => {
    requireAfter(instantOf(startTime, timeZone), instantOf(endTime, timeZone), { key: 'startTime', label: 'Start Time' }, { key: 'endTime', label: 'End Time' });
    return { body: { calendarId, locationId: locationId(bundle), title, startTime: isoFor(startTime, timeZone), endTime: isoFor(endTime, timeZone) } };
  },
  output: blockSlotAnswer,
  ...blockSlotShape,
});
