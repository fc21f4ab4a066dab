import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t, wrong, type Coercion, type Output } from '../record-table';
import { webLink } from '../web-link';
import { contactDetailsWhereMissing } from '../enrich/contact-details';
import { assignedUserNameField, withUserNames } from '../enrich/kinds';
import { chain, enriched, enrichedAnswer } from '../enrich/names';

/**
 * Conversations & Messages. This file: conversations (search and Get Conversation); message.ts,
 * email.ts and recording.ts (transcriptions and the file hydrators) hold the rest.
 *
 * Decisions where the spec is thin (see ../shared/catalog/mapping-report.md):
 * - Single records (conversation, message, email) are top-level objects in the spec; an envelope
 *   with the record under `conversation` / `message` / `emailMessage` (the shape HighLevel's other
 *   single-record endpoints use) is accepted too, so either answer maps the same.
 * - The conversation `type` is a string (TYPE_PHONE, ...) in the search and a number (1 = Phone,
 *   2 = Email, ...) in Get Conversation; both are output as the string.
 * - `lastMessageDate` (epoch milliseconds, as number or text) and other dates are output as ISO 8601.
 * - Get Messages by Conversation: the spec's `{ lastMessageId, nextPage, messages[] }`, or that
 *   object wrapped under `messages` (what the live API is reported to send); both are read.
 * - The transcription is one sentence object in the spec and an array of them live; both are read.
 * - Files (recording: audio/x-wav; transcription download: text/plain): the steps output a
 *   z.dehydrateFile pointer to `hydrateRecording` / `hydrateTranscription`, which download the
 *   bytes raw (the shared client reads answers as text) with the Version header and the
 *   connection's token, and z.stashFile them. The trigger/search itself asks the endpoint through
 *   the shared client, so a missing file (404) is "nothing yet" / "no result"; that check reads
 *   the whole answer (no HEAD or raw mode in the shared client).
 */
export const V = '2021-04-15' as const;

export const searchConversationsEndpoint = endpoint('GET', '/conversations/search', V, ['conversations.readonly']);
export const getConversationEndpoint = endpoint('GET', '/conversations/{conversationId}', V, ['conversations.readonly']);

export const conversationField = (helpText = 'The conversation. Pick one, or map a Conversation ID from an earlier step.') =>
  f.id({ label: 'Conversation', required: true, dynamic: 'conversationDropdown.id.name', helpText });

/** Message types, as the spec lists them for the conversation search (`lastMessageType`). */
const LAST_MESSAGE_TYPES = [
  'TYPE_CALL', 'TYPE_SMS', 'TYPE_RCS', 'TYPE_EMAIL', 'TYPE_SMS_REVIEW_REQUEST', 'TYPE_WEBCHAT', 'TYPE_SMS_NO_SHOW_REQUEST',
  'TYPE_CAMPAIGN_SMS', 'TYPE_CAMPAIGN_CALL', 'TYPE_CAMPAIGN_EMAIL', 'TYPE_CAMPAIGN_VOICEMAIL', 'TYPE_FACEBOOK', 'TYPE_CAMPAIGN_FACEBOOK',
  'TYPE_CAMPAIGN_MANUAL_CALL', 'TYPE_CAMPAIGN_MANUAL_SMS', 'TYPE_GMB', 'TYPE_CAMPAIGN_GMB', 'TYPE_REVIEW', 'TYPE_INSTAGRAM', 'TYPE_WHATSAPP',
  'TYPE_CUSTOM_SMS', 'TYPE_CUSTOM_EMAIL', 'TYPE_CUSTOM_PROVIDER_SMS', 'TYPE_CUSTOM_PROVIDER_EMAIL', 'TYPE_IVR_CALL', 'TYPE_ACTIVITY_CONTACT',
  'TYPE_ACTIVITY_INVOICE', 'TYPE_ACTIVITY_PAYMENT', 'TYPE_ACTIVITY_OPPORTUNITY', 'TYPE_LIVE_CHAT', 'TYPE_LIVE_CHAT_INFO_MESSAGE',
  'TYPE_ACTIVITY_APPOINTMENT', 'TYPE_FACEBOOK_COMMENT', 'TYPE_INSTAGRAM_COMMENT', 'TYPE_CUSTOM_CALL', 'TYPE_INTERNAL_COMMENT',
  'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG', 'TYPE_TIKTOK', 'TYPE_TIKTOK_COMMENT', 'TYPE_ACTIVITY_WHATSAPP', 'TYPE_FORM_SUBMISSION', 'TYPE_SMS_REACTION',
] as const;

