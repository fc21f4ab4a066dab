import { contactField, taskField, userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { taskAnswer, taskOutputFields, taskSample } from '../../src/records/task';

/** Sends only the fields filled in; the rest of the task stays as it is. */
export default defineAction({
  key: 'updateContactTask',
  noun: 'Task',
  label: 'Update Contact Task',
  description: 'Updates an existing task\'s title, description, due date, assignee or status.',
  endpoint: endpoint('PUT', '/contacts/{contactId}/tasks/{taskId}', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField(),
    taskId: taskField(),
    title: f.text({ label: 'Title', helpText: 'The new title of the task.' }),
    body: f.longText({ label: 'Description', helpText: 'The new description of the task.' }),
    dueDate: f.datetime({ label: 'Due Date', helpText: 'New due date, e.g. 2025-03-21T17:00:00-05:00.' }),
    assignedTo: userField('Assigned User', 'Give the task to this user.'),
    completed: f.boolean({ label: 'Completed', helpText: 'Yes marks the task done, No re-opens it.' }),
  },
  request: ({ contactId: _c, taskId: _t, ...fields }) => {
    const body = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(body).length === 0) throw invalidInput({ key: 'title', label: 'Title' }, 'or another field must be filled in to update the task');
    return { body };
  },
  output: taskAnswer,
  sample: taskSample,
  outputFields: taskOutputFields,
});
