import { defineHookTrigger } from '../../../src/hook-trigger';
import { instantTaskOutputs, taskEventRecords } from './task-outputs';
import { userField } from '../../../src/common-fields';

/** Task Completed (Instant): HighLevel's TaskComplete event, delivered by the relay (the event has no `completed` field: it is the completion). */
export default defineHookTrigger({
  key: 'taskCompletedInstant',
  noun: 'Task',
  label: 'Task Completed (Instant)',
  description: 'Triggers when a task is marked completed (optionally only for one user).',
  eventTypes: ['TaskComplete'],
  inputs: { assignedTo: userField('Assigned To', 'Only tasks assigned to this user. Leave empty for the tasks of every user.') },
  filters: (i) => ({ assignedTo: i.assignedTo }),
  ...instantTaskOutputs,
  records: taskEventRecords,
  extra: () => ({ completed: true }),
  sample: { ...instantTaskOutputs.sample, completed: true },
});
