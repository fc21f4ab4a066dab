import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { taskTable, taskOutputs } from '../../../src/records/task';
import { userField } from '../../../src/common-fields';

/** Task Completed (Instant): HighLevel's TaskComplete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'taskCompletedInstant',
  noun: 'Task',
  label: 'Task Completed (Instant)',
  description: 'Triggers when a task is marked completed (optionally only for one user).',
  eventTypes: ['TaskComplete'],
  inputs: { assignedTo: userField('Assigned To', 'Only tasks assigned to this user. Leave empty for the tasks of every user.') },
  filters: (i) => ({ assignedTo: i.assignedTo }),
  ...withContactOutputs(taskOutputs),
  records: eventRecords(taskTable.parse),
});
