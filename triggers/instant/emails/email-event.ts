import type { RelayEvent } from '../../../relay/contract';
import { defineHookTrigger } from '../../../src/hook-trigger';
import { f } from '../../../src/fields';
import { isRecord } from '../../../src/record-table';
import { emailEventTable } from '../../../src/records/email-event';

/**
 * Email Event (Instant): HighLevel's LCEmailStats event (an email sent from the location was
 * delivered, opened, clicked...), delivered by the relay; the Event input is the relay's
 * `emailEvent` filter (webhookPayload.event). Decision: the docs show only "delivered"; the
 * payload is the mail provider's (Mailgun's) event data, whose event names are offered.
 * HighLevel sends it to location-level apps only. Samples: the relay's recent events.
 */
const EMAIL_EVENTS = {
  delivered: 'Delivered',
  opened: 'Opened',
  clicked: 'Clicked',
  failed: 'Failed (bounced or dropped)',
  unsubscribed: 'Unsubscribed',
  complained: 'Marked as spam',
  accepted: 'Accepted for sending',
  rejected: 'Rejected',
} as const;

const records = (event: RelayEvent) => {
  const payload = isRecord(event.webhookPayload) ? event.webhookPayload : {};
  return [emailEventTable.parse({ ...payload, locationId: event.locationId, companyId: event.companyId }, 'webhookPayload', `the ${event.type} event`)];
};

export default defineHookTrigger({
  key: 'emailEventInstant',
  noun: 'Email',
  label: 'Email Event (Instant)',
  description: 'Triggers when an email sent from your location is delivered, opened, clicked, bounces or is marked as spam (optionally only one kind of event).',
  eventTypes: ['LCEmailStats'],
  inputs: { event: f.choice({ label: 'Event', choices: EMAIL_EVENTS, helpText: 'Only this kind of email event. Leave empty for every event (each email gives several: delivered, opened...).' }) },
  filters: (i) => ({ emailEvent: i.event }),
  ...emailEventTable.outputs,
  records,
});
