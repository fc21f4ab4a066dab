import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type Base, type FieldSpec, type InputOf } from '../fields';
import { defineRecord, isRecord, readAs, scalarText, t } from '../record-table';
import { groupField } from './calendar-group';
import { field, wholeNumber } from './step-input';

/**
 * Calendars (calendars.json, Version 2021-04-15): the record table, the Calendar input with its
 * dropdown, and the settings inputs and body that Create and Update Calendar share.
 */

export const V = '2021-04-15' as const;

function calendarField(required: true, helpText: string, label?: string): FieldSpec<string>;
function calendarField(required: false, helpText: string, label?: string): FieldSpec<string | undefined>;
function calendarField(required: boolean, helpText: string, label = 'Calendar') {
  return required
    ? f.id({ label, required: true, dynamic: 'calendarDropdown.id.name', helpText })
    : f.id({ label, dynamic: 'calendarDropdown.id.name', helpText });
}

export { calendarField };

/** A list input fed by a dropdown (Zapier lets a list field pick several dropdown items). */
export const pickList = (dynamic: string, o: Base & { required?: boolean }): FieldSpec<string[] | undefined> => {
  const s = o.required ? f.list({ ...o, required: true }) : f.list({ ...o, required: false });
  return { field: { ...s.field, dynamic }, schema: s.schema };
};

export const calendarsPickList = (required: boolean, helpText: string) =>
  pickList('calendarDropdown.id.name', { label: 'Service Calendars', required, helpText });

export const calendarsEndpoint = endpoint('GET', '/calendars/', V, ['calendars.readonly']);

/** "30 mins" from a number and its unit (HighLevel's default unit is minutes). */
const withUnit = (n: unknown, unit: unknown): string | null => {
  const v = readAs(t.number, n);
  return v === null ? null : `${v} ${readAs(t.text, unit) ?? 'mins'}`;
};

/** The meeting locations of the calendar and of its team members, "kind: location", once each. */
function meetingLocations(raw: Readonly<Record<string, unknown>>): string | null {
  const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);
  const configs = [...list(raw.locationConfigurations), ...list(raw.teamMembers).flatMap((m) => list(m.locationConfigurations))];
  const places = configs.map((l) => [scalarText(l.kind), scalarText(l.location)].filter(Boolean).join(': ')).filter(Boolean);
  return [...new Set(places)].join('; ') || null;
}

/** HighLevel spells the booking limits `appoinmentPerSlot` / `appoinmentPerDay`. */
export const calendarTable = defineRecord(
  {
    id: { label: 'Calendar ID', type: t.text, sample: 'YlWd2wuCAZQzh2cH1fVZ' },
    name: { label: 'Name', type: t.text, sample: 'Free consultation' },
    description: { label: 'Description', type: t.text, sample: '30 minutes with a hygienist' },
    calendarType: { label: 'Calendar Type', type: t.text, sample: 'round_robin' },
    groupId: { label: 'Calendar Group ID', type: t.text, sample: 'BqTwX8QFwXzpegMve9EQ' },
    slug: { label: 'Booking Page Slug', type: t.text, sample: 'free-consultation' },
    widgetSlug: { label: 'Widget Slug', type: t.text, sample: 'free-consultation' },
    isActive: { label: 'Active', type: t.boolean, sample: true },
    eventTitle: { label: 'Appointment Title Template', type: t.text, sample: '{{contact.name}} - consultation' },
    eventColor: { label: 'Color', type: t.text, sample: '#039be5' },
    eventType: { label: 'Round Robin Distribution', type: t.text, sample: 'RoundRobin_OptimizeForAvailability' },
    slotDuration: { label: 'Appointment Duration', type: t.text, from: [], derive: (_, c) => withUnit(c.slotDuration, c.slotDurationUnit), sample: '30 mins' },
    slotInterval: { label: 'Slot Interval', type: t.text, from: [], derive: (_, c) => withUnit(c.slotInterval, c.slotIntervalUnit), sample: '30 mins' },
    slotBuffer: { label: 'Buffer After', type: t.text, from: [], derive: (_, c) => withUnit(c.slotBuffer, c.slotBufferUnit), sample: '10 mins' },
    preBuffer: { label: 'Buffer Before', type: t.text, from: [], derive: (_, c) => withUnit(c.preBuffer, c.preBufferUnit), sample: null },
    appointmentsPerSlot: { label: 'Bookings per Slot', type: t.number, from: 'appoinmentPerSlot', sample: 1 },
    appointmentsPerDay: { label: 'Bookings per Day', type: t.number, from: 'appoinmentPerDay', sample: null },
    teamMemberIds: { label: 'Team Member User IDs', type: t.pluck('userId'), from: 'teamMembers', sample: ['y0BeYjuRIlDwsDcOHOJo'] },
    meetingLocations: { label: 'Meeting Locations', type: t.text, from: [], derive: (_, c) => meetingLocations(c), sample: 'physical: 3535 1st St N, Dolomite, AL' },
    autoConfirm: { label: 'Auto-Confirm', type: t.boolean, sample: true },
    allowReschedule: { label: 'Allow Reschedule', type: t.boolean, sample: true },
    allowCancellation: { label: 'Allow Cancellation', type: t.boolean, sample: true },
    formId: { label: 'Form ID', type: t.text, sample: null },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'calendar' },
);

export const calendarList = calendarTable.list('calendars');
export const calendarRecord = calendarTable.one('calendar');
export const calendarOutputs = calendarTable.outputs;
export const calendarShape = calendarTable.shape;
export const calendarAnswer = calendarTable.answer('calendar', 'the calendar request');

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
