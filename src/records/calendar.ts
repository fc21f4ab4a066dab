import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import { callApi, locationId, type Ctx } from '../client';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type Base, type FieldSpec, type InputOf } from '../fields';
import { fingerprint, type Flat } from '../operation';
import { listOf, oneOf, parseResponse } from '../schemas';
import { epochOf, resolveWindow, t, type WindowSpec } from '../time';

/**
 * Calendars, calendar groups, resources (rooms and equipment), calendar notifications and free
 * slots: response shapes (calendars.json, Version 2021-04-15), flat outputs with labels and
 * samples, the ID inputs with their dropdowns, and the request bodies the writes share.
 */

const V = '2021-04-15' as const;
const str = z.string().nullish();
const bool = z.boolean().nullish();
const num = z.number().nullish();
const strings = z.array(z.string()).nullish();

/** A value of the step's raw input (validated already), for outputs that echo an ID the answer leaves out. */
export const inputText = (ctx: Ctx, key: string): string | null => {
  const v: unknown = ctx.bundle.inputData?.[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

/* ----------------------------------------------------------------------------------------- */
/* Input fields                                                                                 */
/* ----------------------------------------------------------------------------------------- */

function calendarField(required: true, helpText: string, label?: string): FieldSpec<string>;
function calendarField(required: false, helpText: string, label?: string): FieldSpec<string | undefined>;
function calendarField(required: boolean, helpText: string, label = 'Calendar') {
  return required
    ? f.id({ label, required: true, dynamic: 'calendarDropdown.id.name', helpText })
    : f.id({ label, dynamic: 'calendarDropdown.id.name', helpText });
}

function groupField(required: true, helpText: string): FieldSpec<string>;
function groupField(required: false, helpText: string): FieldSpec<string | undefined>;
function groupField(required: boolean, helpText: string) {
  return required
    ? f.id({ label: 'Calendar Group', required: true, dynamic: 'calendarGroupDropdown.id.name', helpText })
    : f.id({ label: 'Calendar Group', dynamic: 'calendarGroupDropdown.id.name', helpText });
}

export { calendarField, groupField };

/** A list input fed by a dropdown (Zapier lets a list field pick several dropdown items). */
const pickList = (dynamic: string, o: Base & { required?: boolean }): FieldSpec<string[] | undefined> => {
  const s = o.required ? f.list({ ...o, required: true }) : f.list({ ...o, required: false });
  return { field: { ...s.field, dynamic }, schema: s.schema };
};

export const RESOURCE_TYPES = { equipments: 'Equipment', rooms: 'Room' } as const;
export type ResourceType = keyof typeof RESOURCE_TYPES;

export const resourceTypeField = () =>
  f.choice({
    label: 'Resource Type',
    required: true,
    choices: RESOURCE_TYPES,
    helpText: 'Equipment (e.g. a massage table) or a room (e.g. a yoga studio).',
  });

export const resourceField = (helpText: string) =>
  f.id({ label: 'Resource', required: true, dynamic: 'calendarResourceDropdown.id.name', helpText });

export const notificationField = () =>
  f.id({
    label: 'Notification',
    required: true,
    dynamic: 'calendarNotificationDropdown.id.name',
    helpText: 'A notification of the calendar above. Pick one, or map a Notification ID.',
  });

/* ----------------------------------------------------------------------------------------- */
/* Calendar groups                                                                              */
/* ----------------------------------------------------------------------------------------- */

export const groupsEndpoint = endpoint('GET', '/calendars/groups', V, ['calendars/groups.readonly']);

export const CalendarGroup = z.looseObject({ id: z.string(), name: str, description: str, slug: str, isActive: bool, locationId: str });
export type CalendarGroup = z.infer<typeof CalendarGroup>;

export const groupList = (body: unknown): CalendarGroup[] => parseResponse(listOf('groups', CalendarGroup), body, 'the calendar group list');
export const groupRecord = (body: unknown): CalendarGroup => parseResponse(oneOf('group', CalendarGroup), body, 'the calendar group request');

export const flattenGroup = (g: CalendarGroup): Flat => ({
  id: g.id,
  name: g.name ?? null,
  description: g.description ?? null,
  slug: g.slug ?? null,
  isActive: g.isActive ?? null,
  locationId: g.locationId ?? null,
});

export const groupOutputs = {
  sample: {
    id: 'BqTwX8QFwXzpegMve9EQ',
    name: 'Dental consultations',
    description: 'All calendars of the consultation team',
    slug: 'dental-consultations',
    isActive: true,
    locationId: 've9EPM428h8vShlRW1KT',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Calendar Group ID' },
    { key: 'name', label: 'Name' },
    { key: 'description', label: 'Description' },
    { key: 'slug', label: 'Slug' },
    { key: 'isActive', label: 'Active', type: 'boolean' },
    { key: 'locationId', label: 'Location ID' },
  ] as PlainOutputField[],
};

/** The group as it is now (HighLevel has no GET for one group: the location's list is searched). */
export async function currentGroup(ctx: Ctx, groupId: string): Promise<CalendarGroup> {
  const groups = groupList(await callApi(ctx, groupsEndpoint, { query: { locationId: locationId(ctx.bundle) } }));
  const found = groups.find((g) => g.id === groupId);
  if (!found) throw invalidInput({ key: 'groupId', label: 'Calendar Group' }, `"${groupId}" is not a calendar group of this location`);
  return found;
}

/* ----------------------------------------------------------------------------------------- */
/* Calendars                                                                                    */
/* ----------------------------------------------------------------------------------------- */

export const calendarsEndpoint = endpoint('GET', '/calendars/', V, ['calendars.readonly']);

const LocationConfig = z.looseObject({ kind: str, location: str });
export const Calendar = z.looseObject({
  id: z.string(),
  name: str,
  description: str,
  locationId: str,
  groupId: str,
  calendarType: str,
  eventType: str,
  slug: str,
  widgetSlug: str,
  widgetType: str,
  isActive: bool,
  eventTitle: str,
  eventColor: str,
  slotDuration: num,
  slotDurationUnit: str,
  slotInterval: num,
  slotIntervalUnit: str,
  slotBuffer: num,
  slotBufferUnit: str,
  preBuffer: num,
  preBufferUnit: str,
  appoinmentPerSlot: num,
  appoinmentPerDay: num,
  allowBookingAfter: num,
  allowBookingAfterUnit: str,
  allowBookingFor: num,
  allowBookingForUnit: str,
  teamMembers: z.array(z.looseObject({ userId: z.string(), isPrimary: bool, locationConfigurations: z.array(LocationConfig).nullish() })).nullish(),
  locationConfigurations: z.array(LocationConfig).nullish(),
  autoConfirm: bool,
  allowReschedule: bool,
  allowCancellation: bool,
  enableRecurring: bool,
  formId: str,
  notes: str,
});
export type Calendar = z.infer<typeof Calendar>;

export const calendarList = (body: unknown): Calendar[] => parseResponse(listOf('calendars', Calendar), body, 'the calendar list');
export const calendarRecord = (body: unknown): Calendar => parseResponse(oneOf('calendar', Calendar), body, 'the calendar request');

const withUnit = (n: number | null | undefined, unit: string | null | undefined): string | null =>
  n === null || n === undefined ? null : `${n} ${unit ?? 'mins'}`;

export function flattenCalendar(c: Calendar): Flat {
  const configs = [...(c.locationConfigurations ?? []), ...(c.teamMembers ?? []).flatMap((m) => m.locationConfigurations ?? [])];
  const places = [...new Set(configs.map((l) => [l.kind, l.location].filter(Boolean).join(': ')).filter(Boolean))];
  return {
    id: c.id,
    name: c.name ?? null,
    description: c.description ?? null,
    calendarType: c.calendarType ?? null,
    groupId: c.groupId ?? null,
    slug: c.slug ?? null,
    widgetSlug: c.widgetSlug ?? null,
    isActive: c.isActive ?? null,
    eventTitle: c.eventTitle ?? null,
    eventColor: c.eventColor ?? null,
    eventType: c.eventType ?? null,
    slotDuration: withUnit(c.slotDuration, c.slotDurationUnit),
    slotInterval: withUnit(c.slotInterval, c.slotIntervalUnit),
    slotBuffer: withUnit(c.slotBuffer, c.slotBufferUnit),
    preBuffer: withUnit(c.preBuffer, c.preBufferUnit),
    appointmentsPerSlot: c.appoinmentPerSlot ?? null,
    appointmentsPerDay: c.appoinmentPerDay ?? null,
    teamMemberIds: (c.teamMembers ?? []).map((m) => m.userId),
    meetingLocations: places.join('; ') || null,
    autoConfirm: c.autoConfirm ?? null,
    allowReschedule: c.allowReschedule ?? null,
    allowCancellation: c.allowCancellation ?? null,
    formId: c.formId ?? null,
    locationId: c.locationId ?? null,
  };
}

export const calendarOutputs = {
  sample: {
    id: 'YlWd2wuCAZQzh2cH1fVZ',
    name: 'Free consultation',
    description: '30 minutes with a hygienist',
    calendarType: 'round_robin',
    groupId: 'BqTwX8QFwXzpegMve9EQ',
    slug: 'free-consultation',
    widgetSlug: 'free-consultation',
    isActive: true,
    eventTitle: '{{contact.name}} - consultation',
    eventColor: '#039be5',
    eventType: 'RoundRobin_OptimizeForAvailability',
    slotDuration: '30 mins',
    slotInterval: '30 mins',
    slotBuffer: '10 mins',
    preBuffer: null,
    appointmentsPerSlot: 1,
    appointmentsPerDay: null,
    teamMemberIds: ['y0BeYjuRIlDwsDcOHOJo'],
    meetingLocations: 'physical: 3535 1st St N, Dolomite, AL',
    autoConfirm: true,
    allowReschedule: true,
    allowCancellation: true,
    formId: null,
    locationId: 've9EPM428h8vShlRW1KT',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Calendar ID' },
    { key: 'name', label: 'Name' },
    { key: 'description', label: 'Description' },
    { key: 'calendarType', label: 'Calendar Type' },
    { key: 'groupId', label: 'Calendar Group ID' },
    { key: 'slug', label: 'Booking Page Slug' },
    { key: 'widgetSlug', label: 'Widget Slug' },
    { key: 'isActive', label: 'Active', type: 'boolean' },
    { key: 'eventTitle', label: 'Appointment Title Template' },
    { key: 'eventColor', label: 'Color' },
    { key: 'eventType', label: 'Round Robin Distribution' },
    { key: 'slotDuration', label: 'Appointment Duration' },
    { key: 'slotInterval', label: 'Slot Interval' },
    { key: 'slotBuffer', label: 'Buffer After' },
    { key: 'preBuffer', label: 'Buffer Before' },
    { key: 'appointmentsPerSlot', label: 'Bookings per Slot', type: 'number' },
    { key: 'appointmentsPerDay', label: 'Bookings per Day', type: 'number' },
    { key: 'teamMemberIds', label: 'Team Member User IDs' },
    { key: 'meetingLocations', label: 'Meeting Locations' },
    { key: 'autoConfirm', label: 'Auto-Confirm', type: 'boolean' },
    { key: 'allowReschedule', label: 'Allow Reschedule', type: 'boolean' },
    { key: 'allowCancellation', label: 'Allow Cancellation', type: 'boolean' },
    { key: 'formId', label: 'Form ID' },
    { key: 'locationId', label: 'Location ID' },
  ] as PlainOutputField[],
};

export const CALENDAR_TYPES = {
  event: 'Event (simple, no team)',
  round_robin: 'Round robin',
  collective: 'Collective',
  class_booking: 'Class booking',
  service_booking: 'Service booking',
  personal: 'Personal (one team member)',
} as const;

const UNITS = { mins: 'Minutes', hours: 'Hours' } as const;
const MEETING_KINDS = {
  custom: 'Custom (text or link)',
  physical: 'In person (address)',
  inbound_call: 'Phone: the contact calls',
  outbound_call: 'Phone: we call the contact',
  zoom_conference: 'Zoom',
  google_conference: 'Google Meet',
  ms_teams_conference: 'Microsoft Teams',
  booker: 'Chosen by the booker',
} as const;
const CONFERENCES = new Set(['zoom_conference', 'google_conference', 'ms_teams_conference']);

/** Settings shared by Create Calendar and Update Calendar (all optional; Create adds name and type). */
export const calendarSettingsInputs = {
  description: f.longText({ label: 'Description', helpText: 'Shown on the booking page, e.g. "30 minutes with a hygienist".' }),
  groupId: groupField(false, 'The calendar group this calendar belongs to. Pick one, or map a Calendar Group ID from an earlier step.'),
  slug: f.text({ label: 'Booking Page Slug', helpText: 'The URL slug of the booking page, e.g. free-consultation.' }),
  teamMembers: pickList('userDropdown.id.name', {
    label: 'Team Members',
    helpText: 'Users who take the appointments (round robin, collective, class, service and personal calendars; a personal calendar has exactly one). Replaces the current team on update.',
  }),
  meetingLocationKind: f.choice({ label: 'Meeting Location Type', choices: MEETING_KINDS, helpText: 'Where appointments take place. Zoom, Google Meet and Teams create their own links.' }),
  meetingLocation: f.text({ label: 'Meeting Location', helpText: 'The address, phone number or link for the meeting location type above.' }),
  eventTitle: f.text({ label: 'Appointment Title', helpText: 'Title of booked appointments; may use HighLevel merge fields such as {{contact.name}}.' }),
  eventColor: f.text({ label: 'Color', helpText: 'Color of the appointments in the calendar view, as a hex code such as #039be5.' }),
  slotDuration: f.number({ label: 'Appointment Duration', helpText: 'How long one appointment lasts, in the unit below (default minutes).' }),
  slotDurationUnit: f.choice({ label: 'Duration Unit', choices: UNITS, helpText: 'Unit of the appointment duration; minutes when empty.' }),
  slotInterval: f.number({ label: 'Slot Interval', helpText: 'Time between the start of two bookable slots, in the unit below.' }),
  slotIntervalUnit: f.choice({ label: 'Interval Unit', choices: UNITS, helpText: 'Unit of the slot interval; minutes when empty.' }),
  appointmentsPerSlot: f.number({ label: 'Bookings per Slot', helpText: 'How many bookings one slot takes (per user; seats for class bookings).' }),
  autoConfirm: f.boolean({ label: 'Auto-Confirm', helpText: 'Yes: new bookings are confirmed at once. No: they wait as "new".' }),
  allowReschedule: f.boolean({ label: 'Allow Reschedule', helpText: 'Whether contacts may reschedule their appointments.' }),
  allowCancellation: f.boolean({ label: 'Allow Cancellation', helpText: 'Whether contacts may cancel their appointments.' }),
  isActive: f.boolean({ label: 'Active', helpText: 'Yes: the calendar takes bookings. No: it is saved as a draft.' }),
};
type CalendarSettings = InputOf<typeof calendarSettingsInputs>;

const field = (key: string, label: string) => ({ key, label });

/** A count that must be a whole number of at least `min`; refused naming the field. */
export function wholeNumber(n: number | undefined, ref: { key: string; label: string }, min = 0): number | undefined {
  if (n === undefined) return undefined;
  if (!Number.isInteger(n) || n < min) throw invalidInput(ref, `must be a whole number of at least ${min}, got ${n}`);
  return n;
}

/** Body fields of the calendar settings, as CalendarCreateDTO / CalendarUpdateDTO name them. */
export function calendarSettingsBody(input: CalendarSettings, calendarType?: string): Record<string, unknown> {
  const { meetingLocationKind, meetingLocation, teamMembers, slotDuration, slotInterval, appointmentsPerSlot, eventColor, ...rest } = input;
  if (eventColor !== undefined && !/^#[0-9a-f]{6}$/i.test(eventColor)) {
    throw invalidInput(field('eventColor', 'Color'), `must be a hex color such as #039be5, got "${eventColor}"`);
  }
  const kind = meetingLocationKind ?? (meetingLocation ? 'custom' : undefined);
  if (kind && meetingLocation && CONFERENCES.has(kind)) {
    throw invalidInput(field('meetingLocation', 'Meeting Location'), `is not used with ${MEETING_KINDS[kind as keyof typeof MEETING_KINDS]}, which creates its own link; leave it empty`);
  }
  if (calendarType === 'personal' && teamMembers?.length !== 1) {
    throw invalidInput(field('teamMembers', 'Team Members'), 'must be exactly one user for a personal calendar');
  }
  const configs = kind ? [{ kind, ...(meetingLocation ? { location: meetingLocation } : {}) }] : undefined;
  // With a team, HighLevel takes the meeting location per member; an event calendar takes it at the top.
  const members = teamMembers?.map((userId, i) => ({
    userId,
    ...(calendarType === 'collective' ? { isPrimary: i === 0 } : {}),
    ...(configs ? { locationConfigurations: configs } : {}),
  }));
  return {
    ...rest,
    ...(eventColor ? { eventColor } : {}),
    ...(slotDuration !== undefined ? { slotDuration: wholeNumber(slotDuration, field('slotDuration', 'Appointment Duration'), 1) } : {}),
    ...(slotInterval !== undefined ? { slotInterval: wholeNumber(slotInterval, field('slotInterval', 'Slot Interval'), 1) } : {}),
    ...(appointmentsPerSlot !== undefined ? { appoinmentPerSlot: wholeNumber(appointmentsPerSlot, field('appointmentsPerSlot', 'Bookings per Slot'), 1) } : {}),
    ...(members ? { teamMembers: members } : configs ? { locationConfigurations: configs } : {}),
  };
}

/* ----------------------------------------------------------------------------------------- */
/* Resources (rooms and equipment)                                                              */
/* ----------------------------------------------------------------------------------------- */

export const resourcesEndpoint = endpoint('GET', '/calendars/resources/{resourceType}', V, ['calendars/resources.readonly']);

/** The spec's resource DTOs carry no id; the live API's `_id`/`id` is read when present. */
export const CalendarResource = z.looseObject({
  id: str,
  _id: str,
  name: str,
  resourceType: str,
  isActive: bool,
  description: str,
  quantity: num,
  outOfService: num,
  capacity: num,
  calendarIds: strings,
  locationId: str,
});
export type CalendarResource = z.infer<typeof CalendarResource>;

export const resourceList = (body: unknown): CalendarResource[] => parseResponse(z.array(CalendarResource), body, 'the resource list');
export const resourceRecord = (body: unknown): CalendarResource => parseResponse(CalendarResource, body, 'the resource request');

/** A resource; its id from the answer, else the one asked for, else (a list item without any) a content fingerprint. */
export const flattenResource = (r: CalendarResource, ctx?: Ctx): Flat => ({
  id: r.id ?? r._id ?? (ctx && inputText(ctx, 'id')) ?? fingerprint(r),
  name: r.name ?? null,
  resourceType: r.resourceType ?? (ctx && inputText(ctx, 'resourceType')) ?? null,
  description: r.description ?? null,
  isActive: r.isActive ?? null,
  quantity: r.quantity ?? null,
  outOfService: r.outOfService ?? null,
  capacity: r.capacity ?? null,
  calendarIds: r.calendarIds ?? [],
  locationId: r.locationId ?? null,
});

export const resourceOutputs = {
  output: (records: CalendarResource[], ctx: Ctx) => records.map((r) => flattenResource(r, ctx)),
  sample: {
    id: 'Gk8dYbQ4HvPw2TzL1mNc',
    name: 'Yoga studio',
    resourceType: 'rooms',
    description: 'Second floor, 20 mats',
    isActive: true,
    quantity: 1,
    outOfService: 0,
    capacity: 20,
    calendarIds: ['YlWd2wuCAZQzh2cH1fVZ'],
    locationId: 've9EPM428h8vShlRW1KT',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Resource ID' },
    { key: 'name', label: 'Name' },
    { key: 'resourceType', label: 'Resource Type' },
    { key: 'description', label: 'Description' },
    { key: 'isActive', label: 'Active', type: 'boolean' },
    { key: 'quantity', label: 'Quantity', type: 'number' },
    { key: 'outOfService', label: 'Out of Service', type: 'number' },
    { key: 'capacity', label: 'Capacity', type: 'number' },
    { key: 'calendarIds', label: 'Service Calendar IDs' },
    { key: 'locationId', label: 'Location ID' },
  ] as PlainOutputField[],
};

/** Resource details shared by create and update (all optional here; Create makes name, description and calendars required). */
export const resourceDetailInputs = {
  quantity: f.number({ label: 'Quantity', helpText: 'How many of this equipment exist (equipment only; 1 when empty on create).' }),
  outOfService: f.number({ label: 'Out of Service', helpText: 'How many of them are out of service (0 when empty on create).' }),
  capacity: f.number({ label: 'Capacity', helpText: 'How many people the room holds (rooms only; 1 when empty on create).' }),
};

export const calendarsPickList = (required: boolean, helpText: string) =>
  pickList('calendarDropdown.id.name', { label: 'Service Calendars', required, helpText });

/** Counts checked, and HighLevel's rule that one equipment serves one service calendar. */
export function resourceCounts(
  type: ResourceType,
  input: { quantity?: number; outOfService?: number; capacity?: number; calendarIds?: string[] },
): { quantity?: number; outOfService?: number; capacity?: number } {
  const quantity = wholeNumber(input.quantity, field('quantity', 'Quantity'), 0);
  const outOfService = wholeNumber(input.outOfService, field('outOfService', 'Out of Service'), 0);
  const capacity = wholeNumber(input.capacity, field('capacity', 'Capacity'), 0);
  if (quantity !== undefined && outOfService !== undefined && outOfService > quantity) {
    throw invalidInput(field('outOfService', 'Out of Service'), `cannot be more than the Quantity (${quantity})`);
  }
  if (type === 'equipments' && input.calendarIds && input.calendarIds.length > 1) {
    throw invalidInput(field('calendarIds', 'Service Calendars'), 'must be one calendar for equipment: HighLevel maps one equipment to one service calendar');
  }
  return { quantity, outOfService, capacity };
}

/* ----------------------------------------------------------------------------------------- */
/* Calendar notifications                                                                       */
/* ----------------------------------------------------------------------------------------- */

export const notificationsEndpoint = endpoint('GET', '/calendars/{calendarId}/notifications', V, ['calendars/events.readonly']);

const Schedule = z.looseObject({ timeOffset: num, unit: str });
export const CalendarNotification = z.looseObject({
  _id: str,
  id: str,
  receiverType: str,
  channel: str,
  notificationType: str,
  isActive: bool,
  templateId: str,
  body: str,
  subject: str,
  afterTime: z.array(Schedule).nullish(),
  beforeTime: z.array(Schedule).nullish(),
  additionalEmailIds: strings,
  additionalPhoneNumbers: strings,
  selectedUsers: strings,
  deleted: bool,
  fromAddress: str,
  fromName: str,
  fromNumber: str,
});
export type CalendarNotification = z.infer<typeof CalendarNotification>;

export const notificationList = (body: unknown): CalendarNotification[] =>
  parseResponse(z.array(CalendarNotification), body, 'the notification list');
export const notificationRecord = (body: unknown): CalendarNotification => parseResponse(CalendarNotification, body, 'the notification request');

const schedule = (s: { timeOffset?: number | null; unit?: string | null }[] | null | undefined): string | null =>
  (s ?? []).map((x) => `${x.timeOffset ?? ''} ${x.unit ?? ''}`.trim()).filter(Boolean).join(', ') || null;

/** A notification; HighLevel calls its id `_id`. The calendar comes from the step's input. */
export const flattenNotification = (n: CalendarNotification, ctx?: Ctx): Flat => ({
  id: n._id ?? n.id ?? (ctx && inputText(ctx, 'notificationId')) ?? fingerprint(n),
  calendarId: (ctx && inputText(ctx, 'calendarId')) ?? null,
  notificationType: n.notificationType ?? null,
  channel: n.channel ?? null,
  receiverType: n.receiverType ?? null,
  isActive: n.isActive ?? null,
  subject: n.subject ?? null,
  body: n.body ?? null,
  templateId: n.templateId ?? null,
  sendBefore: schedule(n.beforeTime),
  sendAfter: schedule(n.afterTime),
  additionalEmails: n.additionalEmailIds ?? [],
  additionalPhoneNumbers: n.additionalPhoneNumbers ?? [],
  selectedUsers: n.selectedUsers ?? [],
  fromAddress: n.fromAddress ?? null,
  fromName: n.fromName ?? null,
  fromNumber: n.fromNumber ?? null,
  deleted: n.deleted ?? null,
});

export const notificationOutputs = {
  output: (records: CalendarNotification[], ctx: Ctx) => records.map((n) => flattenNotification(n, ctx)),
  sample: {
    id: 'n5Kq0eXbLm3TgR7vWc2A',
    calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
    notificationType: 'reminder',
    channel: 'email',
    receiverType: 'contact',
    isActive: true,
    subject: 'See you tomorrow',
    body: 'Hi {{contact.first_name}}, your consultation is tomorrow at {{appointment.start_time}}.',
    templateId: null,
    sendBefore: '24 hours',
    sendAfter: null,
    additionalEmails: [],
    additionalPhoneNumbers: [],
    selectedUsers: [],
    fromAddress: 'frontdesk@delgadodental.example.com',
    fromName: 'Delgado Dental',
    fromNumber: null,
    deleted: false,
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Notification ID' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'notificationType', label: 'Notification Type' },
    { key: 'channel', label: 'Channel' },
    { key: 'receiverType', label: 'Recipient' },
    { key: 'isActive', label: 'Active', type: 'boolean' },
    { key: 'subject', label: 'Subject' },
    { key: 'body', label: 'Body' },
    { key: 'templateId', label: 'Template ID' },
    { key: 'sendBefore', label: 'Send Before Appointment' },
    { key: 'sendAfter', label: 'Send After Appointment' },
    { key: 'additionalEmails', label: 'Additional Emails' },
    { key: 'additionalPhoneNumbers', label: 'Additional Phone Numbers' },
    { key: 'selectedUsers', label: 'Selected Users' },
    { key: 'fromAddress', label: 'From Email' },
    { key: 'fromName', label: 'From Name' },
    { key: 'fromNumber', label: 'From Number' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
  ] as PlainOutputField[],
};

const RECEIVERS = {
  contact: 'The contact',
  guest: 'Guests',
  assignedUser: 'The assigned user',
  emails: 'Additional email addresses',
  phoneNumbers: 'Additional phone numbers',
  business: 'The business (selected users)',
} as const;
const CHANNELS = { email: 'Email', sms: 'SMS', whatsapp: 'WhatsApp', inApp: 'In-app' } as const;
const NOTIFICATION_TYPES = {
  booked: 'Booked',
  confirmation: 'Confirmation',
  cancellation: 'Cancellation',
  reminder: 'Reminder (before the appointment)',
  followup: 'Follow-up (after the appointment)',
  reschedule: 'Rescheduled',
} as const;
const OFFSET_UNITS = { mins: 'Minutes', hours: 'Hours', days: 'Days' } as const;

/** The notification's what and to whom; required on create, optional on update. */
export const notificationKindInputs = (required: boolean) => ({
  notificationType: required
    ? f.choice({ label: 'Notification Type', required: true, choices: NOTIFICATION_TYPES, helpText: 'The event that sends it: booked, confirmation, cancellation, reminder, follow-up or reschedule.' })
    : f.choice({ label: 'Notification Type', choices: NOTIFICATION_TYPES, helpText: 'The event that sends it: booked, confirmation, cancellation, reminder, follow-up or reschedule.' }),
  channel: required
    ? f.choice({ label: 'Channel', required: true, choices: CHANNELS, helpText: 'How it is sent: email, SMS, WhatsApp or in-app.' })
    : f.choice({ label: 'Channel', choices: CHANNELS, helpText: 'How it is sent: email, SMS, WhatsApp or in-app.' }),
  receiverType: required
    ? f.choice({ label: 'Recipient', required: true, choices: RECEIVERS, helpText: 'Who receives it. For additional emails or phone numbers, fill in the lists below.' })
    : f.choice({ label: 'Recipient', choices: RECEIVERS, helpText: 'Who receives it. For additional emails or phone numbers, fill in the lists below.' }),
});

/** Content and schedule of a notification, shared by create and update. */
export const notificationContentInputs = {
  subject: f.text({ label: 'Subject', helpText: 'Email subject; may use merge fields such as {{contact.first_name}}.' }),
  body: f.longText({ label: 'Body', helpText: 'Message text (email or SMS); not needed for in-app notifications.' }),
  templateId: f.text({ label: 'Template ID', helpText: 'An email template to use instead of Subject and Body.' }),
  timeOffset: f.number({ label: 'Send Time Offset', helpText: 'For reminders: how long before the appointment; for follow-ups: how long after. Whole number in the unit below.' }),
  timeUnit: f.choice({ label: 'Offset Unit', choices: OFFSET_UNITS, helpText: 'Unit of the send time offset; hours when empty.' }),
  additionalEmailIds: f.list({ label: 'Additional Emails', helpText: 'Email addresses that also receive it (recipient "Additional email addresses").' }),
  additionalPhoneNumbers: f.list({ label: 'Additional Phone Numbers', helpText: 'Phone numbers that also receive it, with country code (recipient "Additional phone numbers").' }),
  selectedUsers: pickList('userDropdown.id.name', {
    label: 'Selected Users',
    helpText: 'Users who receive in-app and business notifications; "sub_account_admin" means the sub-account admins.',
  }),
  fromAddress: f.email({ label: 'From Email', helpText: 'Sender address of email notifications.' }),
  fromName: f.text({ label: 'From Name', helpText: 'Sender name of email and SMS notifications.' }),
  fromNumber: f.phone({ label: 'From Number', helpText: 'Sender number of SMS notifications, with country code.' }),
  isActive: f.boolean({ label: 'Active', helpText: 'Whether the notification is sent. Yes when empty on create.' }),
};

type NotificationInput = InputOf<typeof notificationContentInputs> & {
  notificationType?: string;
  receiverType?: string;
  channel?: string;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,20}$/;

/**
 * The notification body (CreateCalendarNotificationDTO / UpdateCalendarNotificationsDTO). The
 * offset goes to `beforeTime` for reminders and `afterTime` for follow-ups ([{ timeOffset, unit }]);
 * unit values follow the calendar's own units (mins, hours) plus days.
 */
export function notificationBody(input: NotificationInput, creating: boolean): Record<string, unknown> {
  const { timeOffset, timeUnit, additionalEmailIds, additionalPhoneNumbers, notificationType, ...rest } = input;
  const offset = wholeNumber(timeOffset, field('timeOffset', 'Send Time Offset'), 0);
  const scheduled = notificationType === 'reminder' || notificationType === 'followup';
  if (offset !== undefined && notificationType && !scheduled) {
    throw invalidInput(field('timeOffset', 'Send Time Offset'), 'is only used for reminders and follow-ups');
  }
  if (offset === undefined && creating && scheduled) {
    throw invalidInput(field('timeOffset', 'Send Time Offset'), `is required for a ${notificationType === 'reminder' ? 'reminder' : 'follow-up'}`);
  }
  if (offset !== undefined && !notificationType) {
    throw invalidInput(field('notificationType', 'Notification Type'), 'is required with a Send Time Offset (reminder or follow-up)');
  }
  const bad = additionalEmailIds?.find((e) => !EMAIL.test(e));
  if (bad) throw invalidInput(field('additionalEmailIds', 'Additional Emails'), `must be email addresses, got "${bad}"`);
  const badPhone = additionalPhoneNumbers?.find((p) => !PHONE.test(p));
  if (badPhone) throw invalidInput(field('additionalPhoneNumbers', 'Additional Phone Numbers'), `must be phone numbers, got "${badPhone}"`);
  if (creating && input.receiverType === 'emails' && !additionalEmailIds) {
    throw invalidInput(field('additionalEmailIds', 'Additional Emails'), 'needs at least one address for the recipient "Additional email addresses"');
  }
  if (creating && input.receiverType === 'phoneNumbers' && !additionalPhoneNumbers) {
    throw invalidInput(field('additionalPhoneNumbers', 'Additional Phone Numbers'), 'needs at least one number for the recipient "Additional phone numbers"');
  }
  const when = offset === undefined ? {} : { [notificationType === 'reminder' ? 'beforeTime' : 'afterTime']: [{ timeOffset: offset, unit: timeUnit ?? 'hours' }] };
  return {
    ...(notificationType ? { notificationType } : {}),
    ...rest,
    ...(additionalEmailIds ? { additionalEmailIds } : {}),
    ...(additionalPhoneNumbers ? { additionalPhoneNumbers } : {}),
    ...when,
  };
}

/* ----------------------------------------------------------------------------------------- */
/* Free slots                                                                                   */
/* ----------------------------------------------------------------------------------------- */

export const freeSlotsEndpoint = endpoint('GET', '/calendars/{calendarId}/free-slots', V, ['calendars.readonly']);

/** HighLevel answers at most 31 days of slots; empty bounds mean the next 7 days from now. */
export const FREE_SLOT_WINDOW: WindowSpec = {
  start: { key: 'startDate', label: 'From' },
  end: { key: 'endDate', label: 'To' },
  before: 0,
  after: 7,
  maxDays: 31,
};

export const freeSlotInputs = {
  calendarId: calendarField(true, 'The calendar whose free slots to get.'),
  startDate: t.moment({
    label: 'From',
    helpText: 'Start of the range, e.g. 2025-03-20 or 2025-03-20T09:00:00-05:00. A date alone means the start of that day in the Time Zone below. Empty: now.',
  }),
  endDate: t.moment({
    label: 'To',
    helpText: 'End of the range; a date alone includes that whole day. At most 31 days after From (HighLevel\'s limit). Empty: 7 days after From.',
  }),
  timezone: t.timeZone({
    label: 'Time Zone',
    helpText: 'Time zone of the slots HighLevel returns, and of dates and times above written without an offset. Empty: HighLevel\'s default (the calendar\'s), dates read in UTC.',
  }),
  userId: f.id({ label: 'User', dynamic: 'userDropdown.id.name', helpText: 'Only the free slots of this team member.' }),
};

export const freeSlotsRequest = (input: InputOf<typeof freeSlotInputs>) => {
  const w = resolveWindow(input.startDate, input.endDate, FREE_SLOT_WINDOW, input.timezone);
  return { query: { startDate: w.start, endDate: w.end, timezone: input.timezone, userId: input.userId } };
};

export interface FreeSlot {
  date: string;
  startTime: string;
}

/** The answer is a map keyed by date (YYYY-MM-DD) -> { slots: [ISO times] } beside keys such as traceId. */
export function freeSlotList(body: unknown): FreeSlot[] {
  const map = parseResponse(z.record(z.string(), z.unknown()), body, 'the free slots request');
  const Day = z.looseObject({ slots: z.array(z.string()).nullish() });
  const out: FreeSlot[] = [];
  for (const [date, value] of Object.entries(map)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    const day = parseResponse(Day, value, 'the free slots request');
    for (const slot of day.slots ?? []) out.push({ date, startTime: slot });
  }
  return out.sort((a, b) => epochOf(a.startTime) - epochOf(b.startTime));
}

export const freeSlotOutputs = {
  output: (slots: FreeSlot[], ctx: Ctx): Flat[] => {
    const calendarId = inputText(ctx, 'calendarId');
    return slots.map((s) => ({
      id: `${calendarId}:${s.startTime}`,
      calendarId,
      date: s.date,
      startTime: s.startTime,
      timezone: inputText(ctx, 'timezone'),
      userId: inputText(ctx, 'userId'),
    }));
  },
  sample: {
    id: 'YlWd2wuCAZQzh2cH1fVZ:2025-03-20T10:00:00-05:00',
    calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
    date: '2025-03-20',
    startTime: '2025-03-20T10:00:00-05:00',
    timezone: 'America/Chicago',
    userId: null,
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Slot ID (calendar and start time)' },
    { key: 'calendarId', label: 'Calendar ID' },
    { key: 'date', label: 'Date' },
    { key: 'startTime', label: 'Slot Start Time', type: 'datetime' },
    { key: 'timezone', label: 'Time Zone' },
    { key: 'userId', label: 'User ID' },
  ] as PlainOutputField[],
};

/* ----------------------------------------------------------------------------------------- */
/* Writes                                                                                       */
/* ----------------------------------------------------------------------------------------- */

/** Deletes and status changes answer `{ success }` (or `{ succeeded }`); a 2xx without a flag is a success. */
export const succeededOf = (body: unknown): boolean => {
  const r = parseResponse(z.looseObject({ success: bool, succeeded: bool, succeded: bool }), body ?? {}, 'the request');
  return r.success ?? r.succeeded ?? r.succeded ?? true;
};

/** A URL slug (letters, digits, hyphens), refused naming the field otherwise. */
export function slugOf(slug: string, ref: { key: string; label: string } = { key: 'slug', label: 'Slug' }): string {
  if (!/^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$/.test(slug)) {
    throw invalidInput(ref, `must be a URL slug of letters, digits and hyphens such as dental-consultations, got "${slug}"`);
  }
  return slug;
}

function slugInput(required: true): FieldSpec<string>;
function slugInput(required: false): FieldSpec<string | undefined>;
function slugInput(required: boolean) {
  return required
    ? f.text({ label: 'Slug', required: true, helpText: 'The group\'s URL slug (letters, digits, hyphens), e.g. dental-consultations. "Validate Group Slug" checks it is free.' })
    : f.text({ label: 'Slug', helpText: 'The group\'s new URL slug (letters, digits, hyphens). Empty: unchanged.' });
}
export { slugInput };
