import type { Bundle } from 'zapier-platform-core';
import { locationId } from '../client';
import { withContactDetails, contactDetailFields } from '../enrich/contact-details';
import { assignedUserNameField, withUserNames } from '../enrich/kinds';
import { calendarNameField, chain, enriched, enrichedAnswer, withCalendarNames } from '../enrich/names';
import { userField } from '../common-fields';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { fingerprint } from '../operation';
import { defineRecord, t, type Output } from '../record-table';
import { webLink } from '../web-link';
import { clock, DAY_MS, epochOf, t as time, type WindowSpec } from '../time';
import { appointmentFields } from './appointment';
import { calendarField } from './calendar';
import { groupField } from './calendar-group';

/**
 * Events of the calendar endpoints (CalendarEventDTO, Version 2021-04-15): the appointment's
 * fields and more. The spec types the times as "object"; HighLevel sends ISO text (epoch numbers
 * are read too), and an object is an empty output, not a failed step. The spec's `isRecurring`
 * example is the text "true", read as yes.
 */
export const eventTable = defineRecord(
  {
    ...appointmentFields,
    description: { label: 'Description', type: t.text, sample: 'First visit; new patient forms sent.' },
    userIds: { label: 'Other Assigned User IDs', type: t.strings, from: 'users', sample: [] },
    meetingLocationType: { label: 'Meeting Location Type', type: t.text, sample: 'custom' },
    isRecurring: { label: 'Recurring', type: t.boolean, sample: false },
    rrule: { label: 'Recurrence Rule (RRULE)', type: t.text, sample: null },
    masterEventId: { label: 'Series (Master Event) ID', type: t.text, sample: null },
    resourceIds: { label: 'Room and Equipment IDs', type: t.strings, from: 'assignedResources', sample: [] },
    bookedByUserId: { label: 'Booked by User ID', type: t.text, from: 'createdBy.userId', sample: null },
    bookingSource: { label: 'Booking Source', type: t.text, from: 'createdBy.source', sample: 'booking_widget' },
    ...assignedUserNameField,
    contactWebUrl: webLink('Contact URL (in HighLevel, with the appointment)', (id) => `contacts/detail/${id}`, 'seD4PfOuKoVMLkEZqohJ', 'contactId'),
  },
  { name: 'appointment' },
);
export type CalendarEvent = Output<typeof eventTable.fields>;

export const eventList = eventTable.list('events', 'the event list');
/** The assigned user's name (one user search per step at most, cached); best effort after a write. */
const userNames = withUserNames('assignedUserId', 'assignedUserName');
/** Create/Update Appointment answer with the event itself, not wrapped. */
export const eventAnswer = enrichedAnswer(eventTable.answer('', 'the appointment request'), withUserNames('assignedUserId', 'assignedUserName', { bestEffort: true }));
export const eventShape = eventTable.shape;

/**
 * The appointment triggers' records: the event with its contact's name, email and phone and its
 * calendar's name (src/enrich: one contact lookup per distinct contact, one calendar list per
 * step at most, both cached per connection for a few minutes).
 */
export const bookedEventTable = defineRecord({ ...eventTable.fields, ...contactDetailFields, ...calendarNameField }, { name: 'appointment' });
export const bookedEventList = bookedEventTable.list('events', 'the event list');
export const bookedEventRecord = bookedEventTable.one('event', 'the appointment request');
export const bookedEventOutputs = enriched(bookedEventTable.outputs, chain(withContactDetails, withCalendarNames, userNames));

/* ------------------------------ newest-first polling ------------------------------ */

const V = '2021-04-15' as const;
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
  startTime: time.moment({
    label: 'From',
    helpText: 'Events starting at or after this time, e.g. 2025-03-01 or 2025-03-01T00:00:00-05:00 (UTC without an offset). Empty: 7 days ago.',
  }),
  endTime: time.moment({
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
  <E extends { dateAdded: string | null; dateUpdated?: string | null }>(events: E[]): E[] => {
    const at = (e: E) => epochOf(field === 'dateUpdated' ? (e.dateUpdated ?? e.dateAdded) : e.dateAdded);
    return [...events].sort((a, b) => at(b) - at(a));
  };

/** An appointment's version: its update time, else a fingerprint of what users watch (status and times). */
export const appointmentVersion = (e: CalendarEvent): string =>
  e.dateUpdated ?? fingerprint({ status: e.status, startTime: e.startTime, endTime: e.endTime });
