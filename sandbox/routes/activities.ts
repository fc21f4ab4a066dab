import { clone, compact, notFound, opt, req, route, unprocessable, V_2021_07_28 as V, type Call, type Infer, type Route, type Rules, type World } from '../http';
import { newId } from '../ids';
import { isoInZone } from '../time';
import type { ContactRecord, Enrollment, SandboxStore, TaskRecord } from '../store';

/**
 * What hangs off a contact: tasks, notes, campaign and workflow enrollment, appointments.
 * Tasks and notes carry no update time in these answers (the spec's shapes); a task keeps
 * dateAdded / dateUpdated for the location's task search (routes/tasks.ts), which answers them.
 * The contact's own dateUpdated does not change when they do.
 */

const CONTACT_NOT_FOUND = 'Contact not found';

function parseDue(value: string, name: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw unprocessable([`${name} must be a valid ISO 8601 date string`]);
  return new Date(ms).toISOString();
}

/** A contact task as the contact routes answer it (the spec's TaskSchema: no timestamps). */
export function contactTask(t: TaskRecord): Omit<TaskRecord, 'dateAdded' | 'dateUpdated'> {
  return compact({ id: t.id, title: t.title, body: t.body, assignedTo: t.assignedTo, dueDate: t.dueDate, completed: t.completed, contactId: t.contactId });
}

/** Copies the given keys that `changes` sets (not undefined) onto `target`, in the keys' order. */
function assignDefined<T, K extends keyof T>(target: T, changes: Partial<Pick<T, K>>, keys: readonly K[]): void {
  for (const key of keys) {
    const value = changes[key];
    if (value !== undefined) target[key] = value;
  }
}

/** The contact of a route's `{contactId}`: 404 when missing, 403 when in another location. */
type ContactLookup = (call: Pick<Call<string, Rules, Rules>, 'own'>, contactId: string) => ContactRecord;

/** One kind of record that hangs off a contact (tasks, notes): what its five routes need. */
interface SubRecordKind<T extends { id: string; contactId: string }, C extends Rules, U extends Rules> {
  /** The path segment and the list's answer key ("tasks"), and a single record's key ("task"; its 404 is "Task not found"). */
  many: string;
  one: string;
  /** The record id's name in the spec's path template ("taskId"; notes use "id"). */
  idParam: string;
  /** The records of every contact; a contact's list is those with its id, in `order`. */
  records: Map<string, T>;
  order(a: T, b: T): number;
  createBody: C;
  create(body: Infer<C>, contactId: string): T;
  /** The answer shape of one record (default: the record as stored). */
  answer?(record: T): object;
  updateBody: U;
  /** Applies an update; a bad value throws before anything changes. */
  update(record: T, body: Infer<U>): void;
}

/**
 * A contact's sub-records: list, create, get, update, delete, as HighLevel answers them
 * (`{ tasks: [...] }`, `{ task }`, `{ succeded: true }`). Also returns the lookup of one record
 * of the contact (404 with the kind's message), for the kind's own extra routes.
 */
