import { clock } from '../../src/time';
import type { Call, Case } from '../support/table';
import { userNamesCall } from './fixtures';
import { getCall, noResult, refused } from './builders';

/**
 * Calendars & Appointments. Windows relative to "now" (New/Updated Appointment, the default free
 * slot range, the appointment dropdown) are exact because these cases fix the app's clock.
 */
export const NOW = Date.UTC(2025, 2, 14, 15, 0, 0); // 2025-03-14T15:00:00Z
clock.now = () => NOW;

const V = '2021-04-15' as const;
const DAY = 86_400_000;
const LOC = 'LOC123';
const ms = (n: number) => String(n);
/** Appointments starting from 7 days ago to 180 days ahead (New Appointment, List Calendar Events). */
const BOOKED = { startTime: ms(NOW - 7 * DAY), endTime: ms(NOW + 180 * DAY) };
/** From 30 days ago to 180 days ahead (Updated Appointment, the appointment and blocked slot dropdowns). */
const CHANGED = { startTime: ms(NOW - 30 * DAY), endTime: ms(NOW + 180 * DAY) };

/** A delete: one DELETE of `path`, answered `answer` (HighLevel's `{ success: true }` unless given), and the step's exact output. */
const deletes = (name: string, op: Case['op'], input: Record<string, string>, path: string, output: Record<string, unknown>, answer: object = { success: true }): Case => ({
  name,
  op,
  input,
  calls: [{ method: 'DELETE', path, version: V, reply: { body: answer } }],
  output,
});

const events = (query: Record<string, string>, reply: unknown): Call => ({ method: 'GET', path: '/calendars/events', version: V, query, reply: { body: reply } });

/* ------------------------------ fixtures ------------------------------ */

const RAW_EVENT = {
  id: 'e1',
  title: 'Consultation with Rosa Delgado',
  calendarId: 'cal1',
  locationId: LOC,
  contactId: 'c1',
  groupId: 'g1',
  appointmentStatus: 'confirmed',
  assignedUserId: 'U1',
  users: ['U2'],
  notes: 'Bring the forms.',
  description: 'First visit',
  address: 'https://meet.example.com/rosa',
  isRecurring: false,
  startTime: '2025-03-20T15:00:00-05:00',
  endTime: '2025-03-20T15:30:00-05:00',
  dateAdded: '2025-03-14T10:00:00.000Z',
  dateUpdated: '2025-03-14T12:00:00.000Z',
  assignedResources: ['r1'],
  createdBy: { userId: 'U1', source: 'booking_widget' },
};
const FLAT_EVENT = {
  id: 'e1',
  title: 'Consultation with Rosa Delgado',
  calendarId: 'cal1',
  contactId: 'c1',
  status: 'confirmed',
  startTime: '2025-03-20T15:00:00-05:00',
  endTime: '2025-03-20T15:30:00-05:00',
  assignedUserId: 'U1',
  address: 'https://meet.example.com/rosa',
  notes: 'Bring the forms.',
  groupId: 'g1',
  locationId: LOC,
  dateAdded: '2025-03-14T10:00:00.000Z',
  dateUpdated: '2025-03-14T12:00:00.000Z',
  description: 'First visit',
  userIds: ['U2'],
  meetingLocationType: null,
  isRecurring: false,
  rrule: null,
  masterEventId: null,
  resourceIds: ['r1'],
  bookedByUserId: 'U1',
  bookingSource: 'booking_widget',
  assignedUserName: 'Sam Lee',
  contactWebUrl: 'https://app.gohighlevel.com/v2/location/LOC123/contacts/detail/c1',
};
/** A second appointment booked later (newer dateAdded) but updated earlier. */
const RAW_EVENT2 = { id: 'e2', title: 'Cleaning', calendarId: 'cal1', contactId: 'c2', appointmentStatus: 'new', startTime: '2025-04-02T09:00:00-05:00', endTime: '2025-04-02T09:30:00-05:00', dateAdded: '2025-03-14T11:00:00.000Z', dateUpdated: '2025-03-14T11:00:00.000Z' };
const FLAT_EVENT2 = {
  ...Object.fromEntries(Object.keys(FLAT_EVENT).map((k) => [k, null])),
  id: 'e2',
  title: 'Cleaning',
  calendarId: 'cal1',
  contactId: 'c2',
  status: 'new',
  startTime: '2025-04-02T09:00:00-05:00',
  endTime: '2025-04-02T09:30:00-05:00',
  dateAdded: '2025-03-14T11:00:00.000Z',
  dateUpdated: '2025-03-14T11:00:00.000Z',
  userIds: [],
  resourceIds: [],
};
/** Epoch times in an answer come out as ISO 8601. */
const RAW_EPOCH = { id: 'e3', title: 'Old booking', appointmentStatus: 'showed', startTime: Date.UTC(2025, 2, 10, 14), endTime: Date.UTC(2025, 2, 10, 15), dateAdded: Date.UTC(2025, 2, 1) };

const RAW_GROUP = { id: 'g1', locationId: LOC, name: 'Consultations', description: 'First visits', slug: 'consultations', isActive: true };
const FLAT_GROUP = { id: 'g1', name: 'Consultations', description: 'First visits', slug: 'consultations', isActive: true, locationId: LOC };

/** The calendar's fields that HighLevel answers and the step outputs under the same names. */
const CONSULTATION = {
  name: 'Free consultation',
  description: '30 minutes',
  calendarType: 'collective',
  groupId: 'g1',
  slug: 'free-consultation',
  widgetSlug: 'free-consultation',
  isActive: true,
  eventTitle: '{{contact.name}}',
  eventColor: '#039be5',
};
const RAW_CALENDAR = {
  id: 'cal1',
  locationId: LOC,
  ...CONSULTATION,
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 1,
  slotIntervalUnit: 'hours',
  appoinmentPerSlot: 1,
  teamMembers: [
    { userId: 'U1', isPrimary: true, locationConfigurations: [{ kind: 'physical', location: '3535 1st St N' }] },
    { userId: 'U2', isPrimary: false, locationConfigurations: [{ kind: 'physical', location: '3535 1st St N' }] },
  ],
  autoConfirm: true,
  allowReschedule: true,
  allowCancellation: false,
};
const FLAT_CALENDAR = {
  id: 'cal1',
  ...CONSULTATION,
  eventType: null,
  slotDuration: '30 mins',
  slotInterval: '1 hours',
  slotBuffer: null,
  preBuffer: null,
  appointmentsPerSlot: 1,
  appointmentsPerDay: null,
  teamMemberIds: ['U1', 'U2'],
  meetingLocations: 'physical: 3535 1st St N',
  autoConfirm: true,
  allowReschedule: true,
  allowCancellation: false,
  formId: null,
  locationId: LOC,
};

const RAW_RESOURCE = { _id: 'r1', locationId: LOC, name: 'Yoga studio', resourceType: 'rooms', isActive: true, description: 'Second floor', quantity: 1, outOfService: 0, capacity: 20, calendarIds: ['cal1'] };
const FLAT_RESOURCE = { id: 'r1', name: 'Yoga studio', resourceType: 'rooms', description: 'Second floor', isActive: true, quantity: 1, outOfService: 0, capacity: 20, calendarIds: ['cal1'], locationId: LOC };

