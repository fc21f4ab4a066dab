import type { PlainOutputField } from 'zapier-platform-core';
import { each, type Flat } from '../operation';
import { listOf, oneOf, parseResponse, Task } from '../schemas';

export const flattenTask = (t: Task): Flat => ({
  id: t.id,
  title: t.title ?? null,
  body: t.body ?? null,
  dueDate: t.dueDate ?? null,
  completed: t.completed ?? false,
  assignedTo: t.assignedTo ?? null,
  contactId: t.contactId ?? null,
});

export const tasksOutput = each(flattenTask);
export const taskList = (body: unknown): Task[] => parseResponse(listOf('tasks', Task), body, 'the task list');
export const taskRecord = (body: unknown): Task => parseResponse(oneOf('task', Task), body, 'the task request');

export const taskOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Task ID' },
  { key: 'title', label: 'Title' },
  { key: 'body', label: 'Description' },
  { key: 'dueDate', label: 'Due Date', type: 'datetime' },
  { key: 'completed', label: 'Completed', type: 'boolean' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'contactId', label: 'Contact ID' },
];

export const taskSample: Flat = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  title: 'Mail welcome postcard',
  body: 'Send the spring postcard through Mailbox Power.',
  dueDate: '2025-03-21T17:00:00.000Z',
  completed: false,
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
};

/** Output declaration of operations that output tasks. */
export const taskOutputs = { output: tasksOutput, sample: taskSample, outputFields: taskOutputFields };
