import { MAX_RANGE_DAYS, freeSlots, slotAvailable, slotDurationMs } from '../calendar-slots';
import { badRequest, clone, compact, opt, req, route, unprocessable, V_2021_04_15 as V, type Route, type World } from '../http';
import { newId } from '../ids';
import type { AppointmentRecord, AppointmentStatus, CalendarRecord } from '../store';
import { isValidTimeZone, isoInZone, parseInstant } from '../time';

/**
 * Calendars (Version 2021-04-15): calendars, events in a time range, appointments, free slots.
 * Booking checks the slot as HighLevel does (inside open hours, not taken) unless the request
 * says ignoreFreeSlotValidation: true. Times are answered with the location's UTC offset.
 */

const APPOINTMENT_STATUSES = ['new', 'confirmed', 'cancelled', 'showed', 'noshow', 'invalid'] as const;
const MEETING_TYPES = ['custom', 'zoom', 'gmeet', 'phone', 'address', 'ms_teams', 'google'] as const;
const SLOT_TAKEN = 'The slot you have selected is no longer available.';
const DAY_MS = 24 * 3600 * 1000;

function instant(value: string, name: string): number {
  const ms = parseInstant(value);
  if (Number.isNaN(ms)) throw unprocessable([`${name} must be a valid ISO 8601 date string`]);
  return ms;
}

/** The flat answer of create / update (spec: AppointmentSchemaResponse). */
const flat = (a: AppointmentRecord) =>
  compact({
    id: a.id,
    calendarId: a.calendarId,
    locationId: a.locationId,
    contactId: a.contactId,
    startTime: a.startTime,
    endTime: a.endTime,
    title: a.title,
    meetingLocationType: a.meetingLocationType,
    appointmentStatus: a.appointmentStatus,
    assignedUserId: a.assignedUserId,
    address: a.address,
    isRecurring: a.isRecurring,
  });