const RAW_NOTIFICATION = {
  _id: 'n1',
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  subject: 'See you tomorrow',
  body: 'Hi {{contact.first_name}}',
  beforeTime: [{ timeOffset: 24, unit: 'hours' }],
  additionalEmailIds: [],
  deleted: false,
};
const FLAT_NOTIFICATION = {
  id: 'n1',
  calendarId: 'cal1',
  notificationType: 'reminder',
  channel: 'email',
  receiverType: 'contact',
  isActive: true,
  subject: 'See you tomorrow',
  body: 'Hi {{contact.first_name}}',
  templateId: null,
  sendBefore: '24 hours',
  sendAfter: null,
  additionalEmails: [],
  additionalPhoneNumbers: [],
  selectedUsers: [],
  fromAddress: null,
  fromName: null,
  fromNumber: null,
  deleted: false,
};

const RAW_NOTE = { id: 'an1', body: 'Prefers mornings', userId: 'U1', dateAdded: '2025-03-20T16:05:00.000Z', contactId: 'c1', createdBy: { id: 'U1', name: 'Sam Lee' } };
const FLAT_NOTE = { id: 'an1', appointmentId: 'e1', body: 'Prefers mornings', userId: 'U1', createdByName: 'Sam Lee', contactId: 'c1', dateAdded: '2025-03-20T16:05:00.000Z' };

const RAW_BLOCK = { id: 'b1', locationId: LOC, title: 'Team training', calendarId: 'cal1', startTime: '2025-03-21T13:00:00-05:00', endTime: '2025-03-21T15:00:00-05:00' };
const FLAT_BLOCK = { id: 'b1', title: 'Team training', calendarId: 'cal1', assignedUserId: null, startTime: '2025-03-21T13:00:00-05:00', endTime: '2025-03-21T15:00:00-05:00', locationId: LOC, dateAdded: null };

const SLOTS = {
  '2025-03-21': { slots: ['2025-03-21T14:00:00-05:00', '2025-03-21T09:00:00-05:00'] },
  '2025-03-20': { slots: ['2025-03-20T10:00:00-05:00'] },
  traceId: 'trace-1',
};
const slot = (startTime: string, timezone: string | null = 'America/Chicago') => ({
  id: `cal1:${startTime}`,
  calendarId: 'cal1',
  date: startTime.slice(0, 10),
  startTime,
  timezone,
  userId: null,
});

const PUT_GROUP = { method: 'PUT', path: '/calendars/groups/g1', version: V } as const;