function subRecordRoutes<T extends { id: string; contactId: string }, C extends Rules, U extends Rules>(
  contactOf: ContactLookup,
  kind: SubRecordKind<T, C, U>,
): { routes: Route[]; recordOf: (contact: ContactRecord, id: string) => T } {
  const notFoundMessage = `${kind.one.charAt(0).toUpperCase()}${kind.one.slice(1)} not found`;
  const recordOf = (contact: ContactRecord, id: string): T => {
    const record = kind.records.get(id);
    if (!record || record.contactId !== contact.id) throw notFound(notFoundMessage);
    return record;
  };
  const listOf = (contactId: string) => [...kind.records.values()].filter((r) => r.contactId === contactId);
  const listPath = `/contacts/{contactId}/${kind.many}` as const;
  const itemPath = `${listPath}/{${kind.idParam}}` as const;
  const recordAt = (call: Pick<Call<typeof itemPath, Rules, Rules>, 'own' | 'params'>) =>
    recordOf(contactOf(call, call.params.contactId), call.params[kind.idParam]);
  const answer = (record: T): object => (kind.answer ? kind.answer(record) : clone(record));
  const one = (record: T) => ({ [kind.one]: answer(record) });
  const routes = [
    route({
      method: 'GET',
      path: listPath,
      version: V,
      handler: (call) => ({ [kind.many]: listOf(contactOf(call, call.params.contactId).id).sort(kind.order).map(answer) }),
    }),
    route({
      method: 'POST',
      path: listPath,
      version: V,
      body: kind.createBody,
      status: 201,
      handler: (call) => {
        const record = kind.create(call.body, contactOf(call, call.params.contactId).id);
        kind.records.set(record.id, record);
        return one(record);
      },
    }),
    route({
      method: 'GET',
      path: itemPath,
      version: V,
      handler: (call) => one(recordAt(call)),
    }),
    route({
      method: 'PUT',
      path: itemPath,
      version: V,
      body: kind.updateBody,
      handler: (call) => {
        const record = recordAt(call);
        kind.update(record, call.body);
        return one(record);
      },
    }),
    route({
      method: 'DELETE',
      path: itemPath,
      version: V,
      handler: (call) => {
        const record = recordAt(call);
        kind.records.delete(record.id);
        return { succeded: true };
      },
    }),
  ];
  return { routes, recordOf };
}

/** Enrollment of a contact in a campaign or a workflow: what its add and remove routes need. */
interface EnrollmentKind<B extends Rules> {
  kind: 'campaign' | 'workflow';
  /** The path segment ("campaigns"; workflows use the singular "workflow"). */
  segment: string;
  idParam: string;
  targets: Map<string, { locationId: string }>;
  notFound: string;
  /** The add route's success status (the spec's). */
  addStatus: number;
  /** Both routes' body rules. */
  body: B;
  /** The enrollment's extra fields from the add route's body; a bad value throws. */
  extra(body: Infer<B>): Pick<Enrollment, 'eventStartTime'>;
}

/** `POST` and `DELETE /contacts/{contactId}/{segment}/{id}`: 404 for a missing contact or target. */
function enrollmentRoutes<B extends Rules>(contactOf: ContactLookup, store: SandboxStore, kind: EnrollmentKind<B>): Route[] {
  const path = `/contacts/{contactId}/${kind.segment}/{${kind.idParam}}` as const;
  const contactAndTarget = (call: Pick<Call<typeof path, Rules, Rules>, 'own' | 'params'>) => {
    const contact = contactOf(call, call.params.contactId);
    const targetId = call.params[kind.idParam];
    call.own(kind.targets.get(targetId), kind.notFound);
    return { contactId: contact.id, targetId };
  };
  return [
    route({
      method: 'POST',
      path,
      version: V,
      body: kind.body,
      status: kind.addStatus,
      handler: (call) => {
        const { contactId, targetId } = contactAndTarget(call);
        store.enroll(kind.kind, compact({ contactId, targetId, ...kind.extra(call.body), dateAdded: store.now() }));
        return { succeded: true };
      },
    }),
    route({
      method: 'DELETE',
      path,
      version: V,
      body: kind.body,
      handler: (call) => {
        const { contactId, targetId } = contactAndTarget(call);
        store.unenroll(kind.kind, contactId, targetId);
        return { succeded: true };
      },
    }),
  ];
}