export function calendarRoutes({ store }: World): Route[] {
  const zoneOf = (locationId: string) => store.locations.get(locationId)?.timezone ?? 'UTC';
  const appointmentOf = (id: string) => store.appointments.get(id);

  const appointmentFields = {
    title: opt.string(),
    meetingLocationType: opt.string({ enum: MEETING_TYPES }),
    meetingLocationId: opt.string(),
    overrideLocationConfig: opt.boolean(),
    appointmentStatus: opt.string({ enum: APPOINTMENT_STATUSES }),
    assignedUserId: opt.string(),
    description: opt.string(),
    address: opt.string(),
    ignoreDateRange: opt.boolean(),
    toNotify: opt.boolean(),
    ignoreFreeSlotValidation: opt.boolean(),
    rrule: opt.string(),
    calendarId: opt.string(),
    startTime: opt.string(),
    endTime: opt.string(),
  };

  const checkSlot = (calendar: CalendarRecord, start: number, end: number, skip: boolean | undefined, exceptId?: string) => {
    if (end <= start) throw unprocessable(['endTime must be after startTime']);
    if (skip) return;
    const ok = start >= Date.now() && slotAvailable(calendar, [...store.appointments.values()], zoneOf(calendar.locationId), start, end, exceptId);
    if (!ok) throw badRequest(SLOT_TAKEN);
  };

  return [
    route({
      method: 'GET',
      path: '/calendars/',
      version: V,
      query: { locationId: req.string(), groupId: opt.string(), showDrafted: opt.boolean() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const calendars = [...store.calendars.values()].filter(
          (c) => c.locationId === query.locationId && (!query.groupId || c.groupId === query.groupId) && (c.isActive || query.showDrafted !== false),
        );
        return { calendars: calendars.map(clone) };
      },
    }),

    route({
      method: 'GET',
      path: '/calendars/events',
      version: V,
      query: { locationId: req.string(), userId: opt.string(), calendarId: opt.string(), groupId: opt.string(), startTime: req.string(), endTime: req.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        if (!query.calendarId && !query.userId && !query.groupId) throw unprocessable(['Either of calendarId, userId or groupId is required']);
        const from = instant(query.startTime, 'startTime');
        const to = instant(query.endTime, 'endTime');
        const events = [...store.appointments.values()]
          .filter((a) => a.locationId === query.locationId)
          .filter((a) => !query.calendarId || a.calendarId === query.calendarId)
          .filter((a) => !query.userId || a.assignedUserId === query.userId || a.users.includes(query.userId))
          .filter((a) => !query.groupId || a.groupId === query.groupId)
          .filter((a) => Date.parse(a.startTime) < to && Date.parse(a.endTime) > from)
          .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
        return { events: events.map(clone) };
      },
    }),

    route({
      method: 'POST',
      path: '/calendars/events/appointments',
      version: V,
      body: { ...appointmentFields, calendarId: req.string(), locationId: req.string(), contactId: req.string(), startTime: req.string() },
      handler: ({ body, ownLocation, own }) => {
        ownLocation(body.locationId);
        const calendar = own(store.calendars.get(body.calendarId), 'Calendar not found');
        const contact = own(store.contacts.get(body.contactId), 'Contact not found');
        const tz = zoneOf(body.locationId);
        const start = instant(body.startTime, 'startTime');
        const end = body.endTime !== undefined ? instant(body.endTime, 'endTime') : start + slotDurationMs(calendar);
        checkSlot(calendar, start, end, body.ignoreFreeSlotValidation);
        const primary = calendar.teamMembers.find((m) => m.isPrimary) ?? calendar.teamMembers[0];
        const assignedUserId = body.assignedUserId ?? primary?.userId;
        const status: AppointmentStatus = body.appointmentStatus ?? (calendar.autoConfirm ? 'confirmed' : 'new');
        const now = store.now();
        const appointment: AppointmentRecord = compact({
          id: newId(),
          locationId: body.locationId,
          calendarId: calendar.id,
          contactId: contact.id,
          groupId: calendar.groupId,
          title: body.title ?? `${calendar.name}${contact.name ? ` with ${contact.name}` : ''}`,
          appointmentStatus: status,
          assignedUserId,
          users: assignedUserId ? [assignedUserId] : [],
          description: body.description,
          address: body.address ?? primary?.meetingLocation,
          meetingLocationType: body.meetingLocationType ?? primary?.meetingLocationType,
          startTime: isoInZone(start, tz),
          endTime: isoInZone(end, tz),
          isRecurring: false,
          createdBy: { source: 'third_party' },
          dateAdded: now,
          dateUpdated: now,
        });
        store.appointments.set(appointment.id, appointment);
        return flat(appointment);
      },
    }),

    route({
      method: 'GET',
      path: '/calendars/events/appointments/{eventId}',
      version: V,
      handler: ({ params, own }) => ({ event: clone(own(appointmentOf(params.eventId), 'Appointment not found')) }),
    }),

    route({
      method: 'PUT',
      path: '/calendars/events/appointments/{eventId}',
      version: V,
      body: appointmentFields,
      handler: ({ params, body, own }) => {
        const current = own(appointmentOf(params.eventId), 'Appointment not found');
        const calendar = own(store.calendars.get(body.calendarId ?? current.calendarId), 'Calendar not found');
        const tz = zoneOf(current.locationId);
        const oldStart = Date.parse(current.startTime);
        const start = body.startTime !== undefined ? instant(body.startTime, 'startTime') : oldStart;
        const end =
          body.endTime !== undefined
            ? instant(body.endTime, 'endTime')
            : body.startTime !== undefined
              ? start + (Date.parse(current.endTime) - oldStart)
              : Date.parse(current.endTime);
        const moved = start !== oldStart || end !== Date.parse(current.endTime) || calendar.id !== current.calendarId;
        if (moved) checkSlot(calendar, start, end, body.ignoreFreeSlotValidation, current.id);
        const next: AppointmentRecord = { ...clone(current), calendarId: calendar.id, groupId: calendar.groupId, startTime: isoInZone(start, tz), endTime: isoInZone(end, tz) };
        if (body.title !== undefined) next.title = body.title;
        if (body.appointmentStatus !== undefined) next.appointmentStatus = body.appointmentStatus;
        if (body.assignedUserId !== undefined) {
          next.assignedUserId = body.assignedUserId;
          next.users = [body.assignedUserId];
        }
        if (body.description !== undefined) next.description = body.description;
        if (body.address !== undefined) next.address = body.address;
        if (body.meetingLocationType !== undefined) next.meetingLocationType = body.meetingLocationType;
        next.dateUpdated = store.now();
        store.appointments.set(next.id, compact(next));
        return flat(next);
      },
    }),

    route({
      method: 'DELETE',
      path: '/calendars/events/{eventId}',
      version: V,
      status: 201, // the spec's answer for this DELETE
      handler: ({ params, own }) => {
        own(appointmentOf(params.eventId), 'Event not found');
        store.appointments.delete(params.eventId);
        return { succeeded: true };
      },
    }),

    route({
      method: 'GET',
      path: '/calendars/{calendarId}/free-slots',
      version: V,
      query: { startDate: req.number(), endDate: req.number(), timezone: opt.string(), userId: opt.string(), userIds: opt.stringArray() },
      handler: ({ params, query, own }) => {
        const calendar = own(store.calendars.get(params.calendarId), 'Calendar not found');
        if (query.endDate < query.startDate) throw unprocessable(['endDate must not be before startDate']);
        if (query.endDate - query.startDate > MAX_RANGE_DAYS * DAY_MS) throw unprocessable([`Date range cannot be more than ${MAX_RANGE_DAYS} days`]);
        if (query.timezone && !isValidTimeZone(query.timezone)) throw unprocessable(['timezone must be a valid IANA time zone']);
        const tz = zoneOf(calendar.locationId);
        const users = query.userIds ?? (query.userId ? [query.userId] : undefined);
        if (users && !calendar.teamMembers.some((m) => users.includes(m.userId))) return {};
        return freeSlots(calendar, [...store.appointments.values()], tz, query.startDate, query.endDate, Date.now(), query.timezone || tz);
      },
    }),

    route({
      method: 'GET',
      path: '/calendars/{calendarId}',
      version: V,
      handler: ({ params, own }) => ({ calendar: clone(own(store.calendars.get(params.calendarId), 'Calendar not found')) }),
    }),
  ];
}