/** The appointment triggers add the contact's name, email and phone and the calendar's name: one lookup per distinct contact, one calendar list. */
const contactCall = (id: string, contact: Record<string, unknown> | null): Call => ({
  method: 'GET',
  path: `/contacts/${id}`,
  version: '2021-07-28',
  reply: contact ? { body: { contact: { id, ...contact } } } : { status: 404, body: { statusCode: 404, message: 'Contact not found' } },
});
const ROSA = { firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com', phone: '+15125550143' };
const ROSA_OUT = { contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com', contactPhone: '+15125550143' };
const NO_CONTACT = { contactName: null, contactEmail: null, contactPhone: null };
const USERS: Call = userNamesCall(['U1']);
const calendarNames = (): Call => ({ method: 'GET', path: '/calendars/', version: V, query: { locationId: LOC }, reply: { body: { calendars: [RAW_CALENDAR] } } });

export const calendarCases: Case[] = [
  /* ------------------------------ New / Updated Appointment ------------------------------ */
  {
    name: 'newest booking first: one request, window 7 days back to 180 ahead in epoch ms, sorted by dateAdded',
    op: 'triggers.newAppointment',
    input: { calendarId: 'cal1' },
    calls: [events({ locationId: LOC, calendarId: 'cal1', ...BOOKED }, { events: [RAW_EVENT, RAW_EVENT2] }), contactCall('c2', null), contactCall('c1', ROSA), calendarNames(), USERS],
    // c2 was deleted (404): its fields stay empty, the step does not fail
    output: [{ ...FLAT_EVENT2, ...NO_CONTACT, calendarName: 'Free consultation' }, { ...FLAT_EVENT, ...ROSA_OUT, calendarName: 'Free consultation' }],
  },
  {
    name: 'by user; a sample asks for 3 and the cap comes after the sort; epoch times come out as ISO',
    op: 'triggers.newAppointment',
    input: { userId: 'U1' },
    meta: { isLoadingSample: true },
    calls: [
      events({ locationId: LOC, userId: 'U1', ...BOOKED }, { events: [RAW_EPOCH, RAW_EVENT, { ...RAW_EVENT2, id: 'e4', dateAdded: '2025-03-13T00:00:00Z' }, RAW_EVENT2] }),
      // three appointments of two contacts: two contact lookups
      contactCall('c2', { name: 'Sam Ortiz', email: 'sam@example.com' }),
      contactCall('c1', ROSA),
      calendarNames(),
      USERS,
    ],
    output: [
      { ...FLAT_EVENT2, contactName: 'Sam Ortiz', contactEmail: 'sam@example.com', contactPhone: null, calendarName: 'Free consultation' },
      { ...FLAT_EVENT, ...ROSA_OUT, calendarName: 'Free consultation' },
      { ...FLAT_EVENT2, id: 'e4', dateAdded: '2025-03-13T00:00:00Z', contactName: 'Sam Ortiz', contactEmail: 'sam@example.com', contactPhone: null, calendarName: 'Free consultation' },
    ],
  },
  {
    name: 'epoch times in the answer are output as ISO 8601',
    op: 'triggers.newAppointment',
    input: { groupId: 'g1' },
    calls: [events({ locationId: LOC, groupId: 'g1', ...BOOKED }, { events: [RAW_EPOCH] })],
    output: [
      {
        ...FLAT_EVENT2,
        id: 'e3',
        title: 'Old booking',
        calendarId: null,
        contactId: null,
        status: 'showed',
        startTime: '2025-03-10T14:00:00.000Z',
        endTime: '2025-03-10T15:00:00.000Z',
        dateAdded: '2025-03-01T00:00:00.000Z',
        dateUpdated: null,
        ...NO_CONTACT,
        calendarName: null,
      },
    ],
  },
  refused('a calendar, group or user is required; nothing sent', 'triggers.newAppointment', {}, /"Calendar" \(calendarId\) or Calendar Group or User is required/),
  {
    name: 'dedupe id = appointment id + dateUpdated (fingerprint of status and times without one); most recently updated first; 30 days back',
    op: 'triggers.updatedAppointment',
    input: { calendarId: 'cal1' },
    calls: [events({ locationId: LOC, calendarId: 'cal1', ...CHANGED }, { events: [RAW_EVENT2, RAW_EVENT, { ...RAW_EPOCH, calendarId: 'cal1' }] }), contactCall('c1', ROSA), contactCall('c2', null), calendarNames(), USERS],
    output: [
      { ...FLAT_EVENT, ...ROSA_OUT, calendarName: 'Free consultation', id: 'e1:2025-03-14T12:00:00.000Z', appointmentId: 'e1' },
      { ...FLAT_EVENT2, ...NO_CONTACT, calendarName: 'Free consultation', id: 'e2:2025-03-14T11:00:00.000Z', appointmentId: 'e2' },
      expect.objectContaining({ id: expect.stringMatching(/^e3:[0-9a-f]{12}$/), appointmentId: 'e3', status: 'showed' }),
    ],
  },
  refused('an ID with a space is refused', 'triggers.updatedAppointment', { calendarId: 'cal 1' }, /"Calendar" \(calendarId\) must be a HighLevel ID/),

  /* ------------------------------ catalog triggers ------------------------------ */
  {
    name: 'calendar groups of the location',
    op: 'triggers.listCalendarGroups',
    calls: [{ method: 'GET', path: '/calendars/groups', version: V, query: { locationId: LOC }, reply: { body: { groups: [RAW_GROUP] } } }],
    output: [FLAT_GROUP],
  },
  {
    name: 'calendars of a group, drafts left out',
    op: 'triggers.listCalendars',
    input: { groupId: 'g1', showDrafted: 'no' },
    calls: [{ method: 'GET', path: '/calendars/', version: V, query: { locationId: LOC, groupId: 'g1', showDrafted: 'false' }, reply: { body: { calendars: [RAW_CALENDAR] } } }],
    output: [FLAT_CALENDAR],
  },
  {
    name: 'watched calendar: id is calendar id + content fingerprint (calendars have no update time)',
    op: 'triggers.getCalendar',
    input: { calendarId: 'cal1' },
    calls: [getCall('/calendars/cal1', V, { calendar: RAW_CALENDAR })],
    output: [{ ...FLAT_CALENDAR, calendarId: 'cal1', id: expect.stringMatching(/^cal1:[0-9a-f]{12}$/) }],
  },
  noResult('a deleted watched calendar gives nothing', 'triggers.getCalendar', { calendarId: 'gone' }, '/calendars/gone', V, 'Calendar not found'),
  {
    name: 'free slots: default range now to 7 days ahead in epoch ms, one item per slot, soonest first, non-date keys ignored',
    op: 'triggers.getFreeSlots',
    input: { calendarId: 'cal1', timezone: 'America/Chicago' },
    calls: [{ method: 'GET', path: '/calendars/cal1/free-slots', version: V, query: { startDate: ms(NOW), endDate: ms(NOW + 7 * DAY), timezone: 'America/Chicago' }, reply: { body: SLOTS } }],
    output: [slot('2025-03-20T10:00:00-05:00'), slot('2025-03-21T09:00:00-05:00'), slot('2025-03-21T14:00:00-05:00')],
  },
  {
    name: 'free slots: bare dates are whole days in the time zone (CDT, -05:00), to the end of the To day',
    op: 'triggers.getFreeSlots',
    input: { calendarId: 'cal1', startDate: '2025-03-20', endDate: '2025-03-21', timezone: 'America/Chicago', userId: 'U1' },
    calls: [
      {
        method: 'GET', path: '/calendars/cal1/free-slots', version: V,
        query: { startDate: ms(Date.UTC(2025, 2, 20, 5)), endDate: ms(Date.UTC(2025, 2, 22, 5) - 1), timezone: 'America/Chicago', userId: 'U1' },
        reply: { body: { '2025-03-20': { slots: ['2025-03-20T10:00:00-05:00'] } } },
      },
    ],
    output: [{ ...slot('2025-03-20T10:00:00-05:00'), userId: 'U1' }],
  },
  {
    name: 'free slots: only To given: from now, to the end of that day (UTC without a Time Zone)',
    op: 'triggers.getFreeSlots',
    input: { calendarId: 'cal1', endDate: '2025-03-16' },
    calls: [{ method: 'GET', path: '/calendars/cal1/free-slots', version: V, query: { startDate: ms(NOW), endDate: ms(Date.UTC(2025, 2, 17) - 1) }, reply: { body: {} } }],
    output: [],
  },
  refused('free slots: more than 31 days is refused before any request', 'triggers.getFreeSlots', { calendarId: 'cal1', startDate: '2025-03-01', endDate: '2025-04-01' }, /"To" \(endDate\) must be at most 31 days after From \(startDate\)/),
  refused('free slots: an end before the start names the end', 'triggers.getFreeSlots', { calendarId: 'cal1', startDate: '2025-03-20T12:00:00Z', endDate: '2025-03-20T09:00:00Z' }, /"To" \(endDate\) must be after From \(startDate\)/),
  refused('free slots: an unknown time zone is refused', 'triggers.getFreeSlots', { calendarId: 'cal1', timezone: 'Mars/Olympus' }, /"Time Zone" \(timezone\) must be a time zone name such as America\/Chicago/),
  refused('free slots: an unparseable date is refused', 'triggers.getFreeSlots', { calendarId: 'cal1', startDate: 'next friday' }, /"From" \(startDate\) must be a date and time such as 2025-03-14T15:00:00-05:00, got "next friday"/),
  {
    name: 'events of a user in a given window (offset and bare end date), newest booking first, with contact and calendar names',
    op: 'triggers.listCalendarEvents',
    input: { userId: 'U1', startTime: '2025-03-01T00:00:00-06:00', endTime: '2025-03-31' },
    calls: [events({ locationId: LOC, userId: 'U1', startTime: ms(Date.UTC(2025, 2, 1, 6)), endTime: ms(Date.UTC(2025, 3, 1) - 1) }, { events: [RAW_EVENT, RAW_EVENT2] }), contactCall('c2', null), contactCall('c1', ROSA), calendarNames(), USERS],
    output: [{ ...FLAT_EVENT2, ...NO_CONTACT, calendarName: 'Free consultation' }, { ...FLAT_EVENT, ...ROSA_OUT, calendarName: 'Free consultation' }],
  },
  {
    name: 'events: only From given: To is 180 days after it',
    op: 'triggers.listCalendarEvents',
    input: { calendarId: 'cal1', startTime: '2025-03-10T00:00:00Z' },
    calls: [events({ locationId: LOC, calendarId: 'cal1', startTime: ms(Date.UTC(2025, 2, 10)), endTime: ms(Date.UTC(2025, 2, 10) + 180 * DAY) }, { events: [] })],
    output: [],
  },
  refused('events: To before From', 'triggers.listCalendarEvents', { calendarId: 'cal1', startTime: '2025-03-10', endTime: '2025-03-01' }, /"To" \(endTime\) must be after From \(startTime\)/),
  refused('events: unparseable time', 'triggers.listCalendarEvents', { calendarId: 'cal1', endTime: '31/31/2025' }, /"To" \(endTime\) must be a date and time/),
  {
    name: 'blocked slots of a group, default window',
    op: 'triggers.listBlockedSlots',
    input: { groupId: 'g1' },
    calls: [{ method: 'GET', path: '/calendars/blocked-slots', version: V, query: { locationId: LOC, groupId: 'g1', ...BOOKED }, reply: { body: { events: [RAW_BLOCK] } } }],
    output: [FLAT_BLOCK],
  },
  refused('blocked slots need an owner', 'triggers.listBlockedSlots', {}, /"Calendar" \(calendarId\) or Calendar Group or User is required/),
  {
    name: 'watched appointment: id is appointment id + dateUpdated',
    op: 'triggers.getAppointment',
    input: { eventId: 'e1' },
    calls: [getCall('/calendars/events/appointments/e1', V, { event: RAW_EVENT }), contactCall('c1', ROSA), calendarNames(), USERS],
    output: [{ ...FLAT_EVENT, ...ROSA_OUT, calendarName: 'Free consultation', appointmentId: 'e1', id: 'e1:2025-03-14T12:00:00.000Z' }],
  },
  {
    name: 'notes of an appointment: limit 20 (the maximum), offset pages while hasMore',
    op: 'triggers.listAppointmentNotes',
    input: { appointmentId: 'e1' },
    calls: [
      {
        method: 'GET', path: '/calendars/appointments/e1/notes', version: V, query: { limit: '20', offset: '0' },
        reply: { body: { notes: Array.from({ length: 20 }, (_, i) => ({ ...RAW_NOTE, id: `n${i}` })), hasMore: true } },
      },
      { method: 'GET', path: '/calendars/appointments/e1/notes', version: V, query: { limit: '20', offset: '20' }, reply: { body: { notes: [RAW_NOTE], hasMore: false } } },
    ],
    output: [...Array.from({ length: 20 }, (_, i) => ({ ...FLAT_NOTE, id: `n${i}` })), FLAT_NOTE],
  },
  refused('notes need the appointment', 'triggers.listAppointmentNotes', { calendarId: 'cal1' }, /"Appointment" \(appointmentId\) is required/),
  {
    name: 'notifications of a calendar (bare array, `_id`), active only, soft-deleted left out',
    op: 'triggers.listCalendarNotifications',
    input: { calendarId: 'cal1', isActive: 'true' },
    calls: [{ method: 'GET', path: '/calendars/cal1/notifications', version: V, query: { isActive: 'true', deleted: 'false', limit: '100', skip: '0' }, reply: { body: [RAW_NOTIFICATION] } }],
    output: [FLAT_NOTIFICATION],
  },
  {
    name: 'watched notification: `_id` plus fingerprint',
    op: 'triggers.getCalendarNotification',
    input: { calendarId: 'cal1', notificationId: 'n1' },
    calls: [getCall('/calendars/cal1/notifications/n1', V, RAW_NOTIFICATION)],
    output: [{ ...FLAT_NOTIFICATION, notificationId: 'n1', id: expect.stringMatching(/^n1:[0-9a-f]{12}$/) }],
  },
  {
    name: 'rooms of the location (bare array); limit and skip always sent',
    op: 'triggers.listCalendarResources',
    input: { resourceType: 'rooms' },
    calls: [{ method: 'GET', path: '/calendars/resources/rooms', version: V, query: { locationId: LOC, limit: '100', skip: '0' }, reply: { body: [RAW_RESOURCE] } }],
    output: [FLAT_RESOURCE],
  },
  refused('resource type must be one of the two', 'triggers.listCalendarResources', { resourceType: 'desks' }, /"Resource Type" \(resourceType\) must be one of equipments, rooms, got "desks"/),
  {
    name: 'watched resource: the answer has no id, so the one asked for is used',
    op: 'triggers.getCalendarResource',
    input: { resourceType: 'equipments', id: 'r9' },
    calls: [getCall('/calendars/resources/equipments/r9', V, { ...RAW_RESOURCE, _id: undefined, resourceType: 'equipments', capacity: 1 })],
    output: [{ ...FLAT_RESOURCE, resourceType: 'equipments', capacity: 1, resourceId: 'r9', id: expect.stringMatching(/^r9:[0-9a-f]{12}$/) }],
  },

  /* ------------------------------ dropdowns ------------------------------ */
  {
    name: 'calendar groups, an inactive one marked',
    op: 'triggers.calendarGroupDropdown',
    calls: [{ method: 'GET', path: '/calendars/groups', version: V, query: { locationId: LOC }, reply: { body: { groups: [RAW_GROUP, { ...RAW_GROUP, id: 'g2', name: 'Old', isActive: false }] } } }],
    output: [{ id: 'g1', name: 'Consultations' }, { id: 'g2', name: 'Old (inactive)' }],
  },
  {
    name: 'calendars, a draft marked',
    op: 'triggers.calendarDropdown',
    calls: [{ method: 'GET', path: '/calendars/', version: V, query: { locationId: LOC }, reply: { body: { calendars: [RAW_CALENDAR, { id: 'cal2', name: 'Draft one', isActive: false }] } } }],
    output: [{ id: 'cal1', name: 'Free consultation' }, { id: 'cal2', name: 'Draft one (draft)' }],
  },
  {
    name: 'resources of the chosen type, second page',
    op: 'triggers.calendarResourceDropdown',
    input: { resourceType: 'equipments' },
    meta: { page: 1 },
    calls: [{ method: 'GET', path: '/calendars/resources/equipments', version: V, query: { locationId: LOC, limit: '100', skip: '100' }, reply: { body: [{ ...RAW_RESOURCE, _id: 'q1', name: 'Massage table', isActive: false }] } }],
    output: [{ id: 'q1', name: 'Massage table (inactive)' }],
  },
  {
    name: 'notifications of the chosen calendar',
    op: 'triggers.calendarNotificationDropdown',
    input: { calendarId: 'cal1' },
    calls: [{ method: 'GET', path: '/calendars/cal1/notifications', version: V, query: { deleted: 'false', limit: '100' }, reply: { body: [RAW_NOTIFICATION, { ...RAW_NOTIFICATION, _id: 'n2', notificationType: 'booked', channel: 'sms', isActive: false }] } }],
    output: [{ id: 'n1', name: 'reminder by email to contact' }, { id: 'n2', name: 'booked by sms to contact (off)' }],
  },
  {
    name: 'appointments of the chosen calendar, soonest first, 30 days back to 180 ahead',
    op: 'triggers.appointmentDropdown',
    input: { calendarId: 'cal1' },
    calls: [events({ locationId: LOC, calendarId: 'cal1', ...CHANGED }, { events: [RAW_EVENT2, RAW_EVENT] })],
    output: [
      { id: 'e1', name: 'Consultation with Rosa Delgado (2025-03-20T15:00:00-05:00, confirmed)' },
      { id: 'e2', name: 'Cleaning (2025-04-02T09:00:00-05:00, new)' },
    ],
  },
  refused('appointment dropdown asks for the calendar first', 'triggers.appointmentDropdown', {}, /"Calendar" \(calendarId\) is required/),
  {
    name: 'notes of the chosen appointment, page 2 by offset',
    op: 'triggers.appointmentNoteDropdown',
    input: { appointmentId: 'e1' },
    meta: { page: 1 },
    calls: [{ method: 'GET', path: '/calendars/appointments/e1/notes', version: V, query: { limit: '20', offset: '20' }, reply: { body: { notes: [RAW_NOTE], hasMore: false } } }],
    output: [{ id: 'an1', name: 'Prefers mornings' }],
  },
  {
    name: 'blocked slots of the chosen calendar',
    op: 'triggers.blockedSlotDropdown',
    input: { calendarId: 'cal1' },
    calls: [{ method: 'GET', path: '/calendars/blocked-slots', version: V, query: { locationId: LOC, calendarId: 'cal1', ...CHANGED }, reply: { body: { events: [RAW_BLOCK] } } }],
    output: [{ id: 'b1', name: 'Team training (2025-03-21T13:00:00-05:00 to 2025-03-21T15:00:00-05:00)' }],
  },

  /* ------------------------------ calendar groups ------------------------------ */
  {
    name: 'create group',
    op: 'creates.createCalendarGroup',
    input: { name: 'Consultations', description: 'First visits', slug: 'consultations', isActive: 'yes' },
    calls: [{ method: 'POST', path: '/calendars/groups', version: V, body: { locationId: LOC, name: 'Consultations', description: 'First visits', slug: 'consultations', isActive: true }, reply: { status: 201, body: { group: RAW_GROUP } } }],
    output: FLAT_GROUP,
  },
  refused('a slug with spaces is refused', 'creates.createCalendarGroup', { name: 'A', description: 'B', slug: 'my group' }, /"Slug" \(slug\) must be a URL slug/),
  refused('group description is required', 'creates.createCalendarGroup', { name: 'A', slug: 'a' }, /"Description" \(description\) is required/),
  {
    name: 'update group name only: the current description and slug are read first (all three are required)',
    op: 'creates.updateCalendarGroup',
    input: { groupId: 'g1', name: 'New visits' },
    calls: [
      { method: 'GET', path: '/calendars/groups', version: V, query: { locationId: LOC }, reply: { body: { groups: [{ ...RAW_GROUP, id: 'g0' }, RAW_GROUP] } } },
      { ...PUT_GROUP, body: { name: 'New visits', description: 'First visits', slug: 'consultations' }, reply: { body: { group: { ...RAW_GROUP, name: 'New visits' } } } },
    ],
    output: { ...FLAT_GROUP, name: 'New visits' },
  },
  {
    name: 'update group with all three fields: one request',
    op: 'creates.updateCalendarGroup',
    input: { groupId: 'g1', name: 'N', description: 'D', slug: 'n-d' },
    calls: [{ ...PUT_GROUP, body: { name: 'N', description: 'D', slug: 'n-d' }, reply: { body: { group: { ...RAW_GROUP, name: 'N', description: 'D', slug: 'n-d' } } } }],
    output: { ...FLAT_GROUP, name: 'N', description: 'D', slug: 'n-d' },
  },
  {
    name: 'update of a group that is not in the location stops after the read',
    op: 'creates.updateCalendarGroup',
    input: { groupId: 'g9', slug: 'x' },
    calls: [{ method: 'GET', path: '/calendars/groups', version: V, query: { locationId: LOC }, reply: { body: { groups: [RAW_GROUP] } } }],
    error: /"Calendar Group" \(groupId\) "g9" is not a calendar group of this location/,
  },
  refused('update group with nothing to change', 'creates.updateCalendarGroup', { groupId: 'g1' }, /"Name" \(name\) or Description or Slug must be filled in/),
  {
    name: 'disable group',
    op: 'creates.updateCalendarGroupStatus',
    input: { groupId: 'g1', isActive: 'false' },
    calls: [{ method: 'PUT', path: '/calendars/groups/g1/status', version: V, body: { isActive: false }, reply: { body: { success: true } } }],
    output: { groupId: 'g1', isActive: false, succeeded: true },
  },
  refused('status must be yes or no', 'creates.updateCalendarGroupStatus', { groupId: 'g1', isActive: 'maybe' }, /"Active" \(isActive\) must be true or false, got "maybe"/),
  deletes('delete group', 'creates.deleteCalendarGroup', { groupId: 'g1' }, '/calendars/groups/g1', { groupId: 'g1', succeeded: true }),

  /* ------------------------------ calendars ------------------------------ */
  {
    name: 'collective calendar: team members (first primary), meeting location per member, units',
    op: 'creates.createCalendar',
    input: {
      name: 'Free consultation', calendarType: 'collective', description: '30 minutes', groupId: 'g1', slug: 'free-consultation', teamMembers: 'U1, U2',
      meetingLocationKind: 'physical', meetingLocation: '3535 1st St N', eventColor: '#039be5', slotDuration: '30', slotDurationUnit: 'mins', slotInterval: '1', slotIntervalUnit: 'hours',
      appointmentsPerSlot: '1', autoConfirm: 'true', allowCancellation: 'false',
    },
    calls: [
      {
        method: 'POST', path: '/calendars/', version: V,
        body: {
          locationId: LOC, name: 'Free consultation', calendarType: 'collective', description: '30 minutes', groupId: 'g1', slug: 'free-consultation',
          teamMembers: [
            { userId: 'U1', isPrimary: true, locationConfigurations: [{ kind: 'physical', location: '3535 1st St N' }] },
            { userId: 'U2', isPrimary: false, locationConfigurations: [{ kind: 'physical', location: '3535 1st St N' }] },
          ],
          eventColor: '#039be5', slotDuration: 30, slotDurationUnit: 'mins', slotInterval: 1, slotIntervalUnit: 'hours', appoinmentPerSlot: 1, autoConfirm: true, allowCancellation: false,
        },
        reply: { body: { calendar: RAW_CALENDAR } },
      },
    ],
    output: FLAT_CALENDAR,
  },
  {
    name: 'event calendar without a team: meeting location on the calendar',
    op: 'creates.createCalendar',
    input: { name: 'Webinar', meetingLocation: 'https://meet.example.com/w' },
    calls: [
      {
        method: 'POST', path: '/calendars/', version: V, body: { locationId: LOC, name: 'Webinar', locationConfigurations: [{ kind: 'custom', location: 'https://meet.example.com/w' }] },
        reply: { body: { calendar: { id: 'cal3', name: 'Webinar', locationConfigurations: [{ kind: 'custom', location: 'https://meet.example.com/w' }] } } },
      },
    ],
    output: {
      ...Object.fromEntries(Object.keys(FLAT_CALENDAR).map((k) => [k, null])),
      id: 'cal3', name: 'Webinar', teamMemberIds: [], meetingLocations: 'custom: https://meet.example.com/w',
    },
  },
  refused('a personal calendar needs exactly one team member', 'creates.createCalendar', { name: 'Me', calendarType: 'personal', teamMembers: ['U1', 'U2'] }, /"Team Members" \(teamMembers\) must be exactly one user for a personal calendar/),
  refused('color must be a hex code', 'creates.createCalendar', { name: 'X', eventColor: 'blue' }, /"Color" \(eventColor\) must be a hex color such as #039be5, got "blue"/),
  refused('zoom takes no location', 'creates.createCalendar', { name: 'X', meetingLocationKind: 'zoom_conference', meetingLocation: 'somewhere' }, /"Meeting Location" \(meetingLocation\) is not used with Zoom/),
  refused('a duration must be a whole number', 'creates.createCalendar', { name: 'X', slotDuration: '7.5' }, /"Appointment Duration" \(slotDuration\) must be a whole number of at least 1, got 7.5/),
  {
    name: 'update calendar: only what is filled in',
    op: 'creates.updateCalendar',
    input: { calendarId: 'cal1', name: 'Consultation', slotDuration: 45, isActive: 'no' },
    calls: [{ method: 'PUT', path: '/calendars/cal1', version: V, body: { name: 'Consultation', isActive: false, slotDuration: 45 }, reply: { body: { calendar: { ...RAW_CALENDAR, name: 'Consultation', slotDuration: 45, isActive: false } } } }],
    output: { ...FLAT_CALENDAR, name: 'Consultation', slotDuration: '45 mins', isActive: false },
  },
  refused('update calendar with nothing', 'creates.updateCalendar', { calendarId: 'cal1' }, /"Name" \(name\) or another setting must be filled in/),
  deletes('delete calendar', 'creates.deleteCalendar', { calendarId: 'cal1' }, '/calendars/cal1', { calendarId: 'cal1', succeeded: true }),

  /* ------------------------------ appointments ------------------------------ */
  {
    name: 'book: times without offset read in the Time Zone and sent with its offset; meeting type overrides the calendar\'s',
    op: 'creates.createAppointment',
    input: {
      calendarId: 'cal1', contactId: 'c1', startTime: '2025-03-20 15:00', endTime: '2025-03-20T15:30', timeZone: 'America/Chicago',
      title: 'Consultation with Rosa Delgado', appointmentStatus: 'confirmed', assignedUserId: 'U1', address: 'https://meet.example.com/rosa', meetingLocationType: 'custom', toNotify: 'false',
    },
    calls: [
      {
        method: 'POST', path: '/calendars/events/appointments', version: V,
        body: {
          calendarId: 'cal1', locationId: LOC, contactId: 'c1', startTime: '2025-03-20T15:00:00-05:00', endTime: '2025-03-20T15:30:00-05:00',
          title: 'Consultation with Rosa Delgado', appointmentStatus: 'confirmed', assignedUserId: 'U1', address: 'https://meet.example.com/rosa',
          meetingLocationType: 'custom', overrideLocationConfig: true, toNotify: false,
        },
        reply: { body: { id: 'e1', calendarId: 'cal1', locationId: LOC, contactId: 'c1', startTime: '2025-03-20T15:00:00-05:00', endTime: '2025-03-20T15:30:00-05:00', title: 'Consultation with Rosa Delgado', appointmentStatus: 'confirmed', assignedUserId: 'U1', address: 'https://meet.example.com/rosa', meetingLocationType: 'custom', isRecurring: 'false' } },
      },
      USERS,
    ],
    output: {
      ...FLAT_EVENT, groupId: null, notes: null, dateAdded: null, dateUpdated: null, description: null, userIds: [], resourceIds: [], bookedByUserId: null, bookingSource: null,
      meetingLocationType: 'custom',
    },
  },
  {
    name: 'book with an offset and no Time Zone: sent as UTC ISO 8601; a weekly recurrence with availability ignored',
    op: 'creates.createAppointment',
    input: { calendarId: 'cal1', contactId: 'c1', startTime: '2025-03-20T15:00:00-05:00', ignoreFreeSlotValidation: 'yes', rrule: 'FREQ=WEEKLY;COUNT=4' },
    calls: [
      {
        method: 'POST', path: '/calendars/events/appointments', version: V,
        body: { calendarId: 'cal1', locationId: LOC, contactId: 'c1', startTime: '2025-03-20T20:00:00.000Z', ignoreFreeSlotValidation: true, rrule: 'RRULE:FREQ=WEEKLY;COUNT=4' },
        reply: { body: { id: 'e5', calendarId: 'cal1', locationId: LOC, contactId: 'c1', startTime: '2025-03-20T20:00:00.000Z', isRecurring: true, rrule: 'RRULE:FREQ=WEEKLY;COUNT=4' } },
      },
    ],
    output: expect.objectContaining({ id: 'e5', startTime: '2025-03-20T20:00:00.000Z', isRecurring: true, rrule: 'RRULE:FREQ=WEEKLY;COUNT=4' }),
  },
  refused('an end before the start names the end, nothing sent', 'creates.createAppointment', { calendarId: 'cal1', contactId: 'c1', startTime: '2025-03-20T15:00:00-05:00', endTime: '2025-03-20T14:00:00-05:00' }, /"End Time" \(endTime\) must be after Start Time \(startTime\)/),
  refused('an unparseable start is refused', 'creates.createAppointment', { calendarId: 'cal1', contactId: 'c1', startTime: 'tomorrow 3pm' }, /"Start Time" \(startTime\) must be a date and time such as 2025-03-14T15:00:00-05:00, got "tomorrow 3pm"/),
  refused('start is required', 'creates.createAppointment', { calendarId: 'cal1', contactId: 'c1' }, /"Start Time" \(startTime\) is required/),
  refused('contact is required', 'creates.createAppointment', { calendarId: 'cal1', startTime: '2025-03-20T15:00:00Z' }, /"Contact" \(contactId\) is required/),
  refused('a recurrence needs Ignore Availability', 'creates.createAppointment', { calendarId: 'cal1', contactId: 'c1', startTime: '2025-03-20T15:00:00Z', rrule: 'RRULE:FREQ=DAILY;COUNT=3' }, /"Recurrence Rule" \(rrule\) needs "Ignore Availability"/),
  {
    name: 'reschedule and confirm; the calendar is sent as given',
    op: 'creates.updateAppointment',
    input: { calendarId: 'cal1', eventId: 'e1', startTime: '2025-03-21T10:00:00-05:00', endTime: '2025-03-21T10:30:00-05:00', appointmentStatus: 'confirmed' },
    calls: [
      {
        method: 'PUT', path: '/calendars/events/appointments/e1', version: V,
        body: { calendarId: 'cal1', appointmentStatus: 'confirmed', startTime: '2025-03-21T15:00:00.000Z', endTime: '2025-03-21T15:30:00.000Z' },
        reply: { body: { ...RAW_EVENT, startTime: '2025-03-21T10:00:00-05:00', endTime: '2025-03-21T10:30:00-05:00' } },
      },
      USERS,
    ],
    output: { ...FLAT_EVENT, startTime: '2025-03-21T10:00:00-05:00', endTime: '2025-03-21T10:30:00-05:00' },
  },
  {
    name: 'mark a no-show on a recurring instance id',
    op: 'creates.updateAppointment',
    input: { eventId: 'e1_1742482800000_1800', appointmentStatus: 'noshow' },
    calls: [{ method: 'PUT', path: '/calendars/events/appointments/e1_1742482800000_1800', version: V, body: { appointmentStatus: 'noshow' }, reply: { body: { ...RAW_EVENT, appointmentStatus: 'noshow' } } }, USERS],
    output: { ...FLAT_EVENT, status: 'noshow' },
  },
  refused('update appointment with nothing', 'creates.updateAppointment', { eventId: 'e1' }, /"Start Time" \(startTime\) or another field must be filled in/),
  refused('update appointment: an unknown status is refused', 'creates.updateAppointment', { eventId: 'e1', appointmentStatus: 'done' }, /"Status" \(appointmentStatus\) must be one of new, confirmed, cancelled, showed, noshow, invalid/),
  {
    name: 'delete event with the empty body the spec declares',
    op: 'creates.deleteCalendarEvent',
    input: { calendarId: 'cal1', eventId: 'e1' },
    calls: [{ method: 'DELETE', path: '/calendars/events/e1', version: V, body: {}, reply: { status: 201, body: { succeeded: true } } }],
    output: { eventId: 'e1', succeeded: true },
  },
  {
    name: 'HighLevel\'s message reaches the user',
    op: 'creates.deleteCalendarEvent',
    input: { eventId: 'e1' },
    calls: [{ method: 'DELETE', path: '/calendars/events/e1', version: V, body: {}, reply: { status: 400, body: { statusCode: 400, message: 'Event not found' } } }],
    error: /HighLevel answered 400 Bad Request to DELETE \/calendars\/events\/\{eventId\}: Event not found/,
  },

  /* ------------------------------ block slots ------------------------------ */
  {
    name: 'block time on a calendar, times in the zone\'s offset',
    op: 'creates.createBlockSlot',
    input: { calendarId: 'cal1', startTime: '2025-03-21 13:00', endTime: '2025-03-21 15:00', timeZone: 'America/Chicago', title: 'Team training' },
    calls: [
      {
        method: 'POST', path: '/calendars/events/block-slots', version: V,
        body: { calendarId: 'cal1', locationId: LOC, title: 'Team training', startTime: '2025-03-21T13:00:00-05:00', endTime: '2025-03-21T15:00:00-05:00' },
        reply: { status: 201, body: RAW_BLOCK },
      },
    ],
    output: FLAT_BLOCK,
  },
  refused('block: end before start', 'creates.createBlockSlot', { calendarId: 'cal1', startTime: '2025-03-21T15:00:00Z', endTime: '2025-03-21T15:00:00Z' }, /"End Time" \(endTime\) must be after Start Time \(startTime\)/),
  refused('block: end is required', 'creates.createBlockSlot', { calendarId: 'cal1', startTime: '2025-03-21T15:00:00Z' }, /"End Time" \(endTime\) is required/),
  {
    name: 'move a block; calendar and location always sent (the spec requires them)',
    op: 'creates.updateBlockSlot',
    input: { calendarId: 'cal1', eventId: 'b1', endTime: '2025-03-21T16:00:00-05:00' },
    calls: [
      {
        method: 'PUT', path: '/calendars/events/block-slots/b1', version: V, body: { calendarId: 'cal1', locationId: LOC, endTime: '2025-03-21T21:00:00.000Z' },
        reply: { status: 201, body: { ...RAW_BLOCK, endTime: '2025-03-21T16:00:00-05:00' } },
      },
    ],
    output: { ...FLAT_BLOCK, endTime: '2025-03-21T16:00:00-05:00' },
  },
  refused('block update needs the calendar', 'creates.updateBlockSlot', { eventId: 'b1', title: 'X' }, /"Calendar" \(calendarId\) is required/),

  /* ------------------------------ appointment notes ------------------------------ */
  {
    name: 'add a note',
    op: 'creates.createAppointmentNote',
    input: { appointmentId: 'e1', body: 'Prefers mornings', userId: 'U1' },
    calls: [{ method: 'POST', path: '/calendars/appointments/e1/notes', version: V, body: { body: 'Prefers mornings', userId: 'U1' }, reply: { status: 201, body: { note: RAW_NOTE } } }],
    output: FLAT_NOTE,
  },
  refused('note text is required', 'creates.createAppointmentNote', { appointmentId: 'e1' }, /"Note" \(body\) is required/),
  {
    name: 'edit a note (noteId undeclared in the spec, filled from the input)',
    op: 'creates.updateAppointmentNote',
    input: { appointmentId: 'e1', noteId: 'an1', body: 'Prefers afternoons' },
    calls: [{ method: 'PUT', path: '/calendars/appointments/e1/notes/an1', version: V, body: { body: 'Prefers afternoons' }, reply: { body: { note: { ...RAW_NOTE, body: 'Prefers afternoons' } } } }],
    output: { ...FLAT_NOTE, body: 'Prefers afternoons' },
  },
  deletes('delete a note', 'creates.deleteAppointmentNote', { appointmentId: 'e1', noteId: 'an1' }, '/calendars/appointments/e1/notes/an1', { noteId: 'an1', appointmentId: 'e1', succeeded: true }),

  /* ------------------------------ notifications ------------------------------ */
  {
    name: 'a reminder 24 hours before: body is an array of one, offset in beforeTime',
    op: 'creates.createCalendarNotification',
    input: { calendarId: 'cal1', notificationType: 'reminder', channel: 'email', receiverType: 'contact', subject: 'See you tomorrow', body: 'Hi {{contact.first_name}}', timeOffset: '24' },
    calls: [
      {
        method: 'POST', path: '/calendars/cal1/notifications', version: V,
        body: [{ notificationType: 'reminder', channel: 'email', receiverType: 'contact', subject: 'See you tomorrow', body: 'Hi {{contact.first_name}}', beforeTime: [{ timeOffset: 24, unit: 'hours' }] }],
        reply: { body: [RAW_NOTIFICATION] },
      },
    ],
    output: FLAT_NOTIFICATION,
  },
  {
    name: 'a follow-up to extra addresses: offset in afterTime, emails listed',
    op: 'creates.createCalendarNotification',
    input: { calendarId: 'cal1', notificationType: 'followup', channel: 'email', receiverType: 'emails', additionalEmailIds: 'a@example.com, b@example.com', timeOffset: 2, timeUnit: 'days', isActive: 'no' },
    calls: [
      {
        method: 'POST', path: '/calendars/cal1/notifications', version: V,
        body: [{ notificationType: 'followup', channel: 'email', receiverType: 'emails', isActive: false, additionalEmailIds: ['a@example.com', 'b@example.com'], afterTime: [{ timeOffset: 2, unit: 'days' }] }],
        reply: { body: [{ _id: 'n3', notificationType: 'followup', channel: 'email', receiverType: 'emails', isActive: false, additionalEmailIds: ['a@example.com', 'b@example.com'], afterTime: [{ timeOffset: 2, unit: 'days' }] }] },
      },
    ],
    output: {
      ...Object.fromEntries(Object.keys(FLAT_NOTIFICATION).map((k) => [k, null])),
      id: 'n3', calendarId: 'cal1', notificationType: 'followup', channel: 'email', receiverType: 'emails', isActive: false, sendAfter: '2 days',
      additionalEmails: ['a@example.com', 'b@example.com'], additionalPhoneNumbers: [], selectedUsers: [],
    },
  },
  refused('a reminder needs its offset', 'creates.createCalendarNotification', { calendarId: 'cal1', notificationType: 'reminder', channel: 'sms', receiverType: 'contact' }, /"Send Time Offset" \(timeOffset\) is required for a reminder/),
  refused('an offset only for reminders and follow-ups', 'creates.createCalendarNotification', { calendarId: 'cal1', notificationType: 'booked', channel: 'sms', receiverType: 'contact', timeOffset: 1 }, /"Send Time Offset" \(timeOffset\) is only used for reminders and follow-ups/),
  refused('recipient "emails" needs addresses', 'creates.createCalendarNotification', { calendarId: 'cal1', notificationType: 'booked', channel: 'email', receiverType: 'emails' }, /"Additional Emails" \(additionalEmailIds\) needs at least one address/),
  refused('a bad extra address', 'creates.createCalendarNotification', { calendarId: 'cal1', notificationType: 'booked', channel: 'email', receiverType: 'emails', additionalEmailIds: 'a@example.com, nope' }, /"Additional Emails" \(additionalEmailIds\) must be email addresses, got "nope"/),
  refused('channel is required', 'creates.createCalendarNotification', { calendarId: 'cal1', notificationType: 'booked', receiverType: 'contact' }, /"Channel" \(channel\) is required/),
  {
    name: 'switch a notification off; HighLevel answers a message',
    op: 'creates.updateCalendarNotification',
    input: { calendarId: 'cal1', notificationId: 'n1', isActive: 'false' },
    calls: [{ method: 'PUT', path: '/calendars/cal1/notifications/n1', version: V, body: { isActive: false }, reply: { body: { message: 'Notification updated successfully' } } }],
    output: { notificationId: 'n1', calendarId: 'cal1', message: 'Notification updated successfully' },
  },
  refused('update notification with nothing', 'creates.updateCalendarNotification', { calendarId: 'cal1', notificationId: 'n1' }, /"Subject" \(subject\) or another field must be filled in/),
  deletes('delete notification', 'creates.deleteCalendarNotification', { calendarId: 'cal1', notificationId: 'n1' }, '/calendars/cal1/notifications/n1', { notificationId: 'n1', calendarId: 'cal1', message: 'Notification deleted successfully' }, { message: 'Notification deleted successfully' }),

  /* ------------------------------ resources ------------------------------ */
  {
    name: 'a room: every field the spec requires, empty counts defaulted',
    op: 'creates.createCalendarResource',
    input: { resourceType: 'rooms', name: 'Yoga studio', description: 'Second floor', calendarIds: ['cal1'], capacity: '20' },
    calls: [
      {
        method: 'POST', path: '/calendars/resources/rooms', version: V,
        body: { locationId: LOC, name: 'Yoga studio', description: 'Second floor', quantity: 1, outOfService: 0, capacity: 20, calendarIds: ['cal1'] },
        reply: { status: 201, body: RAW_RESOURCE },
      },
    ],
    output: FLAT_RESOURCE,
  },
  refused('equipment serves one calendar', 'creates.createCalendarResource', { resourceType: 'equipments', name: 'Table', description: 'x', calendarIds: 'cal1, cal2' }, /"Service Calendars" \(calendarIds\) must be one calendar for equipment/),
  refused('out of service cannot exceed quantity', 'creates.createCalendarResource', { resourceType: 'equipments', name: 'Table', description: 'x', calendarIds: 'cal1', quantity: 2, outOfService: 3 }, /"Out of Service" \(outOfService\) cannot be more than the Quantity \(2\)/),
  refused('calendars are required', 'creates.createCalendarResource', { resourceType: 'rooms', name: 'Room', description: 'x' }, /"Service Calendars" \(calendarIds\) needs at least one value/),
  {
    name: 'update a resource: only what is filled in; the id given is output',
    op: 'creates.updateCalendarResource',
    input: { resourceType: 'rooms', id: 'r1', capacity: 25, isActive: 'yes' },
    calls: [{ method: 'PUT', path: '/calendars/resources/rooms/r1', version: V, body: { capacity: 25, isActive: true }, reply: { body: { ...RAW_RESOURCE, _id: undefined, capacity: 25 } } }],
    output: { ...FLAT_RESOURCE, capacity: 25 },
  },
  refused('update resource with nothing', 'creates.updateCalendarResource', { resourceType: 'rooms', id: 'r1' }, /"Name" \(name\) or another field must be filled in/),
  refused('a negative capacity is refused', 'creates.updateCalendarResource', { resourceType: 'rooms', id: 'r1', capacity: -1 }, /"Capacity" \(capacity\) must be a whole number of at least 0, got -1/),
  deletes('delete a resource', 'creates.deleteCalendarResource', { resourceType: 'equipments', id: 'q1' }, '/calendars/resources/equipments/q1', { resourceId: 'q1', resourceType: 'equipments', succeeded: true }),

  /* ------------------------------ searches ------------------------------ */
  {
    name: 'slug taken: one result with available = false, so a Zap can branch',
    op: 'searches.validateCalendarGroupSlug',
    input: { slug: 'consultations' },
    calls: [{ method: 'POST', path: '/calendars/groups/validate-slug', version: V, body: { locationId: LOC, slug: 'consultations' }, reply: { body: { available: false } } }],
    output: [{ id: 'consultations', slug: 'consultations', available: false }],
  },
  refused('slug check refuses a non-slug', 'searches.validateCalendarGroupSlug', { slug: 'a/b' }, /"Slug" \(slug\) must be a URL slug/),
  {
    name: 'calendar as a step',
    op: 'searches.getCalendar',
    input: { calendarId: 'cal1' },
    calls: [getCall('/calendars/cal1', V, { calendar: RAW_CALENDAR })],
    output: [FLAT_CALENDAR],
  },
  {
    name: 'free slots as a step: the soonest first',
    op: 'searches.getFreeSlots',
    input: { calendarId: 'cal1', startDate: '2025-03-20T00:00:00Z', endDate: '2025-03-22T00:00:00Z' },
    calls: [{ method: 'GET', path: '/calendars/cal1/free-slots', version: V, query: { startDate: ms(Date.UTC(2025, 2, 20)), endDate: ms(Date.UTC(2025, 2, 22)) }, reply: { body: SLOTS } }],
    output: [slot('2025-03-20T10:00:00-05:00', null), slot('2025-03-21T09:00:00-05:00', null), slot('2025-03-21T14:00:00-05:00', null)],
  },
  noResult('appointment as a step; unknown id is no result', 'searches.getAppointment', { eventId: 'nope' }, '/calendars/events/appointments/nope', V, 'Not found'),
  {
    name: 'appointment as a step, with its contact\'s details, calendar name and assigned user name',
    op: 'searches.getAppointment',
    input: { calendarId: 'cal1', eventId: 'e1' },
    calls: [getCall('/calendars/events/appointments/e1', V, { event: RAW_EVENT }), contactCall('c1', ROSA), calendarNames(), USERS],
    output: [{ ...FLAT_EVENT, ...ROSA_OUT, calendarName: 'Free consultation' }],
  },
  {
    name: 'notification as a step',
    op: 'searches.getCalendarNotification',
    input: { calendarId: 'cal1', notificationId: 'n1' },
    calls: [getCall('/calendars/cal1/notifications/n1', V, RAW_NOTIFICATION)],
    output: [FLAT_NOTIFICATION],
  },
  {
    name: 'resource as a step',
    op: 'searches.getCalendarResource',
    input: { resourceType: 'rooms', id: 'r1' },
    calls: [getCall('/calendars/resources/rooms/r1', V, RAW_RESOURCE)],
    output: [FLAT_RESOURCE],
  },
];
