import { badRequest, clone, compact, intParam, notFound, opt, req, route, unprocessable, validate, V_2021_04_15 as V, type Route, type World } from '../http';
import { newId, newObjectId } from '../ids';
import type { BlockedSlotRecord, CalendarNotificationRecord, CalendarResourceRecord, ResourceType } from '../ext-store';
import type { CalendarRecord, OpenHours } from '../store';
import { isoInZone, parseInstant } from '../time';

/**
 * Calendar administration (Version 2021-04-15): create, update and delete calendars; calendar
 * groups (with slug check and status); resources (rooms, equipments); a calendar's
 * notifications (the create body and answer are JSON arrays, as in the spec); blocked slots;
 * appointment notes. Deleting a calendar deletes its appointments, blocked slots and
 * notifications; deleting a group leaves its calendars without a group.
 */

const RESOURCE_TYPES = ['equipments', 'rooms'] as const satisfies readonly ResourceType[];
const CALENDAR_TYPES = ['round_robin', 'event', 'class_booking', 'collective', 'service_booking', 'personal'] as const;
const NOT_FOUND = { calendar: 'Calendar not found', group: 'Calendar group not found', resource: 'Calendar resource not found', notification: 'Notification not found', slot: 'Blocked slot not found', note: 'Note not found', appointment: 'Appointment not found' };

const notificationRules = {
  receiverType: opt.string(),
  channel: opt.string(),
  notificationType: opt.string(),
  isActive: opt.boolean(),
  deleted: opt.boolean(),
  templateId: opt.string(),
  body: opt.string(),
  subject: opt.string(),
  afterTime: opt.array(),
  beforeTime: opt.array(),
  additionalEmailIds: opt.stringArray(),
  additionalPhoneNumbers: opt.stringArray(),
  selectedUsers: opt.stringArray(),
  fromAddress: opt.string(),
  fromName: opt.string(),
  fromNumber: opt.string(),
};
const newNotificationRules = { ...notificationRules, receiverType: req.string(), channel: req.string(), notificationType: req.string() };

type Offsets = { timeOffset: number; unit: string }[];
const offsets = (v: unknown[] | undefined): Offsets | undefined =>
  v?.flatMap((x) => (typeof x === 'object' && x !== null && 'timeOffset' in x && 'unit' in x ? [{ timeOffset: Number(x.timeOffset), unit: String(x.unit) }] : []));

/** `skip` / `limit` (default 100) of a list's query string. */
function pageOf<T>(all: T[], query: { skip?: string; limit?: string }): T[] {
  const skip = intParam(query.skip, 0, 'skip');
  return all.slice(skip, skip + intParam(query.limit, 100, 'limit'));
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** The spec's openHours: [{ daysOfTheWeek: [0-6], hours: [{ openHour, openMinute, closeHour, closeMinute }] }]. */
function openHoursOf(raw: unknown[]): OpenHours[] {
  return raw.map((entry, i) => {
    const o = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const days = Array.isArray(o.daysOfTheWeek) ? o.daysOfTheWeek.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6) : [];
    if (days.length === 0) throw unprocessable([`openHours.${i}.daysOfTheWeek must contain weekdays 0-6`]);
    const hours = (Array.isArray(o.hours) ? o.hours : []).map((h) => {
      const x = typeof h === 'object' && h !== null ? (h as Record<string, unknown>) : {};
      return { openHour: num(x.openHour, 9), openMinute: num(x.openMinute, 0), closeHour: num(x.closeHour, 17), closeMinute: num(x.closeMinute, 0) };
    });
    return { daysOfTheWeek: days, hours };
  });
}

