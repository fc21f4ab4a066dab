import { userField } from '../../src/common-fields';
import { defineListTrigger } from '../../src/operation';
import {
  locationTaskOutputFields,
  locationTaskPolling,
  locationTaskSample,
  searchTasksEndpoint,
  taskSearchRequest,
} from '../../src/records/location-task';

/**
 * New Task: POST /locations/{locationId}/tasks/search with {completed: false, limit: 100, skip},
 * optionally assignedTo: [user]. The search has no sort and no date filter (mapping report,
 * section 7), so the set is bounded by "pending" (and the assignee): a poll reads every page of
 * it, up to the shared bound of 10 pages (1,000 tasks), and sorts newest first by `dateAdded`
 * (src/records/window.ts). An idle poll of a Zap is one request however many tasks are pending:
 * it probes the set's size and last item (src/polling/set-mark.ts, which lists what a probe cannot
 * see and its bound: a full read at least every hour).
 * Dedupe on the task id: each task fires once. A task created already completed, or completed
 * before the next poll, does not fire; with more than 1,000 pending tasks, tasks past the first
 * 1,000 HighLevel returns are not seen (choose an assignee to narrow the set).
 */
export default defineListTrigger({
  key: 'newTask',
  noun: 'Task',
  label: 'New Task',
  description:
    'Triggers when a new task is added anywhere in your location (for any contact), or only for the chosen assignee.',
  endpoint: searchTasksEndpoint,
  inputs: {
    assignedTo: userField('Assigned To', 'Only tasks assigned to this user. Leave empty for the tasks of every user.'),
  },
  request: taskSearchRequest(false),
  ...locationTaskPolling((t) => t.dateAdded),
  probeSet: true,
  sample: locationTaskSample,
  outputFields: locationTaskOutputFields,
});
