import type { Ctx } from '../client';
import { contactDetailFields, withContactDetails } from '../enrich/contact-details';
import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, isRecord, readAs, t, type Output } from '../record-table';
import { unexpectedResponse } from '../schemas';
import { webLink } from '../web-link';
import { choicesOf, V } from './conversation';

/** Messages of conversations: Get Message, a conversation's pages of messages, the message export. */

export const conversationMessagesEndpoint = endpoint('GET', '/conversations/{conversationId}/messages', V, ['conversations/message.readonly']);
export const getMessageEndpoint = endpoint('GET', '/conversations/messages/{id}', V, ['conversations/message.readonly']);

/** Only feeds the Message dropdown (messages of this conversation); never sent. */
export const messageConversationField = () =>
  f.id({
    label: 'Conversation (for the Message list)',
    dynamic: 'conversationDropdown.id.name',
    helpText: 'Pick a conversation to choose the message from its latest messages. Not needed when you map a Message ID.',
  });

export const messageField = (helpText = 'The message. Pick one of the conversation above, or map a Message ID from an earlier step.') =>
  f.id({ label: 'Message', required: true, dynamic: 'messageDropdown.id.name', helpText });

/** Message types the spec allows as the `type` filter of a conversation's messages. */
const CONVERSATION_MESSAGE_TYPES = [
  'TYPE_CALL', 'TYPE_SMS', 'TYPE_RCS', 'TYPE_EMAIL', 'TYPE_FACEBOOK', 'TYPE_GMB', 'TYPE_INSTAGRAM', 'TYPE_WHATSAPP',
  'TYPE_ACTIVITY_APPOINTMENT', 'TYPE_ACTIVITY_CONTACT', 'TYPE_ACTIVITY_INVOICE', 'TYPE_ACTIVITY_PAYMENT', 'TYPE_ACTIVITY_OPPORTUNITY',
  'TYPE_LIVE_CHAT', 'TYPE_INTERNAL_COMMENTS', 'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG', 'TYPE_TIKTOK', 'TYPE_ACTIVITY_WHATSAPP', 'TYPE_FORM_SUBMISSION',
] as const;

export const conversationMessageTypeChoices = choicesOf(CONVERSATION_MESSAGE_TYPES);

/**
 * Attachments are URLs (`{ url }` objects are read too, where the spec says strings). The spec's
 * example nests the email ids once more (`meta.email.email.messageIds`); both are read.
 */
export const messageTable = defineRecord(
  {
    id: { label: 'Message ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    conversationId: { label: 'Conversation ID', type: t.text, sample: 'tDtDnQdgm2LXpyiqYvZ6' },
    conversationWebUrl: webLink('Conversation URL (in HighLevel)', (id) => `conversations/conversations/${id}`, 'tDtDnQdgm2LXpyiqYvZ6', 'conversationId'),
    contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    direction: { label: 'Direction', type: t.text, sample: 'inbound' },
    messageType: { label: 'Message Type', type: t.text, sample: 'TYPE_SMS' },
    body: { label: 'Message', type: t.text, sample: 'Can you mail me the spring catalogue?' },
    status: { label: 'Status', type: t.text, sample: 'delivered' },
    contentType: { label: 'Content Type', type: t.text, sample: 'text/plain' },
    attachments: { label: 'Attachment URLs', type: t.pluck('url'), sample: [] },
    source: { label: 'Source', type: t.text, sample: null },
    userId: { label: 'User ID', type: t.text, sample: null },
    callDuration: { label: 'Call Duration (seconds)', type: t.number, from: 'meta.callDuration', sample: null },
    callStatus: { label: 'Call Status', type: t.text, from: 'meta.callStatus', sample: null },
    emailMessageIds: { label: 'Email Message IDs', type: t.strings, from: ['meta.email.messageIds', 'meta.email.email.messageIds'], sample: [] },
    conversationProviderId: { label: 'Conversation Provider ID', type: t.text, sample: null },
    chatWidgetId: { label: 'Chat Widget ID', type: t.text, sample: null },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-14T18:13:49.000Z' },
  },
  { name: 'message' },
);
export type Message = Output<typeof messageTable.fields>;

/** The spec's bare message, or one wrapped under `message`. */
export const messageRecord = messageTable.one('message', 'the message request', { bare: true });
export const messageOutputs = messageTable.outputs;

export interface MessagePage {
  messages: Message[];
  nextPage: boolean | null;
  lastMessageId: string | null;
}

const pageMessages = messageTable.list('messages', 'the conversation messages');

/**
 * One page of a conversation's messages: the spec's `{ lastMessageId, nextPage, messages[] }`,
 * or that object wrapped under `messages` (what the live API is reported to send).
 */
export const messagePage = (body: unknown): MessagePage => {
  const inner = isRecord(body) && isRecord(body.messages) ? body.messages : body;
  if (!isRecord(inner)) throw unexpectedResponse('the conversation messages', '', 'expected an object');
  return { messages: pageMessages(inner), nextPage: readAs(t.boolean, inner.nextPage), lastMessageId: readAs(t.text, inner.lastMessageId) };
};

/** The messages of one page of a conversation. */
export const conversationMessageList = (body: unknown): Message[] => messagePage(body).messages;

export const exportedMessages = messageTable.list('messages', 'the message export');

/** New Inbound Message's records: the message with its contact's name, email and phone (src/enrich, cached per connection). */
export const inboundMessageTable = defineRecord({ ...messageTable.fields, ...contactDetailFields }, { name: 'message' });
export const exportedInboundMessages = inboundMessageTable.list('messages', 'the message export');
export const inboundMessageOutputs = {
  ...inboundMessageTable.outputs,
  output: async (messages: Output<typeof inboundMessageTable.fields>[], ctx: Ctx) => withContactDetails(await inboundMessageTable.output(messages, ctx), ctx),
};
