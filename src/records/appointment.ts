import { z } from 'zod';
import type { Bundle, PlainOutputField } from 'zapier-platform-core';
import { timeZoneField } from '../choices';
import { locationId, type Ctx } from '../client';
import { userField } from '../common-fields';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type InputOf } from '../fields';
import { each, fingerprint, type Flat } from '../operation';
import { Appointment, listOf, oneOf, parseResponse } from '../schemas';
import { clock, DAY_MS, epochOf, instantOf, isoFor, isoOut, requireAfter, t, type Moment, type WindowSpec } from '../time';
import { calendarField, groupField, inputText } from './calendar';

/**
 * HighLevel writes appointment times as "2021-07-16 11:00:00" in some answers (no offset);
 * those are passed through unchanged rather than guessed into a timezone.
 */
export const flattenAppointment = (a: Appointment): Flat => ({
  id: a.id,
  title: a.title ?? null,
  calendarId: a.calendarId ?? null,
  contactId: a.contactId ?? null,
  status: a.appointmentStatus ?? a.status ?? null,
  startTime: a.startTime ?? null,
  endTime: a.endTime ?? null,
  assignedUserId: a.assignedUserId ?? null,
  address: a.address ?? null,
  notes: a.notes ?? null,
  groupId: a.groupId ?? null,
  locationId: a.locationId ?? null,
  dateAdded: a.dateAdded ?? null,
  dateUpdated: a.dateUpdated ?? null,
});

export const appointmentsOutput = each(flattenAppointment);
export const appointmentList = (body: unknown): Appointment[] =>
  parseResponse(listOf('events', Appointment), body, 'the appointment list');

export const appointmentOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Appointment ID' },
  { key: 'title', label: 'Title' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'status', label: 'Appointment Status' },
  { key: 'startTime', label: 'Start Time' },
  { key: 'endTime', label: 'End Time' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'address', label: 'Address / Meeting Link' },
  { key: 'notes', label: 'Notes' },
  { key: 'groupId', label: 'Calendar Group ID' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'dateAdded', label: 'Date Booked' },
  { key: 'dateUpdated', label: 'Date Updated' },
];

export const appointmentSample: Flat = {
  id: 'YS3jaqqeehkR2Is80miy',
  title: 'Consultation with Rosa Delgado',
  calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  status: 'confirmed',
  startTime: '2025-03-20T15:00:00-05:00',
  endTime: '2025-03-20T15:30:00-05:00',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  address: 'https://meet.example.com/rosa',
  notes: 'Bring the postcard proofs.',
  groupId: null,
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2025-03-14T15:04:05.000Z',
  dateUpdated: '2025-03-14T15:04:05.000Z',
};

/* ========================================================================================= */
/* Calendars & Appointments: events of GET /calendars/events, blocked slots, appointment notes  */
/* ========================================================================================= */
// The shapes above serve Contacts' "Get Contact Appointments" and stay as they are; the calendar
// endpoints' richer event (CalendarEventDTO) is flattened below to a superset of those keys.

const V = '2021-04-15' as const;
const str = z.string().nullish();
/** The spec types event times as "object"; HighLevel sends ISO strings (epoch numbers are accepted too). */
const when = z.union([z.string(), z.number()]).nullish();

