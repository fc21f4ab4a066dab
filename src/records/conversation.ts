import { z } from 'zod';
import { errors, type Bundle, type PlainOutputField, type ZObject } from 'zapier-platform-core';
import { downloadApi, locationId, type Ctx } from '../client';
import { endpoint, type Endpoint } from '../endpoint';
import { f } from '../fields';
import { each, fingerprint, type Flat, type Mapper, type OpCtx } from '../operation';
import { parseResponse } from '../schemas';

/**
 * Conversations & Messages: endpoints, inputs, zod shapes, flatteners, samples and labelled
 * outputs of conversations, messages, emails and transcriptions, and the file hydrators that turn
 * recordings and transcription downloads into Zapier files.
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
export const conversationMessagesEndpoint = endpoint('GET', '/conversations/{conversationId}/messages', V, ['conversations/message.readonly']);
export const getMessageEndpoint = endpoint('GET', '/conversations/messages/{id}', V, ['conversations/message.readonly']);
/** No Version and no security in the v2 spec: 2021-04-15 like every conversations endpoint, the scope from v3 (catalog). */
export const getEmailEndpoint = endpoint('GET', '/conversations/messages/email/{id}', V, ['conversations/message.readonly']);
export const recordingEndpoint = endpoint('GET', '/conversations/messages/{messageId}/locations/{locationId}/recording', V, ['conversations/message.readonly']);
export const transcriptionEndpoint = endpoint('GET', '/conversations/locations/{locationId}/messages/{messageId}/transcription', V, ['conversations/message.readonly']);
export const transcriptionDownloadEndpoint = endpoint(
  'GET',
  '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
  V,
  ['conversations/message.readonly'],
);

/* ----------------------------------------------------------------------------------------- */
/* Inputs                                                                                      */
/* ----------------------------------------------------------------------------------------- */

export const conversationField = (helpText = 'The conversation. Pick one, or map a Conversation ID from an earlier step.') =>
  f.id({ label: 'Conversation', required: true, dynamic: 'conversationDropdown.id.name', helpText });

/** Only feeds the Message dropdown (messages of this conversation); never sent. */
export const messageConversationField = () =>
  f.id({
    label: 'Conversation (for the Message list)',
    dynamic: 'conversationDropdown.id.name',
    helpText: 'Pick a conversation to choose the message from its latest messages. Not needed when you map a Message ID.',
  });

export const messageField = (helpText = 'The message. Pick one of the conversation above, or map a Message ID from an earlier step.') =>
  f.id({ label: 'Message', required: true, dynamic: 'messageDropdown.id.name', helpText });

/** The email message ID input; no list endpoint gives email IDs (a message's `emailMessageIds` does). */
export const emailMessageIdField = () =>
  f.id({
    label: 'Email Message ID',
    required: true,
    helpText: 'The email message ID: map "Email Message IDs" of a message (from a message trigger or Get Message by ID), not the message ID itself.',
  });

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

/** Message types the spec allows as the `type` filter of a conversation's messages. */
const CONVERSATION_MESSAGE_TYPES = [
  'TYPE_CALL', 'TYPE_SMS', 'TYPE_RCS', 'TYPE_EMAIL', 'TYPE_FACEBOOK', 'TYPE_GMB', 'TYPE_INSTAGRAM', 'TYPE_WHATSAPP',
  'TYPE_ACTIVITY_APPOINTMENT', 'TYPE_ACTIVITY_CONTACT', 'TYPE_ACTIVITY_INVOICE', 'TYPE_ACTIVITY_PAYMENT', 'TYPE_ACTIVITY_OPPORTUNITY',
  'TYPE_LIVE_CHAT', 'TYPE_INTERNAL_COMMENTS', 'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG', 'TYPE_TIKTOK', 'TYPE_ACTIVITY_WHATSAPP', 'TYPE_FORM_SUBMISSION',
] as const;

