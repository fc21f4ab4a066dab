import { clone, compact, notFound, opt, req, route, unprocessable, V_2021_07_28 as V, type Call, type Route, type Rules, type World } from '../http';
import { newId } from '../ids';
import { isoInZone } from '../time';
import type { ContactRecord, NoteRecord, TaskRecord } from '../store';

/**
 * What hangs off a contact: tasks, notes, campaign and workflow enrollment, appointments.
 * Tasks and notes carry no update time in HighLevel's answers (the spec's shapes), so none is
 * added here; the contact's own dateUpdated does not change when they do.
 */

const CONTACT_NOT_FOUND = 'Contact not found';

function parseDue(value: string, name: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw unprocessable([`${name} must be a valid ISO 8601 date string`]);
  return new Date(ms).toISOString();
}

export function activityRoutes({ store }: World): Route[] {
  const contactOf = <P extends string, Q extends Rules, B extends Rules>(call: Call<P, Q, B>, contactId: string): ContactRecord =>
    call.own(store.contacts.get(contactId), CONTACT_NOT_FOUND);

  const taskOf = (contact: ContactRecord, taskId: string): TaskRecord => {
    const task = store.tasks.get(taskId);
    if (!task || task.contactId !== contact.id) throw notFound('Task not found');
    return task;
  };
  const noteOf = (contact: ContactRecord, noteId: string): NoteRecord => {
    const note = store.notes.get(noteId);
    if (!note || note.contactId !== contact.id) throw notFound('Note not found');
    return note;
  };
  const byDue = (a: TaskRecord, b: TaskRecord) => a.dueDate.localeCompare(b.dueDate);
  const newestFirst = (a: NoteRecord, b: NoteRecord) => b.dateAdded.localeCompare(a.dateAdded);

  const taskFields = { title: opt.string(), body: opt.string(), dueDate: opt.string(), completed: opt.boolean(), assignedTo: opt.string() };
  const noteFields = { userId: opt.string(), body: opt.string(), title: opt.string(), color: opt.string(), pinned: opt.boolean() };

  return [
    // ---- tasks
    route({
      method: 'GET',
      path: '/contacts/{contactId}/tasks',
      version: V,
      handler: (call) => ({ tasks: store.tasksOf(contactOf(call, call.params.contactId).id).sort(byDue).map(clone) }),
    }),
    route({
      method: 'POST',
      path: '/contacts/{contactId}/tasks',
      version: V,
      body: { ...taskFields, title: req.string(), dueDate: req.string(), completed: req.boolean() },
      status: 201,
      handler: (call) => {
        const contact = contactOf(call, call.params.contactId);
        const b = call.body;
        const task: TaskRecord = compact({
          id: newId(),
          title: b.title,
          body: b.body,
          assignedTo: b.assignedTo,
          dueDate: parseDue(b.dueDate, 'dueDate'),
          completed: b.completed,
          contactId: contact.id,
        });
        store.tasks.set(task.id, task);
        return { task: clone(task) };
      },
    }),
    route({
      method: 'GET',
      path: '/contacts/{contactId}/tasks/{taskId}',
      version: V,
      handler: (call) => ({ task: clone(taskOf(contactOf(call, call.params.contactId), call.params.taskId)) }),
    }),
    route({
      method: 'PUT',
      path: '/contacts/{contactId}/tasks/{taskId}',
      version: V,
      body: taskFields,
      handler: (call) => {
        const task = taskOf(contactOf(call, call.params.contactId), call.params.taskId);
        const b = call.body;
        const dueDate = b.dueDate !== undefined ? parseDue(b.dueDate, 'dueDate') : undefined;
        if (b.title !== undefined) task.title = b.title;
        if (b.body !== undefined) task.body = b.body;
        if (b.assignedTo !== undefined) task.assignedTo = b.assignedTo;
        if (dueDate !== undefined) task.dueDate = dueDate;
        if (b.completed !== undefined) task.completed = b.completed;
        return { task: clone(task) };
      },
    }),
    route({
      method: 'PUT',
      path: '/contacts/{contactId}/tasks/{taskId}/completed',
      version: V,
      body: { completed: req.boolean() },
      handler: (call) => {
        const task = taskOf(contactOf(call, call.params.contactId), call.params.taskId);
        task.completed = call.body.completed;
        return { task: clone(task) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/contacts/{contactId}/tasks/{taskId}',
      version: V,
      handler: (call) => {
        const task = taskOf(contactOf(call, call.params.contactId), call.params.taskId);
        store.tasks.delete(task.id);
        return { succeded: true };
      },
    }),

    // ---- notes
    route({
      method: 'GET',
      path: '/contacts/{contactId}/notes',
      version: V,
      handler: (call) => ({ notes: store.notesOf(contactOf(call, call.params.contactId).id).sort(newestFirst).map(clone) }),
    }),
    route({
      method: 'POST',
      path: '/contacts/{contactId}/notes',
      version: V,
      body: { ...noteFields, body: req.string() },
      status: 201,
      handler: (call) => {
        const contact = contactOf(call, call.params.contactId);
        const b = call.body;
        const note: NoteRecord = compact({
          id: newId(),
          body: b.body,
          title: b.title,
          color: b.color,
          pinned: b.pinned ?? false,
          userId: b.userId,
          dateAdded: store.now(),
          contactId: contact.id,
        });
        store.notes.set(note.id, note);
        return { note: clone(note) };
      },
    }),
    route({
      method: 'GET',
      path: '/contacts/{contactId}/notes/{id}',
      version: V,
      handler: (call) => ({ note: clone(noteOf(contactOf(call, call.params.contactId), call.params.id)) }),
    }),
    route({
      method: 'PUT',
      path: '/contacts/{contactId}/notes/{id}',
      version: V,
      body: noteFields,
      handler: (call) => {
        const note = noteOf(contactOf(call, call.params.contactId), call.params.id);
        const b = call.body;
        if (b.body !== undefined) note.body = b.body;
        if (b.title !== undefined) note.title = b.title;
        if (b.color !== undefined) note.color = b.color;
        if (b.pinned !== undefined) note.pinned = b.pinned;
        if (b.userId !== undefined) note.userId = b.userId;
        return { note: clone(note) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/contacts/{contactId}/notes/{id}',
      version: V,
      handler: (call) => {
        const note = noteOf(contactOf(call, call.params.contactId), call.params.id);
        store.notes.delete(note.id);
        return { succeded: true };
      },
    }),

    // ---- campaigns and workflows
    route({
      method: 'POST',
      path: '/contacts/{contactId}/campaigns/{campaignId}',
      version: V,
      status: 201,
      handler: (call) => {
        const contact = contactOf(call, call.params.contactId);
        call.own(store.campaigns.get(call.params.campaignId), 'Campaign not found');
        store.enroll('campaign', { contactId: contact.id, targetId: call.params.campaignId, dateAdded: store.now() });
        return { succeded: true };
      },
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
    route({
      method: 'DELETE',
      path: '/contacts/{contactId}/campaigns/{campaignId}',
      version: V,
      handler: (call) => {
        const contact = contactOf(call, call.params.contactId);
        call.own(store.campaigns.get(call.params.campaignId), 'Campaign not found');
        store.unenroll('campaign', contact.id, call.params.campaignId);
        return { succeded: true };
      },
    }),
    route({
      method: 'POST',
      path: '/contacts/{contactId}/workflow/{workflowId}',
      version: V,
      body: { eventStartTime: opt.string() },
      handler: (call) => {
        const contact = contactOf(call, call.params.contactId);
        call.own(store.workflows.get(call.params.workflowId), 'Workflow not found');
        const { eventStartTime } = call.body;
        if (eventStartTime !== undefined && Number.isNaN(Date.parse(eventStartTime))) {
          throw unprocessable(['eventStartTime must be a valid ISO 8601 date string']);
        }
        store.enroll('workflow', compact({ contactId: contact.id, targetId: call.params.workflowId, eventStartTime, dateAdded: store.now() }));
        return { succeded: true };
      },
    }),
    route({
      method: 'DELETE',
      path: '/contacts/{contactId}/workflow/{workflowId}',
      version: V,
      body: { eventStartTime: opt.string() },
      handler: (call) => {
        const contact = contactOf(call, call.params.contactId);
        call.own(store.workflows.get(call.params.workflowId), 'Workflow not found');
        store.unenroll('workflow', contact.id, call.params.workflowId);
        return { succeded: true };
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
