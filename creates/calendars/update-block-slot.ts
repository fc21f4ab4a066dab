import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { blockedSlotField, timeZoneInput } from '../../src/records/appointment-inputs';
import { blockSlotAnswer, blockSlotShape } from '../../src/records/block-slot';
import { calendarField } from '../../src/records/calendar';
import { instantOf, isoFor, requireAfter, t } from '../../src/time';

/**
 * Update Block Slot: BlockSlotEditRequestDTO requires calendarId and locationId, so the calendar
 * is always sent (it also fills the Blocked Slot dropdown); the other fields only when filled in.
 */
export default defineAction({
  key: 'updateBlockSlot',
  noun: 'Blocked Slot',
  label: 'Update Block Slot',
  description: 'Updates blocked time on a calendar: moves it, shortens or extends it, or renames it.',
  endpoint: endpoint('PUT', '/calendars/events/block-slots/{eventId}', '2021-04-15', ['calendars/events.write']),
  inputs: {
    calendarId: calendarField(true, 'The calendar of the blocked time (fills the dropdown below).'),
    eventId: blockedSlotField(),
    startTime: t.moment({ label: 'Start Time', helpText: 'New start, e.g. 2025-03-21T13:00:00-05:00. Empty: unchanged.' }),
    endTime: t.moment({ label: 'End Time', helpText: 'New end; after the start. Empty: unchanged.' }),
    timeZone: timeZoneInput(),
    title: f.text({ label: 'Title', helpText: 'New title of the blocked time. Empty: unchanged.' }),
  },
  request: ({ calendarId, startTime, endTime, timeZone, title }, { bundle }) => {
    if (startTime && endTime) {
      requireAfter(instantOf(startTime, timeZone), instantOf(endTime, timeZone), { key: 'startTime', label: 'Start Time' }, { key: 'endTime', label: 'End Time' });
    }
    return {
      body: {
        calendarId,
        locationId: locationId(bundle),
        title,
        ...(startTime ? { startTime: isoFor(startTime, timeZone) } : {}),
        ...(endTime ? { endTime: isoFor(endTime, timeZone) } : {}),
      },
    };
  },
  output: blockSlotAnswer,
  ...blockSlotShape,
});