const ACRONYMS = new Set(['SMS', 'RCS', 'GMB', 'IVR']);
/** "TYPE_CAMPAIGN_SMS" -> "Campaign SMS". */
const readable = (t: string): string =>
  t
    .replace(/^TYPE_/, '')
    .split('_')
    .map((w) => (ACRONYMS.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
const choicesOf = <T extends string>(values: readonly T[]): Record<T, string> =>
  Object.fromEntries(values.map((v) => [v, readable(v)])) as Record<T, string>;

export const lastMessageTypeChoices = choicesOf(LAST_MESSAGE_TYPES);
export const conversationMessageTypeChoices = choicesOf(CONVERSATION_MESSAGE_TYPES);

/** The path of the file and transcription endpoints: the message and the connected location. */
export const messagePath = (input: { messageId: string }, { bundle }: Ctx) => ({
  path: { messageId: input.messageId, locationId: locationId(bundle) },
});

/* ----------------------------------------------------------------------------------------- */
/* Shapes                                                                                      */
/* ----------------------------------------------------------------------------------------- */

const text = z.string().nullish();
const num = z.number().nullish();
const bool = z.boolean().nullish();
const stamp = z.union([z.string(), z.number()]).nullish();
const textOrNumber = z.union([z.string(), z.number()]).nullish();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The record itself, or the record inside `{ [key]: record }`. */
const unwrap = (body: unknown, key: string): unknown => (isRecord(body) && isRecord(body[key]) && !('id' in body) ? body[key] : body);

/** An ISO 8601 time from HighLevel's ISO text or epoch milliseconds (number or digits). */
export function isoTime(v: string | number | null | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  const ms = typeof v === 'number' ? v : /^\d{10,13}$/.test(v) ? Number(v) : null;
  if (ms === null) return v as string;
  const d = new Date(ms < 1e11 ? ms * 1000 : ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Attachment URLs; tolerates `{ url }` objects where the spec says strings. */
const urls = (list: readonly unknown[] | null | undefined): string[] =>
  (list ?? []).map((a) => (typeof a === 'string' ? a : isRecord(a) && typeof a.url === 'string' ? a.url : '')).filter(Boolean);

export const Conversation = z.looseObject({
  id: z.string(),
  contactId: text,
  locationId: text,
  fullName: text,
  contactName: text,
  email: text,
  phone: text,
  lastMessageBody: text,
  lastMessageType: text,
  lastMessageDirection: text,
  lastMessageDate: stamp,
  type: textOrNumber,
  unreadCount: num,
  assignedTo: text,
  starred: bool,
  inbox: bool,
  deleted: bool,
  dateAdded: stamp,
  dateUpdated: stamp,
});
export type Conversation = z.infer<typeof Conversation>;

const EmailMeta = z.looseObject({ messageIds: z.array(z.string()).nullish() });
export const Message = z.looseObject({
  id: z.string(),
  messageType: text,
  type: textOrNumber,
  locationId: text,
  contactId: text,
  conversationId: text,
  dateAdded: stamp,
  body: text,
  direction: text,
  status: text,
  contentType: text,
  attachments: z.array(z.unknown()).nullish(),
  meta: z
    .looseObject({
      callDuration: textOrNumber,
      callStatus: text,
      // The spec's example nests it once more ({ email: { messageIds } }); both are read.
      email: z.looseObject({ messageIds: z.array(z.string()).nullish(), email: EmailMeta.nullish() }).nullish(),
    })
    .nullish(),
  source: text,
  userId: text,
  conversationProviderId: text,
  chatWidgetId: text,
});
export type Message = z.infer<typeof Message>;

export const EmailMessage = z.looseObject({
  id: z.string(),
  altId: text,
  threadId: text,
  locationId: text,
  contactId: text,
  conversationId: text,
  dateAdded: stamp,
  subject: text,
  body: text,
  direction: text,
  status: text,
  contentType: text,
  attachments: z.array(z.unknown()).nullish(),
  provider: text,
  from: text,
  to: z.array(z.string()).nullish(),
  cc: z.array(z.string()).nullish(),
  bcc: z.array(z.string()).nullish(),
  replyToMessageId: text,
  source: text,
  conversationProviderId: text,
});
export type EmailMessage = z.infer<typeof EmailMessage>;

const Sentence = z.looseObject({
  mediaChannel: textOrNumber,
  sentenceIndex: num,
  startTime: num,
  endTime: num,
  transcript: text,
  confidence: num,
});
export type Sentence = z.infer<typeof Sentence>;

/* ----------------------------------------------------------------------------------------- */
/* Conversations                                                                               */
/* ----------------------------------------------------------------------------------------- */

/** Get Conversation's numeric channel, as the search's names. */
const CONVERSATION_TYPES: Record<number, string> = {
  1: 'TYPE_PHONE',
  2: 'TYPE_EMAIL',
  3: 'TYPE_FB_MESSENGER',
  4: 'TYPE_REVIEW',
  5: 'TYPE_GROUP_SMS',
  6: 'TYPE_INTERNAL_CHAT',
};

export const flattenConversation = (c: Conversation): Flat => ({
  id: c.id,
  contactId: c.contactId ?? null,
  contactName: c.fullName || c.contactName || null,
  email: c.email ?? null,
  phone: c.phone ?? null,
  type: typeof c.type === 'number' ? (CONVERSATION_TYPES[c.type] ?? String(c.type)) : (c.type ?? null),
  lastMessageBody: c.lastMessageBody ?? null,
  lastMessageType: c.lastMessageType ?? null,
  lastMessageDirection: c.lastMessageDirection ?? null,
  lastMessageDate: isoTime(c.lastMessageDate),
  unreadCount: c.unreadCount ?? 0,
  assignedTo: c.assignedTo ?? null,
  starred: c.starred ?? false,
  inbox: c.inbox ?? null,
  deleted: c.deleted ?? false,
  locationId: c.locationId ?? null,
  dateAdded: isoTime(c.dateAdded),
  dateUpdated: isoTime(c.dateUpdated),
});

export const conversationList = (body: unknown): Conversation[] =>
  parseResponse(z.object({ conversations: z.array(Conversation).nullish() }), body, 'the conversation search').conversations ?? [];
export const conversationRecord = (body: unknown): Conversation => parseResponse(Conversation, unwrap(body, 'conversation'), 'the conversation request');

export const conversationOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'email', label: 'Contact Email' },
  { key: 'phone', label: 'Contact Phone' },
  { key: 'type', label: 'Conversation Type' },
  { key: 'lastMessageBody', label: 'Last Message' },
  { key: 'lastMessageType', label: 'Last Message Type' },
  { key: 'lastMessageDirection', label: 'Last Message Direction' },
  { key: 'lastMessageDate', label: 'Last Message Date', type: 'datetime' },
  { key: 'unreadCount', label: 'Unread Messages', type: 'integer' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'starred', label: 'Starred', type: 'boolean' },
  { key: 'inbox', label: 'In Inbox', type: 'boolean' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

export const conversationSample: Flat = {
  id: 'tDtDnQdgm2LXpyiqYvZ6',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Rosa Delgado',
  email: 'rosa.delgado@example.com',
  phone: '+15125550143',
  type: 'TYPE_PHONE',
  lastMessageBody: 'Can you mail me the spring catalogue?',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: '2025-03-14T18:13:49.000Z',
  unreadCount: 1,
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  starred: false,
  inbox: true,
  deleted: false,
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2025-03-10T15:00:00.000Z',
  dateUpdated: '2025-03-14T18:13:49.000Z',
};

export const conversationOutputs = {
  output: each(flattenConversation),
  sample: conversationSample,
  outputFields: conversationOutputFields,
};

/* ----------------------------------------------------------------------------------------- */
/* Messages                                                                                    */
/* ----------------------------------------------------------------------------------------- */

export const flattenMessage = (m: Message): Flat => {
  const callDuration = m.meta?.callDuration;
  const email = m.meta?.email;
  return {
    id: m.id,
    conversationId: m.conversationId ?? null,
    contactId: m.contactId ?? null,
    direction: m.direction ?? null,
    messageType: m.messageType ?? null,
    body: m.body ?? null,
    status: m.status ?? null,
    contentType: m.contentType ?? null,
    attachments: urls(m.attachments),
    source: m.source ?? null,
    userId: m.userId ?? null,
    callDuration: callDuration === null || callDuration === undefined || callDuration === '' ? null : Number(callDuration),
    callStatus: m.meta?.callStatus ?? null,
    emailMessageIds: email?.messageIds ?? email?.email?.messageIds ?? [],
    conversationProviderId: m.conversationProviderId ?? null,
    chatWidgetId: m.chatWidgetId ?? null,
    locationId: m.locationId ?? null,
    dateAdded: isoTime(m.dateAdded),
  };
};

export const messageRecord = (body: unknown): Message => parseResponse(Message, unwrap(body, 'message'), 'the message request');

const MessagePage = z.object({
  messages: z.array(Message).nullish(),
  nextPage: z.boolean().nullish(),
  lastMessageId: z.string().nullish(),
});
export type MessagePage = z.infer<typeof MessagePage>;

/** One page of a conversation's messages, whether or not it comes wrapped under `messages`. */
export const messagePage = (body: unknown): MessagePage => {
  const inner = isRecord(body) && isRecord(body.messages) ? body.messages : body;
  return parseResponse(MessagePage, inner, 'the conversation messages');
};

/** The messages of one page of a conversation. */
export const conversationMessageList = (body: unknown): Message[] => messagePage(body).messages ?? [];

export const exportedMessages = (body: unknown): Message[] =>
  parseResponse(z.object({ messages: z.array(Message).nullish() }), body, 'the message export').messages ?? [];

export const messageOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Message ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'direction', label: 'Direction' },
  { key: 'messageType', label: 'Message Type' },
  { key: 'body', label: 'Message' },
  { key: 'status', label: 'Status' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'attachments', label: 'Attachment URLs' },
  { key: 'source', label: 'Source' },
  { key: 'userId', label: 'User ID' },
  { key: 'callDuration', label: 'Call Duration (seconds)', type: 'number' },
  { key: 'callStatus', label: 'Call Status' },
  { key: 'emailMessageIds', label: 'Email Message IDs' },
  { key: 'conversationProviderId', label: 'Conversation Provider ID' },
  { key: 'chatWidgetId', label: 'Chat Widget ID' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
];

export const messageSample: Flat = {
  id: 've9EPM428h8vShlRW1KT',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  direction: 'inbound',
  messageType: 'TYPE_SMS',
  body: 'Can you mail me the spring catalogue?',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: [],
  source: null,
  userId: null,
  callDuration: null,
  callStatus: null,
  emailMessageIds: [],
  conversationProviderId: null,
  chatWidgetId: null,
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2025-03-14T18:13:49.000Z',
};

export const messageOutputs = {
  output: each(flattenMessage),
  sample: messageSample,
  outputFields: messageOutputFields,
};

/* ----------------------------------------------------------------------------------------- */
/* Emails                                                                                      */
/* ----------------------------------------------------------------------------------------- */

export const flattenEmail = (e: EmailMessage): Flat => ({
  id: e.id,
  threadId: e.threadId ?? null,
  conversationId: e.conversationId ?? null,
  contactId: e.contactId ?? null,
  subject: e.subject ?? null,
  body: e.body ?? null,
  from: e.from ?? null,
  to: e.to ?? [],
  cc: e.cc ?? [],
  bcc: e.bcc ?? [],
  direction: e.direction ?? null,
  status: e.status ?? null,
  contentType: e.contentType ?? null,
  attachments: urls(e.attachments),
  provider: e.provider ?? null,
  source: e.source ?? null,
  replyToMessageId: e.replyToMessageId ?? null,
  altId: e.altId ?? null,
  locationId: e.locationId ?? null,
  dateAdded: isoTime(e.dateAdded),
});

export const emailRecord = (body: unknown): EmailMessage => parseResponse(EmailMessage, unwrap(body, 'emailMessage'), 'the email request');

export const emailOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Email Message ID' },
  { key: 'threadId', label: 'Thread ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'subject', label: 'Subject' },
  { key: 'body', label: 'Body' },
  { key: 'from', label: 'From' },
  { key: 'to', label: 'To' },
  { key: 'cc', label: 'Cc' },
  { key: 'bcc', label: 'Bcc' },
  { key: 'direction', label: 'Direction' },
  { key: 'status', label: 'Status' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'attachments', label: 'Attachment URLs' },
  { key: 'provider', label: 'Provider' },
  { key: 'source', label: 'Source' },
  { key: 'replyToMessageId', label: 'Reply To Email Message ID' },
  { key: 'altId', label: 'External ID' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
];

export const emailSample: Flat = {
  id: 'rnGyqh2F6uBrIkfhFo9A',
  threadId: 'rnGyqh2F6uBrIkfhFo9A',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  subject: 'Your spring catalogue',
  body: '<p>Hi Rosa, the catalogue is on its way by mail.</p>',
  from: 'Delgado Dental <hello@delgadodental.example.com>',
  to: ['rosa.delgado@example.com'],
  cc: [],
  bcc: [],
  direction: 'outbound',
  status: 'delivered',
  contentType: 'text/html',
  attachments: [],
  provider: 'Leadconnector Email',
  source: 'app',
  replyToMessageId: null,
  altId: null,
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2025-03-14T18:20:00.000Z',
};

export const emailOutputs = {
  output: each(flattenEmail),
  sample: emailSample,
  outputFields: emailOutputFields,
};

/* ----------------------------------------------------------------------------------------- */
/* Transcriptions and files                                                                    */
/* ----------------------------------------------------------------------------------------- */

/** The message and location of the step (the helpers hand every mapper the step's OpCtx). */
const messageRef = (ctx: Ctx): { messageId: string; locationId: string } => ({
  messageId: (ctx as OpCtx<{ messageId: string }>).input.messageId,
  locationId: locationId(ctx.bundle),
});

/** Sentences of a transcription: an array (live), or the spec's single sentence object. */
export const transcriptionRecord = (body: unknown): Sentence[] =>
  parseResponse(z.union([z.array(Sentence), Sentence.transform((s) => [s])]), body, 'the transcription request');

export const transcriptionOutputs = {
  output: ((records, ctx) =>
    records.map((sentences) => {
      const sorted = [...sentences].sort((a, b) => (a.sentenceIndex ?? 0) - (b.sentenceIndex ?? 0));
      const scores = sorted.map((s) => s.confidence).filter((c): c is number => typeof c === 'number');
      const { messageId, locationId: loc } = messageRef(ctx);
      return {
        id: messageId,
        messageId,
        transcript: sorted.map((s) => (s.transcript ?? '').trim()).filter(Boolean).join('\n'),
        sentenceCount: sorted.length,
        averageConfidence: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
        locationId: loc,
      };
    })) as Mapper<Sentence[]>,
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    messageId: 've9EPM428h8vShlRW1KT',
    transcript: 'This call may be recorded for quality assurance purposes.\nHi, I would like the spring catalogue by mail.',
    sentenceCount: 2,
    averageConfidence: 0.92,
    locationId: 've9EPM428h8vShlRW1KT',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Message ID' },
    { key: 'messageId', label: 'Message ID' },
    { key: 'transcript', label: 'Transcript (one sentence a line)' },
    { key: 'sentenceCount', label: 'Sentences', type: 'integer' },
    { key: 'averageConfidence', label: 'Average Confidence (0 to 1)', type: 'number' },
    { key: 'locationId', label: 'Location ID' },
  ] as PlainOutputField[],
};

const FileRef = z.object({ messageId: z.string(), locationId: z.string() });

/** Fetch a message's file and stash it with Zapier; Zapier calls this only when a step uses the file. */
const stash = (ep: Endpoint, name: (messageId: string) => string, fallbackType: string) => async (z: ZObject, bundle: Bundle): Promise<string> => {
  const parsed = FileRef.safeParse(bundle.inputData);
  if (!parsed.success) throw new errors.Error('This file reference lacks its message or location ID; run the step that made it again.', 'InvalidFileReference', 400);
  const ref = parsed.data;
  const resp = await downloadApi({ z, bundle }, ep, { path: ref }, ref.locationId);
  const bytes = await resp.buffer();
  return z.stashFile(bytes, bytes.length, name(ref.messageId), resp.headers.get('content-type') || fallbackType);
};

/** Hydrator: the call recording of a message (HighLevel answers audio/x-wav). */
export const hydrateRecording = stash(recordingEndpoint, (id) => `recording-${id}.wav`, 'audio/x-wav');
/** Hydrator: the transcription of a message as a text file. */
export const hydrateTranscription = stash(transcriptionDownloadEndpoint, (id) => `transcription-${id}.txt`, 'text/plain');

/** The file answer's only use is "it exists": the step outputs a pointer Zapier hydrates later. */
export const fileBody = (body: unknown): { content: unknown } => ({ content: body });
/** The file's version: a fingerprint of its content, so a replaced file fires again. */
export const fileVersion = (r: { content: unknown }): string => fingerprint(r.content);

export const recordingOutputs = {
  output: ((records, ctx) =>
    records.map(() => {
      const ref = messageRef(ctx);
      return { id: ref.messageId, messageId: ref.messageId, recording: ctx.z.dehydrateFile(hydrateRecording, ref), locationId: ref.locationId };
    })) as Mapper<{ content: unknown }>,
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    messageId: 've9EPM428h8vShlRW1KT',
    recording: 'https://zapier.com/engine/hydrate/1/abc123/recording-ve9EPM428h8vShlRW1KT.wav',
    locationId: 've9EPM428h8vShlRW1KT',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Message ID' },
    { key: 'messageId', label: 'Message ID' },
    { key: 'recording', label: 'Recording (audio file)', type: 'file' },
    { key: 'locationId', label: 'Location ID' },
  ] as PlainOutputField[],
};

export const transcriptionFileOutputs = {
  output: ((records, ctx) =>
    records.map(() => {
      const ref = messageRef(ctx);
      return { id: ref.messageId, messageId: ref.messageId, transcriptionFile: ctx.z.dehydrateFile(hydrateTranscription, ref), locationId: ref.locationId };
    })) as Mapper<{ content: unknown }>,
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    messageId: 've9EPM428h8vShlRW1KT',
    transcriptionFile: 'https://zapier.com/engine/hydrate/1/abc123/transcription-ve9EPM428h8vShlRW1KT.txt',
    locationId: 've9EPM428h8vShlRW1KT',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Message ID' },
    { key: 'messageId', label: 'Message ID' },
    { key: 'transcriptionFile', label: 'Transcription (text file)', type: 'file' },
    { key: 'locationId', label: 'Location ID' },
  ] as PlainOutputField[],
};
