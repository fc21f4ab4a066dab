import { contactField, taskField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { succeeded } from '../../src/records/result';

export default defineAction({
  key: 'deleteContactTask',
  noun: 'Task',
  label: 'Delete Contact Task',
  description: 'Deletes a task permanently from a contact. This cannot be undone.',
  endpoint: endpoint('DELETE', '/contacts/{contactId}/tasks/{taskId}', '2021-07-28', ['contacts.write']),
  inputs: { contactId: contactField(), taskId: taskField() },
  output: (body, { input }) => ({ taskId: input.taskId, contactId: input.contactId, ...succeeded(body) }),
  sample: { taskId: 'lJpzYrWdpkC2hX6t2yue', contactId: 'seD4PfOuKoVMLkEZqohJ', succeeded: true },
  outputFields: [
    { key: 'taskId', label: 'Deleted Task ID' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
