import { timeZoneField } from '../choices';
import { userField } from '../common-fields';
import { invalidInput } from '../errors';
import { f, type InputOf } from '../fields';
import { instantOf, isoFor, requireAfter, t, type Moment } from '../time';
import { calendarField } from './calendar';

/** Inputs of the appointment operations: the ID inputs with their dropdowns, the details and the body they make. */

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
