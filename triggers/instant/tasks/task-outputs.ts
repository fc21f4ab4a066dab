import { flattenLocationTask, LocationTask, locationTaskOutputFields, locationTaskSample } from '../../../src/records/location-task';
import { parseResponse } from '../../../src/schemas';
import type { RelayEvent } from '../../../relay/contract';
import { eventRecords, withContactOutputs } from '../../../src/hook-trigger';

/**
 * The task triggers' output: the location task as New Task and Task Completed give it (their
 * search's shape, src/records/location-task.ts), with the contact's name and email (which the
 * search names and the TaskCreate/TaskComplete/TaskDelete events do not) and phone from one
 * cached lookup per contact. The assigned user's name and email are not in the events: empty.
 */
export const instantTaskOutputs = withContactOutputs({
  output: async (tasks: LocationTask[]) => tasks.map(flattenLocationTask),
  sample: locationTaskSample,
  outputFields: locationTaskOutputFields,
});

export const taskEventRecords: (event: RelayEvent) => LocationTask[] = eventRecords((raw, _w, what) => parseResponse(LocationTask, raw, what));
