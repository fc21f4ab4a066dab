import { assignedUserNameField, withUserNames } from '../enrich/kinds';
import { enriched, enrichedAnswer } from '../enrich/names';
import { defineRecord, t } from '../record-table';

/** Tasks of a contact. */
export const taskTable = defineRecord(
  {
    id: { label: 'Task ID', type: t.text, sample: 'lJpzYrWdpkC2hX6t2yue' },
    title: { label: 'Title', type: t.text, sample: 'Mail welcome postcard' },
    body: { label: 'Description', type: t.text, sample: 'Send the spring postcard through Mailbox Power.' },
    dueDate: { label: 'Due Date', type: t.datetime, sample: '2025-03-21T17:00:00.000Z' },
    completed: { label: 'Completed', type: t.boolean, derive: () => false, sample: false },
    assignedTo: { label: 'Assigned User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo' },
    ...assignedUserNameField,
    contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
  },
  { name: 'task' },
);

export const taskList = taskTable.list('tasks');
export const taskRecord = taskTable.one('task');
/** A written task with its assigned user's name (best effort: the task was already written). */
export const taskAnswer = enrichedAnswer(taskTable.answer('task'), withUserNames('assignedTo', 'assignedUserName', { bestEffort: true }));
export const taskOutputFields = taskTable.outputFields;
export const taskSample = taskTable.sample;

/** Output declaration of operations that output tasks. */
export const taskOutputs = enriched(taskTable.outputs, withUserNames('assignedTo', 'assignedUserName'));
