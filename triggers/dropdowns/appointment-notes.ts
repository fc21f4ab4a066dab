import { defineListTrigger, each } from '../../src/operation';
import { appointmentField } from '../../src/records/appointment-inputs';
import { appointmentNoteList, NOTES_PAGE } from '../../src/records/appointment-note';
import { endpoint } from '../../src/endpoint';

/** Notes of the appointment chosen in the same step, 20 a page (HighLevel's maximum); a note shows its first words. */
export default defineListTrigger({
  key: 'appointmentNoteDropdown',
  noun: 'Note',
  label: 'Appointment Notes (Dropdown)',
  description: 'Triggers when the Note dropdown loads: lists the notes of an appointment.',
  hidden: true,
  canPaginate: true,
  endpoint: endpoint('GET', '/calendars/appointments/{appointmentId}/notes', '2021-04-15', ['calendars/events.readonly']),
  inputs: { appointmentId: appointmentField('Pick the appointment first: its notes fill the dropdown.') },
  request: (_input, { bundle }) => ({ query: { limit: NOTES_PAGE, offset: (Number(bundle.meta?.page) || 0) * NOTES_PAGE } }),
  records: appointmentNoteList,
  output: each((n) => {
    const text = (n.body ?? '').replace(/\s+/g, ' ').trim();
    return { id: n.id, name: text.length > 60 ? `${text.slice(0, 57)}...` : text || n.id };
  }),
  sample: { id: 'HGPcayliwcdoUFzvbTok', name: 'Patient asked for a morning slot next time.' },
  outputFields: [
    { key: 'id', label: 'Note ID' },
    { key: 'name', label: 'Note' },
  ],
});
