import { locationId, type Ctx, type RequestParts } from '../client';
import { endpoint } from '../endpoint';
import { isRecord, defineRecord, readAs, t, type Output } from '../record-table';
import { mayHaveMore, pageSize, windowOutputs } from './window';

/**
 * Tasks of the whole location: POST /locations/{locationId}/tasks/search (locations.json,
 * `TaskSearchParamsDto`: contactId[], completed, assignedTo[], query, limit, skip, businessId).
 * The spec leaves the items untyped (`tasks: [ [] ]`); the table below reads the contact task's
 * fields (title, body, dueDate, completed, assignedTo, contactId) plus what the search adds
 * (`_id`, `description`, `contactDetails`, `assignedToUserDetails`, dateAdded/dateUpdated),
 * leniently as every record table does; items without an id are skipped (not failed).
 * The endpoint cannot sort or filter by date, so a poll reads every page of the filtered set (up
 * to the shared 10-page bound, limit=100/skip) and sorts it here (src/records/window.ts).
 */
export const searchTasksEndpoint = endpoint('POST', '/locations/{locationId}/tasks/search', '2021-07-28', ['locations/tasks.readonly'], { readOnly: true });

/** A person of the search's details (`{ name }` or `{ firstName, lastName }`): the name, when only the parts are given. */
const nameParts = (person: string) => (_out: unknown, raw: Readonly<Record<string, unknown>>): string | null => {
  const p = raw[person];
  if (!isRecord(p)) return null;
  return [readAs(t.text, p.firstName), readAs(t.text, p.lastName)].filter(Boolean).join(' ') || null;
};

export const locationTaskTable = defineRecord(
  {
    id: { label: 'Task ID', type: t.text, from: ['_id', 'id'], sample: 'lJpzYrWdpkC2hX6t2yue' },
    title: { label: 'Title', type: t.text, sample: 'Mail welcome postcard' },
    body: { label: 'Description', type: t.text, from: ['body', 'description'], sample: 'Send the spring postcard through Mailbox Power.' },
    dueDate: { label: 'Due Date', type: t.datetime, sample: '2025-03-21T17:00:00.000Z' },
    completed: { label: 'Completed', type: t.boolean, sample: false, derive: () => false },
    assignedTo: { label: 'Assigned User ID', type: t.looseText, from: ['assignedTo', 'assignedToUserDetails.id'], sample: 'y0BeYjuRIlDwsDcOHOJo' },
    assignedToName: {
      label: 'Assigned User Name', type: t.nonEmptyText, from: 'assignedToUserDetails.name', sample: 'Sam Lee',
      derive: nameParts('assignedToUserDetails'),
    },
    assignedToEmail: { label: 'Assigned User Email', type: t.text, from: 'assignedToUserDetails.email', sample: 'sam.lee@example.com' },
    contactId: { label: 'Contact ID', type: t.text, from: ['contactId', 'contactDetails.id'], sample: 'seD4PfOuKoVMLkEZqohJ' },
    contactName: { label: 'Contact Name', type: t.nonEmptyText, from: 'contactDetails.name', sample: 'Rosa Delgado', derive: nameParts('contactDetails') },
    contactEmail: { label: 'Contact Email', type: t.text, from: 'contactDetails.email', sample: 'rosa.delgado@example.com' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    dateAdded: { label: 'Date Added', type: t.datetime, from: ['dateAdded', 'createdAt'], sample: '2025-03-14T15:04:05.000Z' },
    dateUpdated: { label: 'Date Updated', type: t.datetime, from: ['dateUpdated', 'updatedAt'], sample: '2025-03-14T15:04:05.000Z' },
  },
  { name: 'task' },
);
export type LocationTask = Output<typeof locationTaskTable.fields>;

const hasId = (item: unknown): boolean =>
  isRecord(item) && [item._id, item.id].some((v) => (typeof v === 'string' && v !== '') || typeof v === 'number');

const readTasks = locationTaskTable.list('tasks', 'the task search');

/** The tasks of a search answer (an item that is itself a list, as the spec draws it, is opened; an item without an id is skipped). */
export const locationTaskList = (body: unknown): LocationTask[] =>
  readTasks(isRecord(body) && Array.isArray(body.tasks) ? { tasks: body.tasks.flat().filter(hasId) } : body);

/** The first page of the location's tasks, pending or completed, optionally of one assignee. */
export const taskSearchRequest =
  (completed: boolean) =>
  (input: { assignedTo?: string }, { bundle }: Ctx): RequestParts => ({
    path: { locationId: locationId(bundle) },
    body: { completed, ...(input.assignedTo ? { assignedTo: [input.assignedTo] } : {}), limit: pageSize(bundle), skip: 0 },
  });

type SearchBody = { limit?: number; skip?: number };

/** `skip` paging while pages are full (the search answers no total). */
function next(_body: unknown, current: RequestParts, count: number): RequestParts | null {
  const body = (current.body ?? {}) as SearchBody;
  if (!mayHaveMore(count, Number(body.limit))) return null;
  return { ...current, body: { ...body, skip: (Number(body.skip) || 0) + count } };
}

/** Records, paging and newest-first output of a task poll; `time` says what "newest" means. */
export const locationTaskPolling = (time: (t: LocationTask) => unknown) =>
  windowOutputs<LocationTask>({ items: locationTaskList, next, time, flatten: locationTaskTable.output });

export const locationTaskOutputFields = locationTaskTable.outputFields;
export const locationTaskSample = locationTaskTable.sample;