export function activityRoutes({ store }: World): Route[] {
  const contactOf: ContactLookup = (call, contactId) => call.own(store.contacts.get(contactId), CONTACT_NOT_FOUND);

  const taskFields = { title: opt.string(), body: opt.string(), dueDate: opt.string(), completed: opt.boolean(), assignedTo: opt.string() };
  const tasks = subRecordRoutes(contactOf, {
    many: 'tasks',
    one: 'task',
    idParam: 'taskId',
    records: store.tasks,
    order: (a, b) => a.dueDate.localeCompare(b.dueDate),
    createBody: { ...taskFields, title: req.string(), dueDate: req.string(), completed: req.boolean() },
    create: (b, contactId) => {
      const now = store.now();
      return compact({
        id: newId(),
        title: b.title,
        body: b.body,
        assignedTo: b.assignedTo,
        dueDate: parseDue(b.dueDate, 'dueDate'),
        completed: b.completed,
        contactId,
        dateAdded: now,
        dateUpdated: now,
      });
    },
    answer: contactTask,
    updateBody: taskFields,
    update: (task, b) => {
      const dueDate = b.dueDate !== undefined ? parseDue(b.dueDate, 'dueDate') : undefined;
      assignDefined(task, { ...b, dueDate }, ['title', 'body', 'assignedTo', 'dueDate', 'completed']);
      task.dateUpdated = store.now();
    },
  });

  const noteFields = { userId: opt.string(), body: opt.string(), title: opt.string(), color: opt.string(), pinned: opt.boolean() };
  const notes = subRecordRoutes(contactOf, {
    many: 'notes',
    one: 'note',
    idParam: 'id',
    records: store.notes,
    order: (a, b) => b.dateAdded.localeCompare(a.dateAdded),
    createBody: { ...noteFields, body: req.string() },
    create: (b, contactId) =>
      compact({
        id: newId(),
        body: b.body,
        title: b.title,
        color: b.color,
        pinned: b.pinned ?? false,
        userId: b.userId,
        dateAdded: store.now(),
        contactId,
      }),
    updateBody: noteFields,
    update: (note, b) => assignDefined(note, b, ['body', 'title', 'color', 'pinned', 'userId']),
  });

  return [
    ...tasks.routes,
    route({
      method: 'PUT',
      path: '/contacts/{contactId}/tasks/{taskId}/completed',
      version: V,
      body: { completed: req.boolean() },
      handler: (call) => {
        const task = tasks.recordOf(contactOf(call, call.params.contactId), call.params.taskId);
        task.completed = call.body.completed;
        task.dateUpdated = store.now();
        return { task: contactTask(task) };
      },
    }),
    ...notes.routes,

    // ---- campaigns and workflows
    ...enrollmentRoutes(contactOf, store, {
      kind: 'campaign',
      segment: 'campaigns',
      idParam: 'campaignId',
      targets: store.campaigns,
      notFound: 'Campaign not found',
      addStatus: 201,
      body: {},
      extra: () => ({}),
    }),
    route({
      method: 'DELETE',
      path: '/contacts/{contactId}/campaigns/removeAll',
      version: V,
      handler: (call) => {
        store.unenroll('campaign', contactOf(call, call.params.contactId).id);
        return { succeded: true };
      },
    }),
    ...enrollmentRoutes(contactOf, store, {
      kind: 'workflow',
      segment: 'workflow',
      idParam: 'workflowId',
      targets: store.workflows,
      notFound: 'Workflow not found',
      addStatus: 200,
      body: { eventStartTime: opt.string() },
      extra: ({ eventStartTime }) => {
        if (eventStartTime !== undefined && Number.isNaN(Date.parse(eventStartTime))) {
          throw unprocessable(['eventStartTime must be a valid ISO 8601 date string']);
        }
        return { eventStartTime };
      },
    }),

    // ---- appointments of a contact (times as the spec's example: "2021-07-16 11:00:00", location time)
    route({
      method: 'GET',
      path: '/contacts/{contactId}/appointments',
      version: V,
      handler: (call) => {
        const contact = contactOf(call, call.params.contactId);
        const tz = store.locations.get(contact.locationId)?.timezone ?? 'UTC';
        const local = (iso: string) => isoInZone(Date.parse(iso), tz).slice(0, 19).replace('T', ' ');
        const events = store
          .appointmentsOfContact(contact.id)
          .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime))
          .map((a) =>
            compact({
              id: a.id,
              calendarId: a.calendarId,
              status: a.appointmentStatus,
              title: a.title,
              assignedUserId: a.assignedUserId,
              notes: a.notes,
              startTime: local(a.startTime),
              endTime: local(a.endTime),
              address: a.address,
              locationId: a.locationId,
              contactId: a.contactId,
              groupId: a.groupId,
              appointmentStatus: a.appointmentStatus,
              users: [...a.users],
              dateAdded: a.dateAdded,
              dateUpdated: a.dateUpdated,
            }),
          );
        return { events };
      },
    }),
  ];
}
