import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger, each } from '../../src/operation';
import { noteList } from '../../src/records/note';

/** Notes of the contact chosen in the same step; a note without a title shows its first words. */
export default defineListTrigger({
  key: 'noteDropdown',
  noun: 'Note',
  label: 'Notes (Dropdown)',
  description: 'Triggers when the Note dropdown loads: lists the notes of a contact.',
  hidden: true,
  endpoint: endpoint('GET', '/contacts/{contactId}/notes', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField() },
  records: noteList,
  output: each((n) => {
    const text = n.title || (n.body ?? '').replace(/\s+/g, ' ').trim();
    return { id: n.id, name: text.length > 60 ? `${text.slice(0, 57)}...` : text || n.id };
  }),
  sample: { id: 'HGPcayliwcdoUFzvbTok', name: 'Call summary' },
  outputFields: [
    { key: 'id', label: 'Note ID' },
    { key: 'name', label: 'Note' },
  ],
});
