import { defineSearch } from '../../src/operation';
import { freeSlotInputs, freeSlotList, freeSlotOutputs, freeSlotsEndpoint, freeSlotsRequest } from '../../src/records/free-slot';

/**
 * Get Free Slots as a Zap step: the free slots of the range, soonest first (Zapier uses the first,
 * the next free slot, unless the step returns all). Same request as the trigger.
 */
export default defineSearch({
  key: 'getFreeSlots',
  noun: 'Free Slot',
  label: 'Get Free Slots',
  description: 'Finds the free slots of a calendar in a date range (at most 31 days), soonest first.',
  endpoint: freeSlotsEndpoint,
  inputs: freeSlotInputs,
  request: freeSlotsRequest,
  records: freeSlotList,
  ...freeSlotOutputs,
});
