import { defineRecord, t } from '../record-table';

/** Notes of a contact. */
export const noteTable = defineRecord(
  {
    id: { label: 'Note ID', type: t.text, sample: 'HGPcayliwcdoUFzvbTok' },
    title: { label: 'Title', type: t.text, sample: 'Call summary' },
    body: { label: 'Note', type: t.text, sample: 'Asked for the spring catalogue by mail; prefers Tuesday delivery.' },
    userId: { label: 'Author User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo' },
    color: { label: 'Color', type: t.text, sample: '#FFAA00' },
    pinned: { label: 'Pinned', type: t.boolean, derive: () => false, sample: false },
    contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-14T16:10:00.000Z' },
  },
  { name: 'note' },
);

export const noteList = noteTable.list('notes');
export const noteRecord = noteTable.one('note');
export const noteAnswer = noteTable.answer('note');
export const noteOutputFields = noteTable.outputFields;
export const noteSample = noteTable.sample;

/** Output declaration of operations that output notes. */
export const noteOutputs = noteTable.outputs;
