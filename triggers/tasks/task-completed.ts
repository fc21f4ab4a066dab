import { userField } from '../../src/common-fields';
import { changeId, defineListTrigger } from '../../src/operation';
import {
  locationTaskOutputFields,
  locationTaskPolling,
  locationTaskSample,
  searchTasksEndpoint,
  taskSearchRequest,
} from '../../src/records/location-task';

const polling = locationTaskPolling((t) => t.dateUpdated ?? t.dateAdded);

/**
 * Task Completed: the same search with {completed: true}, optionally for one assignee, every page
 * up to the shared bound of 10 pages (1,000 tasks), most recently updated first (HighLevel gives
 * no completion time; the update time is the closest). The dedupe id is the task id plus the
 * marker "completed", so a task fires once, when a poll first sees it completed, and not again
 * when a completed task is edited (its update time changes then; that is why it is not used).
 * Reopening and completing a task again does not fire a second time. The set of completed tasks
 * only grows: with more than 1,000, completions past the first 1,000 HighLevel returns are not
 * seen (choose an assignee to narrow the set). An idle poll of a Zap is one request: it probes the
 * set's size and last item (src/polling/set-mark.ts); a task deleted and another completed in the
 * same interval, both before the last item, look like no change and fire with the next full read
 * (the next change the probe sees, or within the hour).
 */
export default defineListTrigger({
  key: 'taskCompleted',
  noun: 'Task',
  label: 'Task Completed',
  description:
    'Triggers when a task anywhere in your location is marked completed (once per task), or only tasks of the chosen assignee.',
  endpoint: searchTasksEndpoint,
  inputs: {
    assignedTo: userField('Assigned To', 'Only tasks assigned to this user. Leave empty for the tasks of every user.'),
  },
  request: taskSearchRequest(true),
  ...polling,
  probeSet: true,
  output: async (pages, ctx) =>
    (await polling.output(pages, ctx)).map((t) => ({ ...t, taskId: t.id, id: changeId(String(t.id), 'completed') })),
  sample: { ...locationTaskSample, completed: true, id: changeId(String(locationTaskSample.id), 'completed'), taskId: locationTaskSample.id },
  outputFields: [
    { key: 'id', label: 'Completion ID (task ID and "completed")' },
    { key: 'taskId', label: 'Task ID' },
    ...locationTaskOutputFields.filter((o) => o.key !== 'id'),
  ],
});
