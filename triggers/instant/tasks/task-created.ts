import { defineHookTrigger } from '../../../src/hook-trigger';
import { instantTaskOutputs, taskEventRecords } from './task-outputs';
import { userField } from '../../../src/common-fields';

/** Task Created (Instant): HighLevel's TaskCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'taskCreatedInstant',
  noun: 'Task',
  label: 'Task Created (Instant)',
  description: 'Triggers when a task is added (optionally only for one user).',
  eventTypes: ['TaskCreate'],
  inputs: { assignedTo: userField('Assigned To', 'Only tasks assigned to this user. Leave empty for the tasks of every user.') },
  filters: (i) => ({ assignedTo: i.assignedTo }),
  ...instantTaskOutputs,
  records: taskEventRecords,
});
