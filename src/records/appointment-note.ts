import type { Ctx } from '../client';
import type { Mapper } from '../operation';
import { defineRecord, t, type Output } from '../record-table';
import { inputText } from './step-input';

/**
 * Notes of an appointment. HighLevel's note carries no appointment id: it is the step's own
 * Appointment input.
 */
export const appointmentNoteTable = defineRecord(
  {
    id: { label: 'Note ID', type: t.text, sample: 'HGPcayliwcdoUFzvbTok' },
    appointmentId: { label: 'Appointment ID', type: t.text, from: [], sample: 'YS3jaqqeehkR2Is80miy' },
    body: { label: 'Note', type: t.text, sample: 'Patient asked for a morning slot next time.' },
    userId: { label: 'User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo' },
    createdByName: { label: 'Written By', type: t.text, from: 'createdBy.name', sample: 'Sam Lee' },
    contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-20T16:05:00.000Z' },
  },
  { name: 'appointment note' },
);
export type AppointmentNote = Output<typeof appointmentNoteTable.fields>;

export const appointmentNoteList = appointmentNoteTable.list('notes', 'the note list');
export const appointmentNoteRecord = appointmentNoteTable.one('note', 'the note request');

/** Notes -> flat outputs, with the step's appointment. */
const output: Mapper<AppointmentNote> = async (notes, ctx: Ctx) =>
  (await appointmentNoteTable.output(notes, ctx)).map((n) => ({ ...n, appointmentId: inputText(ctx, 'appointmentId') }));

export const appointmentNoteOutputs = { ...appointmentNoteTable.outputs, output };
/** The answer of a note write -> its flat output. */
export const appointmentNoteAnswer = async (body: unknown, ctx: Ctx) => (await output([appointmentNoteRecord(body)], ctx))[0] ?? {};

/** The notes endpoint takes at most 20 per page (limit and offset both required). */
export const NOTES_PAGE = 20;
