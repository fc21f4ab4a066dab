import { defineHookTrigger } from '../../../src/hook-trigger';
import { instantTaskOutputs, taskEventRecords } from './task-outputs';
import { userField } from '../../../src/common-fields';

/** Task Deleted (Instant): HighLevel's TaskDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'taskDeletedInstant',
  noun: 'Task',
  label: 'Task Deleted (Instant)',
  description: 'Triggers when a task is deleted.',
  eventTypes: ['TaskDelete'],
  inputs: { assignedTo: userField('Assigned To', 'Only tasks assigned to this user. Leave empty for the tasks of every user.') },
  filters: (i) => ({ assignedTo: i.assignedTo }),
  ...instantTaskOutputs,
  records: taskEventRecords,
});
