import { contactField, userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { taskAnswer, taskOutputFields, taskSample } from '../../src/records/task';

export default defineAction({
  key: 'createContactTask',
  noun: 'Task',
  label: 'Create Contact Task',
  description: 'Creates a new task for a contact, with a due date and an assignee.',
  endpoint: endpoint('POST', '/contacts/{contactId}/tasks', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField(),
    title: f.text({ label: 'Title', required: true, helpText: 'What needs doing, e.g. "Mail the spring postcard".' }),
    dueDate: f.datetime({ label: 'Due Date', required: true, helpText: 'When it is due, e.g. 2025-03-21T17:00:00-05:00 or a date from an earlier step.' }),
    body: f.longText({ label: 'Description', helpText: 'Details of the task.' }),
    assignedTo: userField('Assigned User', 'The user who should do the task.'),
    completed: f.boolean({ label: 'Completed', helpText: 'Create the task already completed. Defaults to No.', default: 'false' }),
  },
  // `completed` is required by the spec; a new task is open unless the user says otherwise.
  request: ({ contactId: _c, completed, ...rest }) => ({ body: { ...rest, completed: completed ?? false } }),
  output: taskAnswer,
  sample: taskSample,
  outputFields: taskOutputFields,
});
