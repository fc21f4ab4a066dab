import { defineListTrigger } from '../../src/operation';
import { blockSlotList, blockSlotOutputs } from '../../src/records/block-slot';
import { blockedSlotsEndpoint, eventOwnerInputs, eventsQuery, eventWindowInputs, eventWindowSpec, newestBy } from '../../src/records/event';
import { resolveWindow } from '../../src/time';

/**
 * List Blocked Slots: blocked time of a calendar, group or user starting in the window (default
 * 7 days ago to 180 days ahead), newest first; each new block fires once. Same query as events.
 */
export default defineListTrigger({
  key: 'listBlockedSlots',
  noun: 'Blocked Slot',
  label: 'List Blocked Slots',
  description: 'Triggers when new time is blocked (made unavailable) on a calendar, calendar group or user.',
  endpoint: blockedSlotsEndpoint,
  inputs: { ...eventOwnerInputs, ...eventWindowInputs },
  request: (input, { bundle }) => eventsQuery(bundle, input, resolveWindow(input.startTime, input.endTime, eventWindowSpec)),
  records: (body) => newestBy('dateAdded')(blockSlotList(body)),
  ...blockSlotOutputs,
});