export function calendarAdminRoutes({ store, ext }: World): Route[] {
  const zoneOf = (locationId: string) => store.locations.get(locationId)?.timezone ?? 'UTC';
  const inZone = (value: string, name: string, locationId: string) => {
    const ms = parseInstant(value);
    if (Number.isNaN(ms)) throw unprocessable([`${name} must be a valid ISO 8601 date string`]);
    return isoInZone(ms, zoneOf(locationId));
  };
  const calendarFields = {
    groupId: opt.string(),
    description: opt.string(),
    slug: opt.string(),
    widgetSlug: opt.string(),
    calendarType: opt.string({ enum: CALENDAR_TYPES }),
    widgetType: opt.string({ enum: ['classic', 'default'] as const }),
    eventTitle: opt.string(),
    eventColor: opt.string(),
    teamMembers: opt.array(),
    slotDuration: opt.number(),
    slotDurationUnit: opt.string({ enum: ['mins', 'hours'] as const }),
    slotInterval: opt.number(),
    slotIntervalUnit: opt.string({ enum: ['mins', 'hours'] as const }),
    slotBuffer: opt.number(),
    appoinmentPerSlot: opt.number(),
    openHours: opt.array(),
    autoConfirm: opt.boolean(),
    allowReschedule: opt.boolean(),
    allowCancellation: opt.boolean(),
    isActive: opt.boolean(),
  };
  const teamOf = (raw: unknown[] | undefined, locationId: string): CalendarRecord['teamMembers'] | undefined =>
    raw?.map((m, i) => {
      const o = typeof m === 'object' && m !== null ? (m as Record<string, unknown>) : {};
      const userId = typeof o.userId === 'string' ? o.userId : '';
      if (!store.users.get(userId)?.roles.locationIds.includes(locationId)) throw badRequest(`Team member ${userId} is not a user of this location`);
      return { userId, priority: typeof o.priority === 'number' ? o.priority : 0.5, meetingLocationType: typeof o.meetingLocationType === 'string' ? o.meetingLocationType : 'custom', meetingLocation: typeof o.meetingLocation === 'string' ? o.meetingLocation : '', isPrimary: o.isPrimary === true || i === 0 };
    });
  const checkGroup = (groupId: string | undefined, locationId: string) => {
    if (groupId && ext.calendarGroups.get(groupId)?.locationId !== locationId) throw badRequest('Calendar group not found');
  };
  const calendarOf = (id: string) => store.calendars.get(id);
  type Own = <T extends { locationId: string }>(r: T | undefined, m: string) => T;
  const ownCalendarOfNotification = (calendarId: string, own: Own) => own(calendarOf(calendarId), NOT_FOUND.calendar);
  /** A calendar's notification (not a deleted one): 404 unless it is one of the calendar's. */
  const notificationOf = (params: { calendarId: string; notificationId: string }, own: Own) => {
    ownCalendarOfNotification(params.calendarId, own);
    const n = ext.calendarNotifications.get(params.notificationId);
    if (!n || n.calendarId !== params.calendarId || n.deleted) throw notFound(NOT_FOUND.notification);
    return n;
  };
  /** A resource of the path's type (rooms, equipments): 404 when it is of the other type. */
  const resourceOf = (params: { resourceType: string; id: string }, own: Own) => {
    const r = own(ext.calendarResources.get(params.id), NOT_FOUND.resource);
    if (r.resourceType !== params.resourceType) throw notFound(NOT_FOUND.resource);
    return r;
  };
  const groupOf = (groupId: string, own: Own) => own(ext.calendarGroups.get(groupId), NOT_FOUND.group);
  const notificationOut = (n: CalendarNotificationRecord) => {
    const { calendarId: _c, ...rest } = clone(n);
    return rest;
  };
  const slugTaken = (locationId: string, slug: string, exceptId?: string) => [...ext.calendarGroups.values()].some((g) => g.locationId === locationId && g.slug === slug && g.id !== exceptId);
  const slotOut = (s: BlockedSlotRecord) => compact({ id: s.id, locationId: s.locationId, title: s.title, startTime: s.startTime, endTime: s.endTime, calendarId: s.calendarId, assignedUserId: s.assignedUserId });
  const slotFields = { title: opt.string(), calendarId: req.string(), assignedUserId: opt.string(), locationId: req.string(), startTime: opt.string(), endTime: opt.string() };
  const noteOf = (appointmentId: string, noteId: string, own: Own) => {
    own(store.appointments.get(appointmentId), NOT_FOUND.appointment);
    const note = ext.appointmentNotes.get(noteId);
    if (!note || note.appointmentId !== appointmentId) throw notFound(NOT_FOUND.note);
    return note;
  };
  const author = (userId: string | undefined, fallback: string) => {
    const u = store.users.get(userId ?? fallback);
    return { id: u?.id ?? fallback, name: u?.name ?? '' };
  };

  return [
    // ---- calendars
    route({
      method: 'POST',
      path: '/calendars/',
      version: V,
      body: { ...calendarFields, locationId: req.string(), name: req.string() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        checkGroup(body.groupId, body.locationId);
        const slug = body.slug ?? body.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        const minutes = body.slotDuration ?? 30;
        const c: CalendarRecord = compact({
          id: newId(),
          locationId: body.locationId,
          groupId: body.groupId,
          name: body.name,
          description: body.description ?? '',
          slug,
          widgetSlug: body.widgetSlug ?? slug,
          calendarType: body.calendarType === 'round_robin' || body.calendarType === 'personal' ? body.calendarType : 'event',
          widgetType: body.widgetType ?? 'classic',
          eventTitle: body.eventTitle ?? '{{contact.name}}',
          eventColor: body.eventColor ?? '#039be5',
          teamMembers: teamOf(body.teamMembers, body.locationId) ?? [],
          slotDuration: minutes,
          slotDurationUnit: body.slotDurationUnit ?? 'mins',
          slotInterval: body.slotInterval ?? minutes,
          slotIntervalUnit: body.slotIntervalUnit ?? 'mins',
          slotBuffer: body.slotBuffer ?? 0,
          appoinmentPerSlot: body.appoinmentPerSlot ?? 1,
          openHours: body.openHours ? openHoursOf(body.openHours) : [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }],
          availabilityType: 0,
          isActive: body.isActive ?? true,
          autoConfirm: body.autoConfirm ?? true,
          allowReschedule: body.allowReschedule ?? true,
          allowCancellation: body.allowCancellation ?? true,
        });
        store.calendars.set(c.id, c);
        return { calendar: clone(c) };
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/{calendarId}',
      version: V,
      body: { ...calendarFields, name: opt.string() },
      handler: ({ params, body, own }) => {
        const c = own(calendarOf(params.calendarId), NOT_FOUND.calendar);
        checkGroup(body.groupId, c.locationId);
        const { teamMembers, openHours, calendarType, ...plain } = body;
        const next: CalendarRecord = compact({ ...c, ...plain });
        if (teamMembers) next.teamMembers = teamOf(teamMembers, c.locationId) ?? [];
        if (openHours) next.openHours = openHoursOf(openHours);
        if (calendarType === 'round_robin' || calendarType === 'personal' || calendarType === 'event') next.calendarType = calendarType;
        store.calendars.set(c.id, next);
        return { calendar: clone(next) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/calendars/{calendarId}',
      version: V,
      handler: ({ params, own }) => {
        const c = own(calendarOf(params.calendarId), NOT_FOUND.calendar);
        store.calendars.delete(c.id);
        for (const a of [...store.appointments.values()]) if (a.calendarId === c.id) store.appointments.delete(a.id);
        for (const s of [...ext.blockedSlots.values()]) if (s.calendarId === c.id) ext.blockedSlots.delete(s.id);
        for (const n of [...ext.calendarNotifications.values()]) if (n.calendarId === c.id) ext.calendarNotifications.delete(n._id);
        return { success: true };
      },
    }),

    // ---- groups
    route({
      method: 'GET',
      path: '/calendars/groups',
      version: V,
      query: { locationId: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        return { groups: [...ext.calendarGroups.values()].filter((g) => g.locationId === query.locationId).map(clone) };
      },
    }),
    route({
      method: 'POST',
      path: '/calendars/groups',
      version: V,
      status: 201,
      body: { locationId: req.string(), name: req.string(), description: req.string(), slug: req.string(), isActive: opt.boolean() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        if (slugTaken(body.locationId, body.slug)) throw badRequest('Group slug is already taken');
        const g = { id: newId(), locationId: body.locationId, name: body.name, description: body.description, slug: body.slug, isActive: body.isActive ?? true };
        ext.calendarGroups.set(g.id, g);
        return { group: clone(g) };
      },
    }),
    route({
      method: 'POST',
      path: '/calendars/groups/validate-slug',
      version: V,
      body: { locationId: req.string(), slug: req.string() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        return { available: !slugTaken(body.locationId, body.slug) };
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/groups/{groupId}',
      version: V,
      body: { name: req.string(), description: req.string(), slug: req.string() },
      handler: ({ params, body, own }) => {
        const g = groupOf(params.groupId, own);
        if (slugTaken(g.locationId, body.slug, g.id)) throw badRequest('Group slug is already taken');
        Object.assign(g, body);
        return { group: clone(g) };
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/groups/{groupId}/status',
      version: V,
      body: { isActive: req.boolean() },
      handler: ({ params, body, own }) => {
        groupOf(params.groupId, own).isActive = body.isActive;
        return { success: true };
      },
    }),
    route({
      method: 'DELETE',
      path: '/calendars/groups/{groupId}',
      version: V,
      handler: ({ params, own }) => {
        const g = groupOf(params.groupId, own);
        ext.calendarGroups.delete(g.id);
        for (const c of store.calendars.values()) if (c.groupId === g.id) delete c.groupId;
        return { success: true };
      },
    }),

    // ---- resources
    route({
      method: 'GET',
      path: '/calendars/resources/{resourceType}',
      version: V,
      query: { locationId: req.string(), limit: req.string(), skip: req.string() },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(query.locationId);
        const all = [...ext.calendarResources.values()].filter((r) => r.locationId === query.locationId && r.resourceType === params.resourceType);
        return pageOf(all, query).map(clone);
      },
    }),
    route({
      method: 'GET',
      path: '/calendars/resources/{resourceType}/{id}',
      version: V,
      handler: ({ params, own }) => clone(resourceOf(params, own)),
    }),
    route({
      method: 'POST',
      path: '/calendars/resources/{resourceType}',
      version: V,
      status: 201,
      body: { locationId: req.string(), name: req.string(), description: req.string(), quantity: req.number({ min: 0 }), outOfService: req.number({ min: 0 }), capacity: req.number({ min: 0 }), calendarIds: req.stringArray() },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(body.locationId);
        const type = RESOURCE_TYPES.find((t) => t === params.resourceType);
        if (!type) throw unprocessable([`resourceType must be one of the following values: ${RESOURCE_TYPES.join(', ')}`]);
        for (const id of body.calendarIds) if (calendarOf(id)?.locationId !== body.locationId) throw badRequest(`Calendar ${id} not found`);
        const r: CalendarResourceRecord = { id: newId(), resourceType: type, ...body, isActive: true };
        ext.calendarResources.set(r.id, r);
        return clone(r);
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/resources/{resourceType}/{id}',
      version: V,
      body: { locationId: opt.string(), name: opt.string(), description: opt.string(), quantity: opt.number({ min: 0 }), outOfService: opt.number({ min: 0 }), capacity: opt.number({ min: 0 }), calendarIds: opt.stringArray(), isActive: opt.boolean() },
      handler: ({ params, body, own }) => {
        const r = resourceOf(params, own);
        const { locationId: _l, ...changes } = body;
        for (const id of changes.calendarIds ?? []) if (calendarOf(id)?.locationId !== r.locationId) throw badRequest(`Calendar ${id} not found`);
        Object.assign(r, compact(changes));
        return clone(r);
      },
    }),
    route({
      method: 'DELETE',
      path: '/calendars/resources/{resourceType}/{id}',
      version: V,
      handler: ({ params, own }) => {
        const r = resourceOf(params, own);
        ext.calendarResources.delete(r.id);
        return { success: true };
      },
    }),

    // ---- notifications
    route({
      method: 'GET',
      path: '/calendars/{calendarId}/notifications',
      version: V,
      query: { isActive: opt.boolean(), deleted: opt.boolean(), limit: opt.string(), skip: opt.string() },
      handler: ({ params, query, own }) => {
        ownCalendarOfNotification(params.calendarId, own);
        const all = [...ext.calendarNotifications.values()]
          .filter((n) => n.calendarId === params.calendarId && n.deleted === (query.deleted ?? false))
          .filter((n) => query.isActive === undefined || n.isActive === query.isActive);
        return pageOf(all, query).map(notificationOut);
      },
    }),
    route({
      method: 'GET',
      path: '/calendars/{calendarId}/notifications/{notificationId}',
      version: V,
      handler: ({ params, own }) => notificationOut(notificationOf(params, own)),
    }),
    route({
      method: 'POST',
      path: '/calendars/{calendarId}/notifications',
      version: V,
      // The body is a JSON array (one item per notification), so each item is checked here.
      handler: ({ params, request, own }) => {
        ownCalendarOfNotification(params.calendarId, own);
        const items: unknown[] = Array.isArray(request.body) ? request.body : [];
        if (items.length === 0) throw unprocessable(['the body must be a non-empty array of notifications']);
        const checked = items.map((item) => validate(newNotificationRules, item));
        const errors = checked.flatMap((c, i) => c.errors.map((e) => `${i}.${e}`));
        if (errors.length) throw unprocessable(errors);
        return checked.map(({ value }) => {
          const n: CalendarNotificationRecord = compact({
            ...value,
            _id: newObjectId(),
            calendarId: params.calendarId,
            isActive: value.isActive ?? true,
            deleted: false,
            afterTime: offsets(value.afterTime),
            beforeTime: offsets(value.beforeTime),
          });
          ext.calendarNotifications.set(n._id, n);
          return notificationOut(n);
        });
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/{calendarId}/notifications/{notificationId}',
      version: V,
      body: notificationRules,
      handler: ({ params, body, own }) => {
        const n = notificationOf(params, own);
        const { afterTime, beforeTime, ...plain } = body;
        Object.assign(n, compact({ ...plain, afterTime: offsets(afterTime), beforeTime: offsets(beforeTime) }));
        return { message: 'Notification updated successfully' };
      },
    }),
    route({
      method: 'DELETE',
      path: '/calendars/{calendarId}/notifications/{notificationId}',
      version: V,
      handler: ({ params, own }) => {
        const n = notificationOf(params, own);
        ext.calendarNotifications.delete(n._id);
        return { message: 'Notification deleted successfully' };
      },
    }),

    // ---- blocked slots
    route({
      method: 'GET',
      path: '/calendars/blocked-slots',
      version: V,
      query: { locationId: req.string(), userId: opt.string(), calendarId: opt.string(), groupId: opt.string(), startTime: req.string(), endTime: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        if (!query.calendarId && !query.userId && !query.groupId) throw unprocessable(['Either of calendarId, userId or groupId is required']);
        const from = parseInstant(query.startTime);
        const to = parseInstant(query.endTime);
        if (Number.isNaN(from) || Number.isNaN(to)) throw unprocessable(['startTime and endTime must be epoch milliseconds or ISO 8601 dates']);
        const events = [...ext.blockedSlots.values()]
          .filter((s) => s.locationId === query.locationId)
          .filter((s) => !query.calendarId || s.calendarId === query.calendarId)
          .filter((s) => !query.userId || s.assignedUserId === query.userId)
          .filter((s) => !query.groupId || calendarOf(s.calendarId)?.groupId === query.groupId)
          .filter((s) => Date.parse(s.startTime) < to && Date.parse(s.endTime) > from)
          .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime))
          .map((s) => ({ ...clone(s), contactId: '', groupId: calendarOf(s.calendarId)?.groupId ?? '', appointmentStatus: 'confirmed', assignedUserId: s.assignedUserId ?? '', users: s.assignedUserId ? [s.assignedUserId] : [] }));
        return { events };
      },
    }),
    route({
      method: 'POST',
      path: '/calendars/events/block-slots',
      version: V,
      status: 201,
      body: slotFields,
      handler: ({ body, own, ownLocation }) => {
        ownLocation(body.locationId);
        const c = own(calendarOf(body.calendarId), NOT_FOUND.calendar);
        if (!body.startTime || !body.endTime) throw unprocessable([...(body.startTime ? [] : ['startTime should not be empty']), ...(body.endTime ? [] : ['endTime should not be empty'])]);
        const startTime = inZone(body.startTime, 'startTime', c.locationId);
        const endTime = inZone(body.endTime, 'endTime', c.locationId);
        if (Date.parse(endTime) <= Date.parse(startTime)) throw badRequest('endTime must be after startTime');
        const now = store.now();
        const s: BlockedSlotRecord = compact({ id: newId(), locationId: c.locationId, calendarId: c.id, title: body.title ?? 'Blocked', assignedUserId: body.assignedUserId, startTime, endTime, dateAdded: now, dateUpdated: now });
        ext.blockedSlots.set(s.id, s);
        return slotOut(s);
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/events/block-slots/{eventId}',
      version: V,
      status: 201,
      body: slotFields,
      handler: ({ params, body, own, ownLocation }) => {
        ownLocation(body.locationId);
        const s = own(ext.blockedSlots.get(params.eventId), NOT_FOUND.slot);
        const c = own(calendarOf(body.calendarId), NOT_FOUND.calendar);
        const startTime = body.startTime ? inZone(body.startTime, 'startTime', c.locationId) : s.startTime;
        const endTime = body.endTime ? inZone(body.endTime, 'endTime', c.locationId) : s.endTime;
        if (Date.parse(endTime) <= Date.parse(startTime)) throw badRequest('endTime must be after startTime');
        Object.assign(s, compact({ calendarId: c.id, title: body.title, assignedUserId: body.assignedUserId, startTime, endTime, dateUpdated: store.now() }));
        return slotOut(s);
      },
    }),

    // ---- appointment notes
    route({
      method: 'GET',
      path: '/calendars/appointments/{appointmentId}/notes',
      version: V,
      query: { limit: req.string(), offset: req.string() },
      handler: ({ params, query, own }) => {
        own(store.appointments.get(params.appointmentId), NOT_FOUND.appointment);
        const offset = intParam(query.offset, 0, 'offset');
        const limit = intParam(query.limit, 10, 'limit');
        const all = [...ext.appointmentNotes.values()].filter((n) => n.appointmentId === params.appointmentId).sort((a, b) => b.dateAdded.localeCompare(a.dateAdded));
        return { notes: all.slice(offset, offset + limit).map(({ appointmentId: _a, ...n }) => clone(n)), hasMore: offset + limit < all.length };
      },
    }),
    route({
      method: 'POST',
      path: '/calendars/appointments/{appointmentId}/notes',
      version: V,
      status: 201,
      body: { body: req.string(), userId: opt.string() },
      handler: ({ params, body, auth, own }) => {
        const a = own(store.appointments.get(params.appointmentId), NOT_FOUND.appointment);
        const note = compact({ id: newId(), appointmentId: a.id, contactId: a.contactId, body: body.body, userId: body.userId, createdBy: author(body.userId, auth.userId), dateAdded: store.now() });
        ext.appointmentNotes.set(note.id, note);
        const { appointmentId: _a, ...out } = clone(note);
        return { note: out };
      },
    }),
    route({
      method: 'PUT',
      path: '/calendars/appointments/{appointmentId}/notes/{noteId}',
      version: V,
      body: { body: req.string(), userId: opt.string() },
      handler: ({ params, body, own }) => {
        const note = noteOf(params.appointmentId, params.noteId, own);
        note.body = body.body;
        if (body.userId) note.userId = body.userId;
        const { appointmentId: _a, ...out } = clone(note);
        return { note: out };
      },
    }),
    route({
      method: 'DELETE',
      path: '/calendars/appointments/{appointmentId}/notes/{noteId}',
      version: V,
      handler: ({ params, own }) => {
        ext.appointmentNotes.delete(noteOf(params.appointmentId, params.noteId, own).id);
        return { success: true };
      },
    }),
  ];
}