const ACRONYMS = new Set(['SMS', 'RCS', 'GMB', 'IVR']);
/** "TYPE_CAMPAIGN_SMS" -> "Campaign SMS". */
const readable = (t: string): string =>
  t
    .replace(/^TYPE_/, '')
    .split('_')
    .map((w) => (ACRONYMS.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
export const choicesOf = <T extends string>(values: readonly T[]): Record<T, string> =>
  Object.fromEntries(values.map((v) => [v, readable(v)])) as Record<T, string>;

export const lastMessageTypeChoices = choicesOf(LAST_MESSAGE_TYPES);

/** Get Conversation's numeric channel, as the search's names. */
const CONVERSATION_TYPES: Record<number, string> = {
  1: 'TYPE_PHONE',
  2: 'TYPE_EMAIL',
  3: 'TYPE_FB_MESSENGER',
  4: 'TYPE_REVIEW',
  5: 'TYPE_GROUP_SMS',
  6: 'TYPE_INTERNAL_CHAT',
};

/** The channel as the search names it, from either form. */
const channel: Coercion<string | null> = {
  empty: null,
  read: (v) => (typeof v === 'number' ? { value: CONVERSATION_TYPES[v] ?? String(v) } : typeof v === 'string' ? { value: v } : wrong(v)),
};

export const conversationTable = defineRecord(
  {
    id: { label: 'Conversation ID', type: t.text, sample: 'tDtDnQdgm2LXpyiqYvZ6' },
    contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    contactName: { label: 'Contact Name', type: t.nonEmptyText, from: ['fullName', 'contactName'], sample: 'Rosa Delgado' },
    email: { label: 'Contact Email', type: t.text, sample: 'rosa.delgado@example.com' },
    phone: { label: 'Contact Phone', type: t.text, sample: '+15125550143' },
    type: { label: 'Conversation Type', type: channel, sample: 'TYPE_PHONE' },
    lastMessageBody: { label: 'Last Message', type: t.text, sample: 'Can you mail me the spring catalogue?' },
    lastMessageType: { label: 'Last Message Type', type: t.text, sample: 'TYPE_SMS' },
    lastMessageDirection: { label: 'Last Message Direction', type: t.text, sample: 'inbound' },
    lastMessageDate: { label: 'Last Message Date', type: t.datetime, sample: '2025-03-14T18:13:49.000Z' },
    unreadCount: { label: 'Unread Messages', type: t.integer, derive: () => 0, sample: 1 },
    assignedTo: { label: 'Assigned User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo' },
    ...assignedUserNameField,
    starred: { label: 'Starred', type: t.boolean, derive: () => false, sample: false },
    inbox: { label: 'In Inbox', type: t.boolean, sample: true },
    deleted: { label: 'Deleted', type: t.boolean, derive: () => false, sample: false },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    webUrl: webLink('Conversation URL (in HighLevel)', (id) => `conversations/conversations/${id}`, 'tDtDnQdgm2LXpyiqYvZ6'),
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-10T15:00:00.000Z' },
    dateUpdated: { label: 'Date Updated', type: t.datetime, sample: '2025-03-14T18:13:49.000Z' },
  },
  { name: 'conversation' },
);
export type Conversation = Output<typeof conversationTable.fields>;

export const conversationList = conversationTable.list('conversations', 'the conversation search');
/** The spec's bare record, or one wrapped under `conversation`. */
export const conversationRecord = conversationTable.one('conversation', 'the conversation request', { bare: true });
/**
 * Conversations with their contact's name, email and phone where the answer lacks them (GET
 * /conversations/{id}; the search has them: no lookup) and the assigned user's name (one user
 * search per step at most, cached).
 */
export const conversationOutputs = enriched(
  conversationTable.outputs,
  chain(contactDetailsWhereMissing({ name: 'contactName', email: 'email', phone: 'phone' }), withUserNames('assignedTo', 'assignedUserName')),
);
/** A written conversation's answer, with the assigned user's name (best effort: it was written). */
export const conversationAnswer = enrichedAnswer(
  conversationTable.answer('conversation', 'the updated conversation', { bare: true }),
  withUserNames('assignedTo', 'assignedUserName', { bestEffort: true }),
);
