import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineResult, t } from '../record-table';
import { V } from './conversation';

/**
 * Recording messages that happened elsewhere (a custom conversation provider, a phone system):
 * Add Inbound Message, Add Outbound Call; and Create Conversation, which opens the conversation
 * they are added to. Decisions where the spec is unclear:
 * - `conversationProviderId` is required by the spec for both; HighLevel's provider docs say the
 *   default email provider can go without, but a custom provider without it gets a 201 and no
 *   message (highlevel-api-docs issue 70), so it stays required.
 * - The inbound body's `direction` "defaults to outbound" (spec); Add Inbound Message sends
 *   "inbound" explicitly.
 */
export const inboundMessageEndpoint = endpoint('POST', '/conversations/messages/inbound', V, ['conversations/message.write']);
export const outboundCallEndpoint = endpoint('POST', '/conversations/messages/outbound', V, ['conversations/message.write']);
export const createConversationEndpoint = endpoint('POST', '/conversations/', V, ['conversations.write']);
export const uploadAttachmentEndpoint = endpoint('POST', '/conversations/messages/upload', V, ['conversations/message.write']);

export const providerField = () =>
  f.id({
    label: 'Conversation Provider ID',
    required: true,
    helpText: 'The conversation provider the message came through: the ID HighLevel gives your marketplace app\'s provider (Marketplace > your app > Conversation Providers).',
  });

/** `{ success, conversationId, messageId, message, contactId, dateAdded, emailMessageId }`. */
export const addedMessageResult = defineResult(
  {
    messageId: { label: 'Message ID', type: t.text, sample: 't22c6DQcTDf3MjRhwf77' },
    conversationId: { label: 'Conversation ID', type: t.text, sample: 'ABC12h2F6uBrIkfXYazb' },
    contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    emailMessageId: { label: 'Email Message ID', type: t.text, sample: null },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-14T18:13:49.000Z' },
    success: { label: 'Success', type: t.boolean, sample: true },
    note: { label: 'HighLevel Note', type: t.text, from: 'message', sample: 'Message added' },
  },
  { name: 'the added message', what: 'the added message' },
);

/** Create Conversation answers `{ success, conversation: {...} }`. */
export const createdConversationResult = defineResult(
  {
    id: { label: 'Conversation ID', type: t.text, from: ['conversation.id', 'id'], sample: 'ABC12h2F6uBrIkfXYazb' },
    contactId: { label: 'Contact ID', type: t.text, from: 'conversation.contactId', sample: 'seD4PfOuKoVMLkEZqohJ' },
    locationId: { label: 'Location ID', type: t.text, from: 'conversation.locationId', sample: 've9EPM428h8vShlRW1KT' },
    assignedTo: { label: 'Assigned To (User ID)', type: t.text, from: 'conversation.assignedTo', sample: null },
    dateAdded: { label: 'Date Added', type: t.datetime, from: 'conversation.dateAdded', sample: '2025-03-14T18:13:49.000Z' },
    success: { label: 'Success', type: t.boolean, sample: true },
  },
  { name: 'the conversation', what: 'the created conversation' },
);

export const dateField = (helpText: string) => f.datetime({ label: 'Date', helpText });

export const externalIdField = () =>
  f.text({ label: 'External Message ID', helpText: 'The message\'s ID in the other system (altId), so you can find it again later.' });
