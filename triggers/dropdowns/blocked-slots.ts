import { defineListTrigger } from '../../src/operation';
import { calendarField } from '../../src/records/calendar';
import { aroundNow, blockedSlotsEndpoint, CHANGED_WINDOW, eventsQuery } from '../../src/records/event';
import { blockSlotList } from '../../src/records/block-slot';
import { epochOf, isoOut } from '../../src/time';

/** Blocked time of the calendar chosen in the same step (30 days back to 180 days ahead), soonest first. */
export default defineListTrigger({
  key: 'blockedSlotDropdown',
  noun: 'Blocked Slot',
  label: 'Blocked Slots (Dropdown)',
  description: 'Triggers when the Blocked Slot dropdown loads: lists the blocked time of a calendar.',
  hidden: true,
  endpoint: blockedSlotsEndpoint,
  inputs: { calendarId: calendarField(true, 'Pick the calendar first: its blocked slots fill the dropdown.') },
  request: (input, { bundle }) => eventsQuery(bundle, input, aroundNow(CHANGED_WINDOW)),
  records: (body) => blockSlotList(body).sort((a, b) => epochOf(a.startTime) - epochOf(b.startTime)),
  output: (items) => items.map((e) => ({ id: e.id, name: `${e.title || 'Blocked'} (${isoOut(e.startTime) ?? 'no time'} to ${isoOut(e.endTime) ?? '?'})` })),
  sample: { id: 'qB9XvD2mYk4RtL7sPc1N', name: 'Team training (2025-03-21T13:00:00-05:00 to 2025-03-21T15:00:00-05:00)' },
  outputFields: [
    { key: 'id', label: 'Blocked Slot ID' },
    { key: 'name', label: 'Blocked Slot' },
  ],
});
