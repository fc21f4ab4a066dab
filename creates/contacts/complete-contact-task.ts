import { contactField, taskField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { taskAnswer, taskOutputFields, taskSample } from '../../src/records/task';

/** The dedicated endpoint PUT .../tasks/{taskId}/completed; `completed: false` re-opens a task. */
export default defineAction({
  key: 'completeContactTask',
  noun: 'Task',
  label: 'Complete Contact Task',
  description: 'Marks a contact\'s task as completed (or re-opens it).',
  endpoint: endpoint('PUT', '/contacts/{contactId}/tasks/{taskId}/completed', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField(),
    taskId: taskField(),
    completed: f.boolean({ label: 'Completed', helpText: 'Yes (the default) marks the task done; No re-opens it.', default: 'true' }),
  },
  request: (input) => ({ body: { completed: input.completed ?? true } }),
  output: taskAnswer,
  sample: { ...taskSample, completed: true },
  outputFields: taskOutputFields,
});
