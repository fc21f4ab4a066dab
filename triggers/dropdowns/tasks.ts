import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger, each } from '../../src/operation';
import { taskList } from '../../src/records/task';

/** Tasks of the contact chosen in the same step (Zapier passes that step's inputs here). */
export default defineListTrigger({
  key: 'taskDropdown',
  noun: 'Task',
  label: 'Tasks (Dropdown)',
  description: 'Triggers when the Task dropdown loads: lists the tasks of a contact.',
  hidden: true,
  endpoint: endpoint('GET', '/contacts/{contactId}/tasks', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField() },
  records: taskList,
  output: each((t) => ({ id: t.id, name: `${t.title ?? t.id}${t.completed ? ' (done)' : ''}` })),
  sample: { id: 'lJpzYrWdpkC2hX6t2yue', name: 'Mail welcome postcard' },
  outputFields: [
    { key: 'id', label: 'Task ID' },
    { key: 'name', label: 'Task' },
  ],
});
