import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import { locationId, type Ctx, type RequestParts } from '../client';
import { endpoint } from '../endpoint';
import type { Flat } from '../operation';
import { parseResponse } from '../schemas';
import { idOf, mayHaveMore, pageSize, text, windowOutputs } from './window';

/**
 * Tasks of the whole location: POST /locations/{locationId}/tasks/search (locations.json,
 * `TaskSearchParamsDto`: contactId[], completed, assignedTo[], query, limit, skip, businessId).
 * The spec leaves the items untyped (`tasks: [ [] ]`); the shape below is the contact task's
 * (title, body, dueDate, completed, assignedTo, contactId) plus what the search adds
 * (`_id`, `description`, `contactDetails`, `assignedToUserDetails`, dateAdded/dateUpdated),
 * every field optional so an unexpected item never fails a Zap; items without an id are skipped.
 * The endpoint cannot sort or filter by date, so a poll reads every page of the filtered set (up
 * to the shared 10-page bound, limit=100/skip) and sorts it here (src/records/window.ts).
 */
export const searchTasksEndpoint = endpoint('POST', '/locations/{locationId}/tasks/search', '2021-07-28', ['locations/tasks.readonly'], { readOnly: true });

const str = z.string().nullish();
const Person = z.looseObject({ id: str, name: str, firstName: str, lastName: str, email: str });

export const LocationTask = z.looseObject({
  _id: str,
  id: str,
  title: str,
  body: str,
  description: str,
  dueDate: str,
  completed: z.boolean().nullish(),
  assignedTo: text,
  assignedToUserDetails: Person.nullish(),
  contactId: str,
  contactDetails: Person.nullish(),
  locationId: str,
  dateAdded: str,
  createdAt: str,
  dateUpdated: str,
  updatedAt: str,
});
export type LocationTask = z.infer<typeof LocationTask>;

const List = z.object({ tasks: z.array(z.unknown()).nullish() });

/** The tasks of a search answer (an item that is itself a list, as the spec draws it, is opened). */
export function locationTaskList(body: unknown): LocationTask[] {
  const raw = (parseResponse(List, body, 'the task search').tasks ?? []).flatMap((t) => (Array.isArray(t) ? t : [t]));
  return raw.map((t) => LocationTask.safeParse(t).data).filter((t): t is LocationTask => Boolean(t && idOf(t)));
}

const nameOf = (p: z.infer<typeof Person> | null | undefined): string | null =>
  p ? p.name || [p.firstName, p.lastName].filter(Boolean).join(' ') || null : null;

export const flattenLocationTask = (t: LocationTask): Flat => ({
  id: idOf(t),
  title: t.title ?? null,
  body: t.body ?? t.description ?? null,
  dueDate: t.dueDate ?? null,
  completed: t.completed ?? false,
  assignedTo: t.assignedTo ?? t.assignedToUserDetails?.id ?? null,
  assignedToName: nameOf(t.assignedToUserDetails),
  assignedToEmail: t.assignedToUserDetails?.email ?? null,
  contactId: t.contactId ?? t.contactDetails?.id ?? null,
  contactName: nameOf(t.contactDetails),
  contactEmail: t.contactDetails?.email ?? null,
  locationId: t.locationId ?? null,
  dateAdded: t.dateAdded ?? t.createdAt ?? null,
  dateUpdated: t.dateUpdated ?? t.updatedAt ?? null,
});

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
  windowOutputs<LocationTask>({ items: locationTaskList, next, time, flatten: (tasks) => tasks.map(flattenLocationTask) });

export const locationTaskOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Task ID' },
  { key: 'title', label: 'Title' },
  { key: 'body', label: 'Description' },
  { key: 'dueDate', label: 'Due Date', type: 'datetime' },
  { key: 'completed', label: 'Completed', type: 'boolean' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'assignedToName', label: 'Assigned User Name' },
  { key: 'assignedToEmail', label: 'Assigned User Email' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'contactEmail', label: 'Contact Email' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

export const locationTaskSample: Flat = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  title: 'Mail welcome postcard',
  body: 'Send the spring postcard through Mailbox Power.',
  dueDate: '2025-03-21T17:00:00.000Z',
  completed: false,
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  assignedToName: 'Sam Lee',
  assignedToEmail: 'sam.lee@example.com',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Rosa Delgado',
  contactEmail: 'rosa.delgado@example.com',
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2025-03-14T15:04:05.000Z',
  dateUpdated: '2025-03-14T15:04:05.000Z',
};
