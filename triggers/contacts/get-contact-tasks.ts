import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { taskList, taskOutputs } from '../../src/records/task';

/** Get Contact Tasks: fires once for each task of the contact. */
export default defineListTrigger({
  key: 'getContactTasks',
  noun: 'Task',
  label: 'Get Contact Tasks',
  description: 'Triggers when a new task is added to the contact you choose.',
  endpoint: endpoint('GET', '/contacts/{contactId}/tasks', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField() },
  records: taskList,
  ...taskOutputs,
});
