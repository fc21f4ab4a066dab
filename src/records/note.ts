import type { PlainOutputField } from 'zapier-platform-core';
import { each, type Flat } from '../operation';
import { listOf, Note, oneOf, parseResponse } from '../schemas';

export const flattenNote = (n: Note): Flat => ({
  id: n.id,
  title: n.title ?? null,
  body: n.body ?? null,
  userId: n.userId ?? null,
  color: n.color ?? null,
  pinned: n.pinned ?? false,
  contactId: n.contactId ?? null,
  dateAdded: n.dateAdded ?? null,
});

export const notesOutput = each(flattenNote);
export const noteList = (body: unknown): Note[] => parseResponse(listOf('notes', Note), body, 'the note list');
export const noteRecord = (body: unknown): Note => parseResponse(oneOf('note', Note), body, 'the note request');

export const noteOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Note ID' },
  { key: 'title', label: 'Title' },
  { key: 'body', label: 'Note' },
  { key: 'userId', label: 'Author User ID' },
  { key: 'color', label: 'Color' },
  { key: 'pinned', label: 'Pinned', type: 'boolean' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
];

export const noteSample: Flat = {
  id: 'HGPcayliwcdoUFzvbTok',
  title: 'Call summary',
  body: 'Asked for the spring catalogue by mail; prefers Tuesday delivery.',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  color: '#FFAA00',
  pinned: false,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  dateAdded: '2025-03-14T16:10:00.000Z',
};

/** Output declaration of operations that output notes. */
export const noteOutputs = { output: notesOutput, sample: noteSample, outputFields: noteOutputFields };