export const CalendarEvent = z.looseObject({
  id: z.string(),
  title: str,
  calendarId: str,
  locationId: str,
  contactId: str,
  groupId: str,
  appointmentStatus: str,
  status: str,
  assignedUserId: str,
  users: z.array(z.string()).nullish(),
  notes: str,
  description: str,
  address: str,
  /** The spec's example is the string "true". */
  isRecurring: z.union([z.boolean(), z.string()]).nullish(),
  rrule: str,
  startTime: when,
  endTime: when,
  dateAdded: when,
  dateUpdated: when,
  assignedResources: z.array(z.string()).nullish(),
  createdBy: z.looseObject({ userId: str, source: str }).nullish(),
  masterEventId: str,
  meetingLocationType: str,
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;

export const eventList = (body: unknown): CalendarEvent[] => parseResponse(listOf('events', CalendarEvent), body, 'the event list');
export const eventRecord = (body: unknown): CalendarEvent => parseResponse(oneOf('event', CalendarEvent), body, 'the appointment request');
/** Create/Update Appointment and the block-slot writes answer with the event itself, not wrapped. */
export const bareEvent = (body: unknown): CalendarEvent => parseResponse(CalendarEvent, body, 'the request');

export const flattenEvent = (e: CalendarEvent): Flat => ({
  id: e.id,
  title: e.title ?? null,
  calendarId: e.calendarId ?? null,
  contactId: e.contactId ?? null,
  status: e.appointmentStatus ?? e.status ?? null,
  startTime: isoOut(e.startTime),
  endTime: isoOut(e.endTime),
  assignedUserId: e.assignedUserId ?? null,
  address: e.address ?? null,
  notes: e.notes ?? null,
  groupId: e.groupId ?? null,
  locationId: e.locationId ?? null,
  dateAdded: isoOut(e.dateAdded),
  dateUpdated: isoOut(e.dateUpdated),
  description: e.description ?? null,
  userIds: e.users ?? [],
  meetingLocationType: e.meetingLocationType ?? null,
  isRecurring: e.isRecurring === undefined || e.isRecurring === null ? null : e.isRecurring === true || e.isRecurring === 'true',
  rrule: e.rrule ?? null,
  masterEventId: e.masterEventId ?? null,
  resourceIds: e.assignedResources ?? [],
  bookedByUserId: e.createdBy?.userId ?? null,
  bookingSource: e.createdBy?.source ?? null,
});

const TIMES = new Set(['startTime', 'endTime', 'dateAdded', 'dateUpdated']);
export const eventOutputFields: PlainOutputField[] = [
  ...appointmentOutputFields.map((o) => (TIMES.has(o.key) ? { ...o, type: 'datetime' as const } : o)),
  { key: 'description', label: 'Description' },
  { key: 'userIds', label: 'Other Assigned User IDs' },
  { key: 'meetingLocationType', label: 'Meeting Location Type' },
  { key: 'isRecurring', label: 'Recurring', type: 'boolean' },
  { key: 'rrule', label: 'Recurrence Rule (RRULE)' },
  { key: 'masterEventId', label: 'Series (Master Event) ID' },
  { key: 'resourceIds', label: 'Room and Equipment IDs' },
  { key: 'bookedByUserId', label: 'Booked by User ID' },
  { key: 'bookingSource', label: 'Booking Source' },
];

export const eventSample: Flat = {
  ...appointmentSample,
  description: 'First visit; new patient forms sent.',
  userIds: [],
  meetingLocationType: 'custom',
  isRecurring: false,
  rrule: null,
  masterEventId: null,
  resourceIds: [],
  bookedByUserId: null,
  bookingSource: 'booking_widget',
};

/** Sample and labels of one appointment (actions); `eventOutputs` adds the mapper for triggers and searches. */
export const eventShape = { sample: eventSample, outputFields: eventOutputFields };
export const eventOutputs = { output: each(flattenEvent), ...eventShape };

/* ------------------------------ newest-first polling ------------------------------ */

export const eventsEndpoint = endpoint('GET', '/calendars/events', V, ['calendars/events.readonly']);
export const blockedSlotsEndpoint = endpoint('GET', '/calendars/blocked-slots', V, ['calendars/events.readonly']);

/**
 * GET /calendars/events takes a window on the appointments' START time (epoch ms, both bounds
 * required) and has neither sort nor paging. New bookings are found by asking for appointments
 * starting from 7 days ago (bookings entered after the fact) to 180 days ahead, and sorting by
 * `dateAdded` client-side; changes look 30 days back, since shows and no-shows are marked after
 * the appointment. One request per poll.
 */
export const BOOKED_WINDOW = { before: 7, after: 180 } as const;
export const CHANGED_WINDOW = { before: 30, after: 180 } as const;

export const eventWindowSpec: WindowSpec = {
  start: { key: 'startTime', label: 'From' },
  end: { key: 'endTime', label: 'To' },
  ...BOOKED_WINDOW,
};

/** Whose events: HighLevel needs a calendar, a calendar group or a user. */
export const eventOwnerInputs = {
  calendarId: calendarField(false, 'Events of this calendar. Fill in a Calendar, a Calendar Group or a User.'),
  groupId: groupField(false, 'Events of all calendars of this group (instead of one calendar).'),
  userId: userField('User', 'Events assigned to this user (instead of a calendar).'),
};

export const eventWindowInputs = {
  startTime: t.moment({
    label: 'From',
    helpText: 'Events starting at or after this time, e.g. 2025-03-01 or 2025-03-01T00:00:00-05:00 (UTC without an offset). Empty: 7 days ago.',
  }),
  endTime: t.moment({
    label: 'To',
    helpText: 'Events starting before this time; a date alone includes that whole day. Empty: 180 days after From (after now when From is empty).',
  }),
};

type Owner = { calendarId?: string; groupId?: string; userId?: string };

/** The events query for an owner and a window in epoch ms; an owner is required. */
export function eventsQuery(bundle: Bundle, owner: Owner, window: { start: number; end: number }) {
  if (!owner.calendarId && !owner.groupId && !owner.userId) {
    throw invalidInput({ key: 'calendarId', label: 'Calendar' }, 'or Calendar Group or User is required: HighLevel lists the events of one of them');
  }
  return {
    query: {
      locationId: locationId(bundle),
      calendarId: owner.calendarId,
      groupId: owner.groupId,
      userId: owner.userId,
      startTime: window.start,
      endTime: window.end,
    },
  };
}

/** The window around now. */
export const aroundNow = (w: { before: number; after: number }) => ({ start: clock.now() - w.before * DAY_MS, end: clock.now() + w.after * DAY_MS });

/** Newest first by a date field (dateUpdated falls back to dateAdded). */
export const newestBy =
  (field: 'dateAdded' | 'dateUpdated') =>
  (events: CalendarEvent[]): CalendarEvent[] => {
    const at = (e: CalendarEvent) => epochOf(field === 'dateUpdated' ? (e.dateUpdated ?? e.dateAdded) : e.dateAdded);
    return [...events].sort((a, b) => at(b) - at(a));
  };

/** An appointment's version: its update time, else a fingerprint of what users watch (status and times). */
export const appointmentVersion = (e: CalendarEvent): string =>
  isoOut(e.dateUpdated) ?? fingerprint({ status: e.appointmentStatus ?? e.status ?? null, startTime: e.startTime ?? null, endTime: e.endTime ?? null });

/* ------------------------------ input fields ------------------------------ */

export const appointmentField = (helpText = 'The appointment. Pick one (choose its Calendar first), or map an Appointment ID.') =>
  f.id({ label: 'Appointment', required: true, dynamic: 'appointmentDropdown.id.name', helpText });

/** Only there to fill the Appointment dropdown; never sent. */
export const appointmentCalendarField = () =>
  calendarField(false, 'The calendar of the appointment: fills the Appointment dropdown below. Not needed when you map an Appointment ID.');

export const appointmentNoteField = () =>
  f.id({
    label: 'Note',
    required: true,
    dynamic: 'appointmentNoteDropdown.id.name',
    helpText: 'A note of the appointment above. Pick one, or map a Note ID.',
  });

export const blockedSlotField = () =>
  f.id({
    label: 'Blocked Slot',
    required: true,
    dynamic: 'blockedSlotDropdown.id.name',
    helpText: 'The blocked time to change. Pick one of the calendar above, or map its Event ID.',
  });

export const timeZoneInput = () =>
  timeZoneField({
    label: 'Time Zone',
    helpText: 'Reads Start and End Time written without an offset (e.g. 2025-03-20 15:00) in this zone, e.g. America/Chicago, and sends them with its offset. Empty: such times are UTC.',
  });

const STATUSES = { new: 'New', confirmed: 'Confirmed', cancelled: 'Cancelled', showed: 'Showed', noshow: 'No-show', invalid: 'Invalid' } as const;
const MEETING_TYPES = {
  custom: 'Custom',
  address: 'Address',
  phone: 'Phone',
  zoom: 'Zoom',
  gmeet: 'Google Meet',
  ms_teams: 'Microsoft Teams',
  google: 'Google',
} as const;

/** Appointment details shared by Create and Update Appointment (all optional). */
export const appointmentDetailInputs = {
  endTime: t.moment({ label: 'End Time', helpText: 'When it ends, e.g. 2025-03-20T15:30:00-05:00. Empty on create: the calendar\'s appointment duration.' }),
  timeZone: timeZoneInput(),
  title: f.text({ label: 'Title', helpText: 'Title of the appointment, e.g. "Consultation with Rosa Delgado".' }),
  appointmentStatus: f.choice({ label: 'Status', choices: STATUSES, helpText: 'New, confirmed, cancelled, showed, no-show or invalid.' }),
  assignedUserId: userField('Assigned User', 'The team member who takes the appointment.'),
  address: f.text({ label: 'Address / Meeting Link', helpText: 'Where it takes place: an address, phone number or meeting link.' }),
  meetingLocationType: f.choice({ label: 'Meeting Location Type', choices: MEETING_TYPES, helpText: 'Overrides the calendar\'s meeting location for this appointment.' }),
  description: f.longText({ label: 'Description', helpText: 'Details of the appointment, e.g. what to bring.' }),
  toNotify: f.boolean({ label: 'Run Automations', helpText: 'No: HighLevel\'s notifications and workflows do not run for this change. Yes when empty.' }),
  ignoreDateRange: f.boolean({ label: 'Ignore Scheduling Window', helpText: 'Yes: allow times outside the calendar\'s minimum notice and booking range.' }),
  ignoreFreeSlotValidation: f.boolean({ label: 'Ignore Availability', helpText: 'Yes: book even if the slot is not free (needed for recurring appointments).' }),
  rrule: f.text({ label: 'Recurrence Rule', helpText: 'Repeat as an iCalendar RRULE, e.g. RRULE:FREQ=WEEKLY;COUNT=4. Needs Ignore Availability = Yes.' }),
};
type AppointmentDetails = InputOf<typeof appointmentDetailInputs> & { startTime?: Moment };

const ref = (key: string, label: string) => ({ key, label });

/**
 * The appointment body: times as ISO 8601 (with the Time Zone's offset when one is given), an end
 * after the start, a recurrence only with availability ignored (the spec: "the rrule only be
 * applied if ignoreFreeSlotValidation is true"), and `overrideLocationConfig: true` with a meeting
 * location type (the spec: true "if only meetingLocationType is provided").
 */
export function appointmentBody(input: AppointmentDetails): Record<string, unknown> {
  const { startTime, endTime, timeZone, rrule, meetingLocationType, ...rest } = input;
  if (startTime && endTime) {
    requireAfter(instantOf(startTime, timeZone), instantOf(endTime, timeZone), ref('startTime', 'Start Time'), ref('endTime', 'End Time'));
  }
  if (rrule && input.ignoreFreeSlotValidation !== true) {
    throw invalidInput(ref('rrule', 'Recurrence Rule'), 'needs "Ignore Availability" (ignoreFreeSlotValidation) set to Yes: HighLevel applies a recurrence only then');
  }
  if (rrule && !/^(RRULE:)?FREQ=/i.test(rrule)) {
    throw invalidInput(ref('rrule', 'Recurrence Rule'), `must be an iCalendar RRULE such as RRULE:FREQ=WEEKLY;COUNT=4, got "${rrule}"`);
  }
  return {
    ...rest,
    ...(startTime ? { startTime: isoFor(startTime, timeZone) } : {}),
    ...(endTime ? { endTime: isoFor(endTime, timeZone) } : {}),
    ...(rrule ? { rrule: /^RRULE:/i.test(rrule) ? rrule : `RRULE:${rrule}` } : {}),
    ...(meetingLocationType ? { meetingLocationType, overrideLocationConfig: true } : {}),
  };
}

/* ------------------------------ blocked slots ------------------------------ */

export const flattenBlockedSlot = (e: CalendarEvent): Flat => ({
  id: e.id,
  title: e.title ?? null,
  calendarId: e.calendarId ?? null,
  assignedUserId: e.assignedUserId ?? null,
  startTime: isoOut(e.startTime),
  endTime: isoOut(e.endTime),
  locationId: e.locationId ?? null,
});

export const blockedSlotShape = {
  sample: {
    id: 'qB9XvD2mYk4RtL7sPc1N',
    title: 'Team training',
    calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
    assignedUserId: null,
    startTime: '2025-03-21T13:00:00-05:00',
    endTime: '2025-03-21T15:00:00-05:00',
    locationId: 've9EPM428h8vShlRW1KT',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Blocked Slot (Event) ID' },
    { key: 'title', label: 'Title' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'assignedUserId', label: 'User ID' },
    { key: 'startTime', label: 'Start Time', type: 'datetime' },
    { key: 'endTime', label: 'End Time', type: 'datetime' },
    { key: 'locationId', label: 'Location ID' },
  ] as PlainOutputField[],
};
export const blockedSlotOutputs = { output: each(flattenBlockedSlot), ...blockedSlotShape };

/* ------------------------------ appointment notes ------------------------------ */

export const AppointmentNote = z.looseObject({
  id: z.string(),
  body: str,
  userId: str,
  dateAdded: when,
  contactId: str,
  createdBy: z.looseObject({ id: str, name: str }).nullish(),
});
export type AppointmentNote = z.infer<typeof AppointmentNote>;

export const appointmentNoteList = (body: unknown): AppointmentNote[] => parseResponse(listOf('notes', AppointmentNote), body, 'the note list');
export const appointmentNoteRecord = (body: unknown): AppointmentNote => parseResponse(oneOf('note', AppointmentNote), body, 'the note request');

export const flattenAppointmentNote = (n: AppointmentNote, appointmentId: string | null): Flat => ({
  id: n.id,
  appointmentId,
  body: n.body ?? null,
  userId: n.userId ?? null,
  createdByName: n.createdBy?.name ?? null,
  contactId: n.contactId ?? null,
  dateAdded: isoOut(n.dateAdded),
});

export const appointmentNoteOutputs = {
  output: (notes: AppointmentNote[], ctx: Ctx): Flat[] => notes.map((n) => flattenAppointmentNote(n, inputText(ctx, 'appointmentId'))),
  sample: {
    id: 'HGPcayliwcdoUFzvbTok',
    appointmentId: 'YS3jaqqeehkR2Is80miy',
    body: 'Patient asked for a morning slot next time.',
    userId: 'y0BeYjuRIlDwsDcOHOJo',
    createdByName: 'Sam Lee',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    dateAdded: '2025-03-20T16:05:00.000Z',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Note ID' },
    { key: 'appointmentId', label: 'Appointment ID' },
    { key: 'body', label: 'Note' },
    { key: 'userId', label: 'User ID' },
    { key: 'createdByName', label: 'Written By' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  ] as PlainOutputField[],
};

/** The notes endpoint takes at most 20 per page (limit and offset both required). */
export const NOTES_PAGE = 20;
