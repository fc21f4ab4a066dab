import { defineRecord, t } from '../record-table';

/**
 * Blocked slots (BlockedSlotSuccessfulResponseDto): listed by GET /calendars/blocked-slots as
 * `{ events }`, answered bare by the block-slot writes. The spec types their times as "object";
 * HighLevel sends ISO text with an offset, kept as sent. `dateAdded` (not in that DTO, but on the
 * events they are) orders the list newest first.
 */
export const blockSlotTable = defineRecord(
  {
    id: { label: 'Blocked Slot (Event) ID', type: t.text, sample: 'qB9XvD2mYk4RtL7sPc1N' },
    title: { label: 'Title', type: t.text, sample: 'Team training' },
    calendarId: { label: 'Calendar ID', type: t.text, sample: 'YlWd2wuCAZQzh2cH1fVZ' },
    assignedUserId: { label: 'User ID', type: t.text, sample: null },
    startTime: { label: 'Start Time', type: t.datetime, sample: '2025-03-21T13:00:00-05:00' },
    endTime: { label: 'End Time', type: t.datetime, sample: '2025-03-21T15:00:00-05:00' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  },
  { name: 'blocked slot' },
);

export const blockSlotList = blockSlotTable.list('events', 'the blocked slot list');
export const blockSlotAnswer = blockSlotTable.answer('', 'the blocked slot request');
export const blockSlotOutputs = blockSlotTable.outputs;
export const blockSlotShape = blockSlotTable.shape;
