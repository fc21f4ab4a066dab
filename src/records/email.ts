import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t } from '../record-table';
import { V } from './conversation';

/** Email messages (GET /conversations/messages/email/{id}). */

/** No Version and no security in the v2 spec: 2021-04-15 like every conversations endpoint, the scope from v3 (catalog). */
export const getEmailEndpoint = endpoint('GET', '/conversations/messages/email/{id}', V, ['conversations/message.readonly']);

/** The email message ID input; no list endpoint gives email IDs (a message's `emailMessageIds` does). */
export const emailMessageIdField = () =>
  f.id({
    label: 'Email Message ID',
    required: true,
    helpText: 'The email message ID: map "Email Message IDs" of a message (from a message trigger or Get Message by ID), not the message ID itself.',
  });

export const emailTable = defineRecord(
  {
    id: { label: 'Email Message ID', type: t.text, sample: 'rnGyqh2F6uBrIkfhFo9A' },
    threadId: { label: 'Thread ID', type: t.text, sample: 'rnGyqh2F6uBrIkfhFo9A' },
    conversationId: { label: 'Conversation ID', type: t.text, sample: 'tDtDnQdgm2LXpyiqYvZ6' },
    contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    subject: { label: 'Subject', type: t.text, sample: 'Your spring catalogue' },
    body: { label: 'Body', type: t.text, sample: '<p>Hi Rosa, the catalogue is on its way by mail.</p>' },
    from: { label: 'From', type: t.text, sample: 'Delgado Dental <hello@delgadodental.example.com>' },
    to: { label: 'To', type: t.strings, sample: ['rosa.delgado@example.com'] },
    cc: { label: 'Cc', type: t.strings, sample: [] },
    bcc: { label: 'Bcc', type: t.strings, sample: [] },
    direction: { label: 'Direction', type: t.text, sample: 'outbound' },
    status: { label: 'Status', type: t.text, sample: 'delivered' },
    contentType: { label: 'Content Type', type: t.text, sample: 'text/html' },
    attachments: { label: 'Attachment URLs', type: t.pluck('url'), sample: [] },
    provider: { label: 'Provider', type: t.text, sample: 'Leadconnector Email' },
    source: { label: 'Source', type: t.text, sample: 'app' },
    replyToMessageId: { label: 'Reply To Email Message ID', type: t.text, sample: null },
    altId: { label: 'External ID', type: t.text, sample: null },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-14T18:20:00.000Z' },
  },
  { name: 'email message' },
);

/** The spec's bare email message, or one wrapped under `emailMessage`. */
export const emailRecord = emailTable.one('emailMessage', 'the email request', { bare: true });
export const emailOutputs = emailTable.outputs;
