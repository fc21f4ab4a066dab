import { defineRecord, t } from '../record-table';

/**
 * An email's delivery event, as the LCEmailStats event gives it (docs/webhook-events/LCEmailStats.md):
 * the event's `webhookPayload` (the mail provider's event: its id, `event`, recipient, headers,
 * delivery status), with the event's own locationId and companyId. Its epoch-seconds `timestamp`
 * becomes ISO text. No API endpoint answers it.
 */
export const emailEventTable = defineRecord(
  {
    id: { label: 'Email Event ID', type: t.text, sample: 'cGT9Jc3MTyKa2rX0hV1pGQ' },
    event: { label: 'Event', type: t.text, important: true, sample: 'delivered' },
    recipient: { label: 'Recipient Email', type: t.text, important: true, sample: 'rosa.delgado@example.com' },
    recipientDomain: { label: 'Recipient Domain', type: t.text, from: 'recipient-domain', sample: 'example.com' },
    recipientProvider: { label: 'Recipient Provider', type: t.text, from: 'recipient-provider', sample: 'Gmail' },
    from: { label: 'From', type: t.text, from: 'message.headers.from', sample: 'Sunrise Dental <hello@sunrisedental.example>' },
    to: { label: 'To', type: t.text, from: 'message.headers.to', sample: 'rosa.delgado@example.com' },
    messageId: { label: 'Email Message ID (header)', type: t.text, from: 'message.headers.message-id', sample: '<20250314150405.1.ABCD@mail.sunrisedental.example>' },
    deliveryCode: { label: 'Delivery Status Code', type: t.integer, from: 'delivery-status.code', sample: 250 },
    deliveryMessage: { label: 'Delivery Status Message', type: t.text, from: 'delivery-status.message', sample: 'OK' },
    deliveryDescription: { label: 'Delivery Status Description', type: t.text, from: 'delivery-status.description', sample: null },
    tags: { label: 'Tags', type: t.strings, sample: ['et_other'] },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    companyId: { label: 'Company ID', type: t.text, sample: '5DP4iH6HLkQsiKESj6rh' },
    timestamp: { label: 'Event Time', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  },
  { name: 'email event' },
);
