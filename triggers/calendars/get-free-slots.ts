import { defineListTrigger } from '../../src/operation';
import { freeSlotInputs, freeSlotList, freeSlotOutputs, freeSlotsEndpoint, freeSlotsRequest } from '../../src/records/free-slot';

/**
 * Get Free Slots: one item per free slot in the range (by default a rolling 7 days from now), so
 * the trigger fires for each slot that opens up; its id is the calendar plus the slot's start.
 * Start and end are sent as epoch ms (the spec's form); HighLevel allows at most 31 days.
 */
export default defineListTrigger({
  key: 'getFreeSlots',
  noun: 'Free Slot',
  label: 'Get Free Slots',
  description: 'Triggers when a free slot opens up in the calendar within the range (the next 7 days unless set), to act on availability.',
  endpoint: freeSlotsEndpoint,
  inputs: freeSlotInputs,
  request: freeSlotsRequest,
  records: freeSlotList,
  ...freeSlotOutputs,
});
