import type { Ctx } from '../client';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f, type InputOf } from '../fields';
import { fingerprint, type Mapper } from '../operation';
import { defineRecord, isRecord, scalarText, t, wrong, type Coercion, type Output } from '../record-table';
import { pickList } from './calendar';
import { field, inputText, wholeNumber } from './step-input';

/**
 * Calendar notifications: the record table (HighLevel calls the id `_id`; the calendar is the
 * step's input), the inputs and the body that create and update share.
 */

const V = '2021-04-15' as const;

export const notificationField = () =>
  f.id({
    label: 'Notification',
    required: true,
    dynamic: 'calendarNotificationDropdown.id.name',
    helpText: 'A notification of the calendar above. Pick one, or map a Notification ID.',
  });

export const notificationsEndpoint = endpoint('GET', '/calendars/{calendarId}/notifications', V, ['calendars/events.readonly']);

/** `[{ timeOffset, unit }]` -> "24 hours, 1 days". */
const schedule: Coercion<string | null> = {
  empty: null,
  read: (v) =>
    Array.isArray(v)
      ? { value: v.filter(isRecord).map((x) => `${scalarText(x.timeOffset) ?? ''} ${scalarText(x.unit) ?? ''}`.trim()).filter(Boolean).join(', ') || null }
      : wrong(v),
};

export const notificationTable = defineRecord(
  {
    id: { label: 'Notification ID', type: t.text, from: ['_id', 'id'], sample: 'n5Kq0eXbLm3TgR7vWc2A' },
    calendarId: { label: 'Calendar ID', type: t.text, from: [], sample: 'YlWd2wuCAZQzh2cH1fVZ' },
    notificationType: { label: 'Notification Type', type: t.text, sample: 'reminder' },
    channel: { label: 'Channel', type: t.text, sample: 'email' },
    receiverType: { label: 'Recipient', type: t.text, sample: 'contact' },
    isActive: { label: 'Active', type: t.boolean, sample: true },
    subject: { label: 'Subject', type: t.text, sample: 'See you tomorrow' },
    body: { label: 'Body', type: t.text, sample: 'Hi {{contact.first_name}}, your consultation is tomorrow at {{appointment.start_time}}.' },
    templateId: { label: 'Template ID', type: t.text, sample: null },
    sendBefore: { label: 'Send Before Appointment', type: schedule, from: 'beforeTime', sample: '24 hours' },
    sendAfter: { label: 'Send After Appointment', type: schedule, from: 'afterTime', sample: null },
    additionalEmails: { label: 'Additional Emails', type: t.strings, from: 'additionalEmailIds', sample: [] },
    additionalPhoneNumbers: { label: 'Additional Phone Numbers', type: t.strings, sample: [] },
    selectedUsers: { label: 'Selected Users', type: t.strings, sample: [] },
    fromAddress: { label: 'From Email', type: t.text, sample: 'frontdesk@delgadodental.example.com' },
    fromName: { label: 'From Name', type: t.text, sample: 'Delgado Dental' },
    fromNumber: { label: 'From Number', type: t.text, sample: null },
    deleted: { label: 'Deleted', type: t.boolean, sample: false },
  },
  { name: 'notification', missingId: fingerprint },
);
export type CalendarNotification = Output<typeof notificationTable.fields>;

export const notificationList = notificationTable.list('', 'the notification list');
export const notificationRecord = notificationTable.one('', 'the notification request');

const output: Mapper<CalendarNotification> = async (rows, ctx: Ctx) =>
  (await notificationTable.output(rows, ctx)).map((n, i) => ({
    ...n,
    id: rows[i] && notificationTable.hadId(rows[i]) ? n.id : (inputText(ctx, 'notificationId') ?? n.id),
    calendarId: inputText(ctx, 'calendarId'),
  }));
export const notificationOutputs = { ...notificationTable.outputs, output };

/**
 * Create Calendar Notification answers an array: the first notification's flat output, or (an
 * empty answer) what the step asked for.
 */
export const firstNotificationAnswer = async (body: unknown, ctx: Ctx) => {
  const [first] = notificationList(body);
  if (first) return (await output([first], ctx))[0] ?? {};
  const asked = (key: string) => inputText(ctx, key);
  return { id: null, calendarId: asked('calendarId'), notificationType: asked('notificationType'), channel: asked('channel'), receiverType: asked('receiverType') };
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
  templateId: f.id({ label: 'Email Template', dynamic: 'emailTemplateDropdown.id.name', helpText: 'An email template (Marketing > Emails) to send instead of Subject and Body. Pick one, or map a template ID.' }),
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
