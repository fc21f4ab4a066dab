import { contactField, taskField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { taskOutputs, taskRecord } from '../../src/records/task';

export default defineSearch({
  key: 'getContactTask',
  noun: 'Task',
  label: 'Get Contact Task By ID',
  description: 'Finds a contact\'s task by its ID, with its title, due date, assignee and status.',
  endpoint: endpoint('GET', '/contacts/{contactId}/tasks/{taskId}', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField(), taskId: taskField() },
  records: (body) => [taskRecord(body)],
  ...taskOutputs,
});
