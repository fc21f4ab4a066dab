import { locationTaskOutputFields, locationTaskSample, locationTaskTable, type LocationTask } from '../../../src/records/location-task';
import type { RelayEvent } from '../../../relay/contract';
import { eventRecords, withContactOutputs } from '../../../src/hook-trigger';

/**
 * The task triggers' output: the location task as New Task and Task Completed give it (their
 * search's shape, src/records/location-task.ts), with the contact's name and email (which the
 * search names and the TaskCreate/TaskComplete/TaskDelete events do not) and phone from one
 * cached lookup per contact. The assigned user's name and email are not in the events: empty.
 */
export const instantTaskOutputs = withContactOutputs({
  output: locationTaskTable.output,
  sample: locationTaskSample,
  outputFields: locationTaskOutputFields,
});

export const taskEventRecords: (event: RelayEvent) => LocationTask[] = eventRecords(locationTaskTable.parse);
