import { compact, opt, route, V_2021_07_28 as V, type Route, type World } from '../http';
import type { ContactRecord, TaskRecord, UserRecord } from '../store';

/**
 * The location's task search: the tasks of all its contacts (the contact task routes' records),
 * filtered by contacts, assignees, completion, a business (its contacts' tasks) and `query`
 * (title or description), by due date (soonest first), paged by `limit`/`skip`. The spec leaves
 * the items untyped (`tasks: [[]]`); they are answered as HighLevel's task search does: `_id`,
 * the task's fields, its location, dateAdded / dateUpdated and the contact's and assignee's
 * names.
 */

const DEFAULT_LIMIT = 25;

const person = (p: ContactRecord | UserRecord | undefined) => (p ? compact({ id: p.id, firstName: p.firstName, lastName: p.lastName, email: p.email }) : undefined);

export function taskRoutes({ store }: World): Route[] {
  const searched = (t: TaskRecord, contact: ContactRecord) =>
    compact({
      _id: t.id,
      title: t.title,
      body: t.body,
      dueDate: t.dueDate,
      completed: t.completed,
      assignedTo: t.assignedTo,
      contactId: t.contactId,
      locationId: contact.locationId,
      deleted: false,
      dateAdded: t.dateAdded,
      dateUpdated: t.dateUpdated ?? t.dateAdded,
      contactDetails: person(contact),
      assignedToUserDetails: t.assignedTo ? person(store.users.get(t.assignedTo)) : undefined,
    });

  return [
    route({
      method: 'POST',
      path: '/locations/{locationId}/tasks/search',
      version: V,
      body: {
        contactId: opt.stringArray(),
        completed: opt.boolean(),
        assignedTo: opt.stringArray(),
        query: opt.string(),
        limit: opt.number({ min: 1 }),
        skip: opt.number({ min: 0 }),
        businessId: opt.string(),
      },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(params.locationId);
        const contacts = new Map(store.contactsOf(params.locationId).map((c) => [c.id, c]));
        const contactIds = body.contactId?.length ? new Set(body.contactId) : undefined;
        const assignees = body.assignedTo?.length ? new Set(body.assignedTo) : undefined;
        const q = body.query?.trim().toLowerCase();
        const all = [...store.tasks.values()]
          .map((t) => ({ t, c: contacts.get(t.contactId) }))
          .filter((x): x is { t: TaskRecord; c: ContactRecord } => x.c !== undefined)
          .filter(({ t }) => !contactIds || contactIds.has(t.contactId))
          .filter(({ t }) => !assignees || (t.assignedTo !== undefined && assignees.has(t.assignedTo)))
          .filter(({ t }) => body.completed === undefined || t.completed === body.completed)
          .filter(({ c }) => !body.businessId || c.businessId === body.businessId)
          .filter(({ t }) => !q || [t.title, t.body].some((v) => v?.toLowerCase().includes(q)))
          .sort((a, b) => a.t.dueDate.localeCompare(b.t.dueDate) || a.t.id.localeCompare(b.t.id));
        const skip = body.skip ?? 0;
        return { tasks: all.slice(skip, skip + (body.limit ?? DEFAULT_LIMIT)).map(({ t, c }) => searched(t, c)) };
      },
    }),
  ];
}
