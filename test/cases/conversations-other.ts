import type { Case } from '../support/table';
import { CF_DEFS, userNamesCall } from './fixtures';
import { fingerprinted as fp, getCall, noResult, notFoundReply, refused, watchedAndFound } from './builders';

/**
 * Conversations & Messages, and Other Operations (Locations, Custom Fields, Companies,
 * Associations, Blogs). Agency-connection requests (Create Location, Get Company) and the file
 * hydrators: test/conversations-other/agency.test.ts and hydrators.test.ts.
 */
const C = '2021-04-15' as const;
const V = '2021-07-28' as const;
const pointer = (hydrator: string, messageId: string) =>
  `hydrate|||${JSON.stringify({ type: 'file', method: `hydrators.${hydrator}`, bundle: { messageId, locationId: 'LOC123' } })}|||hydrate`;

/* ------------------------------------ conversations ------------------------------------ */

const RAW_CONV = {
  id: 'cv1',
  contactId: 'c1',
  locationId: 'LOC123',
  lastMessageBody: 'Can you mail me the catalogue?',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: 1710440029000,
  type: 'TYPE_PHONE',
  unreadCount: 1,
  fullName: 'Rosa Delgado',
  contactName: 'rosa delgado',
  email: 'rosa@example.com',
  phone: '+15125550143',
};
/** Rosa's conversation as every step outputs it: who, the channel, and (after the rest) where. */
const ROSA_CONV = {
  id: 'cv1',
  contactId: 'c1',
  contactName: 'Rosa Delgado',
  email: 'rosa@example.com',
  phone: '+15125550143',
  type: 'TYPE_PHONE',
};
const CONV_END = {
  deleted: false,
  locationId: 'LOC123',
  webUrl: 'https://app.gohighlevel.com/v2/location/LOC123/conversations/conversations/cv1',
  dateAdded: null,
  dateUpdated: null,
};
const FLAT_CONV = {
  ...ROSA_CONV,
  lastMessageBody: 'Can you mail me the catalogue?',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: '2024-03-14T18:13:49.000Z',
  unreadCount: 1,
  assignedTo: null,
  assignedUserName: null,
  starred: false,
  inbox: null,
  ...CONV_END,
};
/** GET /conversations/{id} as the spec shapes it: numeric type, no contact details. */
const BY_ID_NAMES = [
  { method: 'GET', path: '/contacts/c1', version: V, reply: { body: { contact: { id: 'c1', firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com', phone: '+15125550143' } } } },
  userNamesCall(['U1']),
] as const;
const RAW_CONV_BY_ID = { id: 'cv1', contactId: 'c1', locationId: 'LOC123', deleted: false, inbox: true, type: 1, unreadCount: 0, assignedTo: 'U1', starred: true };
/** The contact's details come from one contact lookup (the answer by ID has none); the user's name from one user search. */
const FLAT_CONV_BY_ID = {
  ...ROSA_CONV,
  lastMessageBody: null,
  lastMessageType: null,
  lastMessageDirection: null,
  lastMessageDate: null,
  unreadCount: 0,
  assignedTo: 'U1',
  assignedUserName: 'Sam Lee',
  starred: true,
  inbox: true,
  ...CONV_END,
};

const RAW_MSG = {
  id: 'm1',
  type: 2,
  messageType: 'TYPE_SMS',
  locationId: 'LOC123',
  contactId: 'c1',
  conversationId: 'cv1',
  dateAdded: '2025-03-14T18:13:49.000Z',
  body: 'Can you mail me the catalogue?',
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: ['https://files.example.com/photo.jpg'],
  source: 'app',
};
const FLAT_MSG = {
  id: 'm1',
  conversationId: 'cv1',
  conversationWebUrl: 'https://app.gohighlevel.com/v2/location/LOC123/conversations/conversations/cv1',
  contactId: 'c1',
  direction: 'inbound',
  messageType: 'TYPE_SMS',
  body: 'Can you mail me the catalogue?',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: ['https://files.example.com/photo.jpg'],
  source: 'app',
  userId: null,
  callDuration: null,
  callStatus: null,
  emailMessageIds: [],
  conversationProviderId: null,
  chatWidgetId: null,
  locationId: 'LOC123',
  dateAdded: '2025-03-14T18:13:49.000Z',
};
const RAW_OUT = { ...RAW_MSG, id: 'm2', direction: 'outbound', body: 'Sure, it is on its way.' };
const RAW_CALL = {
  id: 'm3',
  type: 1,
  messageType: 'TYPE_CALL',
  locationId: 'LOC123',
  contactId: 'c1',
  conversationId: 'cv1',
  dateAdded: '2025-03-14T19:00:00.000Z',
  direction: 'inbound',
  status: 'completed',
  contentType: 'text/plain',
  meta: { callDuration: '120', callStatus: 'completed' },
  userId: 'U1',
};
const FLAT_CALL = {
  ...FLAT_MSG,
  id: 'm3',
  messageType: 'TYPE_CALL',
  body: null,
  status: 'completed',
  attachments: [],
  source: null,
  userId: 'U1',
  callDuration: 120,
  callStatus: 'completed',
  dateAdded: '2025-03-14T19:00:00.000Z',
};
const RAW_EMAIL_MSG = { ...RAW_MSG, id: 'm4', messageType: 'TYPE_EMAIL', direction: 'outbound', meta: { email: { messageIds: ['e1', 'e2'] } } };
const FLAT_EMAIL_MSG = { ...FLAT_MSG, id: 'm4', messageType: 'TYPE_EMAIL', direction: 'outbound', emailMessageIds: ['e1', 'e2'] };

const RAW_EMAIL = {
  id: 'e1',
  threadId: 'e1',
  locationId: 'LOC123',
  contactId: 'c1',
  conversationId: 'cv1',
  dateAdded: '2025-03-14T18:20:00.000Z',
  subject: 'Your catalogue',
  body: '<p>On its way.</p>',
  direction: 'outbound',
  status: 'opened',
  contentType: 'text/html',
  from: 'Delgado Dental <hello@delgado.example.com>',
  to: ['rosa@example.com'],
  cc: ['office@delgado.example.com'],
  provider: 'Leadconnector Email',
  source: 'workflow',
};
const FLAT_EMAIL = {
  id: 'e1',
  threadId: 'e1',
  conversationId: 'cv1',
  contactId: 'c1',
  subject: 'Your catalogue',
  body: '<p>On its way.</p>',
  from: 'Delgado Dental <hello@delgado.example.com>',
  to: ['rosa@example.com'],
  cc: ['office@delgado.example.com'],
  bcc: [],
  direction: 'outbound',
  status: 'opened',
  contentType: 'text/html',
  attachments: [],
  provider: 'Leadconnector Email',
  source: 'workflow',
  replyToMessageId: null,
  altId: null,
  locationId: 'LOC123',
  dateAdded: '2025-03-14T18:20:00.000Z',
};

const SENTENCES = [
  { mediaChannel: 2, sentenceIndex: 2, startTime: 4200, endTime: 7100, transcript: 'Hi, I would like the spring catalogue.', confidence: 0.9 },
  { mediaChannel: 1, sentenceIndex: 1, startTime: 0, endTime: 4000, transcript: 'This call may be recorded.', confidence: 0.8 },
];

const EXPORT = { method: 'GET', path: '/conversations/messages/export', version: C } as const;
const RECORDING = { method: 'GET', path: '/conversations/messages/m3/locations/LOC123/recording', version: C } as const;
const TRANSCRIPTION = { method: 'GET', path: '/conversations/locations/LOC123/messages/m3/transcription', version: C } as const;
const TRANSCRIPT_FILE = { method: 'GET', path: '/conversations/locations/LOC123/messages/m3/transcription/download', version: C } as const;
const WAV = { body: Buffer.from('RIFF\u0024\u0000\u0000\u0000WAVEfmt '), headers: { 'content-type': 'audio/x-wav', 'content-disposition': 'attachment; filename=audio.wav' } };

const conversationCases: Case[] = [
  /* New Inbound Message */
  {
    name: 'newest messages first, one request, inbound only, channel filter',
    op: 'triggers.newInboundMessage',
    input: { channel: 'SMS' },
    calls: [
      {
        ...EXPORT,
        query: { locationId: 'LOC123', limit: '100', sortBy: 'createdAt', sortOrder: 'desc', channel: 'SMS' },
        reply: { body: { messages: [RAW_MSG, RAW_OUT, RAW_CALL], nextCursor: 'abc', total: 3 } },
      },
      // two inbound messages of one contact: one contact lookup (its name, email and phone go on both)
      { method: 'GET', path: '/contacts/c1', version: '2021-07-28', reply: { body: { contact: { id: 'c1', name: 'Rosa Delgado', email: 'rosa@example.com', phone: '+15125550143' } } } },
    ],
    output: [FLAT_MSG, FLAT_CALL].map((m) => ({ ...m, contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com', contactPhone: '+15125550143' })),
  },
  {
    name: 'all channels but email when none is chosen; a sample asks for 20 and keeps 3 inbound',
    op: 'triggers.newInboundMessage',
    meta: { isLoadingSample: true },
    calls: [
      {
        ...EXPORT,
        query: { locationId: 'LOC123', limit: '20', sortBy: 'createdAt', sortOrder: 'desc' },
        reply: { body: { messages: [RAW_OUT, RAW_MSG, { ...RAW_MSG, id: 'm5' }, RAW_CALL, { ...RAW_MSG, id: 'm6' }], total: 5 } },
      },
      // a deleted contact (404) leaves the contact fields empty; the step does not fail
      { method: 'GET', path: '/contacts/c1', version: '2021-07-28', reply: notFoundReply('Contact not found') },
    ],
    output: [FLAT_MSG, { ...FLAT_MSG, id: 'm5' }, FLAT_CALL].map((m) => ({ ...m, contactName: null, contactEmail: null, contactPhone: null })),
  },
  refused('an unknown channel sends nothing', 'triggers.newInboundMessage', { channel: 'Fax' }, /"Channel" \(channel\) must be one of SMS, Call, Email, WhatsApp, Instagram, Facebook, got "Fax"/),

  /* Search Conversations */
  {
    name: 'filters, most recent message first; fires again per new message',
    op: 'triggers.searchConversations',
    input: { query: 'rosa', contactId: 'c1', assignedTo: 'U1', status: 'unread', lastMessageDirection: 'inbound', lastMessageType: 'TYPE_SMS' },
    calls: [
      {
        method: 'GET',
        path: '/conversations/search',
        version: C,
        query: {
          locationId: 'LOC123', limit: '100', sort: 'desc', sortBy: 'last_message_date',
          query: 'rosa', contactId: 'c1', assignedTo: 'U1', status: 'unread', lastMessageDirection: 'inbound', lastMessageType: 'TYPE_SMS',
        },
        reply: { body: { conversations: [RAW_CONV, { ...RAW_CONV, id: 'cv2', lastMessageDate: undefined }], total: 2 } },
      },
    ],
    output: [
      { ...FLAT_CONV, conversationId: 'cv1', id: 'cv1:2024-03-14T18:13:49.000Z' },
      { ...FLAT_CONV, conversationId: 'cv2', id: 'cv2', lastMessageDate: null, webUrl: 'https://app.gohighlevel.com/v2/location/LOC123/conversations/conversations/cv2' },
    ],
  },
  refused('an unknown read status sends nothing', 'triggers.searchConversations', { status: 'archived' }, /"Read Status" \(status\) must be one of all, read, unread, starred, recents/),

  /* Get Conversation */
  {
    name: 'watched conversation (spec shape, numeric type) fires with a change id',
    op: 'triggers.getConversation',
    input: { conversationId: 'cv1' },
    calls: [getCall('/conversations/cv1', C, RAW_CONV_BY_ID), ...BY_ID_NAMES],
    output: [{ ...FLAT_CONV_BY_ID, conversationId: 'cv1', id: fp('cv1') }],
  },
  {
    name: 'the update time is the version when HighLevel sends one',
    op: 'triggers.getConversation',
    input: { conversationId: 'cv1' },
    calls: [getCall('/conversations/cv1', C, { ...RAW_CONV_BY_ID, dateUpdated: 1710440029000 }), ...BY_ID_NAMES],
    output: [{ ...FLAT_CONV_BY_ID, dateUpdated: '2024-03-14T18:13:49.000Z', conversationId: 'cv1', id: 'cv1:2024-03-14T18:13:49.000Z' }],
  },
  {
    name: 'by ID, also inside a { conversation } envelope',
    op: 'searches.getConversation',
    input: { conversationId: 'cv1' },
    calls: [getCall('/conversations/cv1', C, { conversation: RAW_CONV_BY_ID }), ...BY_ID_NAMES],
    output: [FLAT_CONV_BY_ID],
  },
  noResult('a missing conversation is no result', 'searches.getConversation', { conversationId: 'gone' }, '/conversations/gone', C, 'Conversation not found'),
  refused('conversation is required', 'searches.getConversation', {}, /"Conversation" \(conversationId\) is required/),

  /* Get Email by ID */
  ...watchedAndFound({
    names: ['watched email: Version 2021-04-15 (inferred), change id by content', 'email by ID'],
    key: 'getEmailMessage',
    input: { emailMessageId: 'e1' },
    calls: [getCall('/conversations/messages/email/e1', C, RAW_EMAIL)],
    output: FLAT_EMAIL,
    idKey: 'emailMessageId',
    id: 'e1',
  }),
  refused('an email ID with a slash sends nothing', 'searches.getEmailMessage', { emailMessageId: 'e1/../x' }, /"Email Message ID" \(emailMessageId\) must be a HighLevel ID/),

  /* Get Message by ID */
  {
    name: 'watched message (spec shape): change id by content; the Conversation input is not sent',
    op: 'triggers.getMessage',
    input: { conversationId: 'cv1', messageId: 'm3' },
    calls: [getCall('/conversations/messages/m3', C, RAW_CALL)],
    output: [{ ...FLAT_CALL, messageId: 'm3', id: fp('m3') }],
  },
  {
    name: 'message by ID inside a { message } envelope; email IDs for Get Email by ID',
    op: 'searches.getMessage',
    input: { messageId: 'm4' },
    calls: [getCall('/conversations/messages/m4', C, { message: RAW_EMAIL_MSG })],
    output: [FLAT_EMAIL_MSG],
  },
  refused('message ID with a space sends nothing', 'searches.getMessage', { messageId: 'm 1' }, /"Message" \(messageId\) must be a HighLevel ID without spaces or slashes/),

  /* Get Messages by Conversation */
  {
    name: 'pages with lastMessageId while nextPage; reads the wrapped live shape and the spec shape',
    op: 'triggers.getConversationMessages',
    input: { conversationId: 'cv1', type: 'TYPE_SMS' },
    calls: [
      {
        method: 'GET', path: '/conversations/cv1/messages', version: C, query: { limit: '100', type: 'TYPE_SMS' },
        reply: { body: { messages: { lastMessageId: 'm2', nextPage: true, messages: [RAW_MSG, RAW_OUT] } } },
      },
      {
        method: 'GET', path: '/conversations/cv1/messages', version: C, query: { limit: '100', type: 'TYPE_SMS', lastMessageId: 'm2' },
        reply: { body: { lastMessageId: 'm3', nextPage: false, messages: [RAW_CALL] } },
      },
    ],
    output: [FLAT_MSG, { ...FLAT_MSG, id: 'm2', direction: 'outbound', body: 'Sure, it is on its way.' }, FLAT_CALL],
  },
  refused('an unknown message type sends nothing', 'triggers.getConversationMessages', { conversationId: 'cv1', type: 'SMS' }, /"Message Type" \(type\) must be one of TYPE_CALL/),

  /* Get Message Recording */
  {
    name: 'fires once the recording exists, with the recording as a file pointer',
    op: 'triggers.getMessageRecording',
    input: { messageId: 'm3' },
    calls: [{ ...RECORDING, reply: WAV }],
    output: [{ id: fp('m3'), messageId: 'm3', recording: pointer('hydrateRecording', 'm3'), locationId: 'LOC123' }],
  },
  {
    name: 'no recording yet (404): nothing fires',
    op: 'triggers.getMessageRecording',
    input: { messageId: 'm3' },
    calls: [{ ...RECORDING, reply: notFoundReply('Recording not found') }],
    output: [],
  },
  {
    name: 'recording as a file pointer',
    op: 'searches.getMessageRecording',
    input: { conversationId: 'cv1', messageId: 'm3' },
    calls: [{ ...RECORDING, reply: WAV }],
    output: [{ id: 'm3', messageId: 'm3', recording: pointer('hydrateRecording', 'm3'), locationId: 'LOC123' }],
  },
  {
    name: 'no recording is no result',
    op: 'searches.getMessageRecording',
    input: { messageId: 'm3' },
    calls: [{ ...RECORDING, reply: notFoundReply('Recording not found') }],
    output: [],
  },
  refused('message is required', 'searches.getMessageRecording', {}, /"Message" \(messageId\) is required/),

  /* Get Message Transcription */
  {
    name: 'an array of sentences (live) becomes one transcript in sentence order',
    op: 'triggers.getMessageTranscription',
    input: { messageId: 'm3' },
    calls: [{ ...TRANSCRIPTION, reply: { body: SENTENCES } }],
    output: [
      {
        id: fp('m3'),
        messageId: 'm3',
        transcript: 'This call may be recorded.\nHi, I would like the spring catalogue.',
        sentenceCount: 2,
        averageConfidence: 0.85,
        locationId: 'LOC123',
      },
    ],
  },
  {
    name: 'the spec\'s single sentence object is read too',
    op: 'searches.getMessageTranscription',
    input: { messageId: 'm3' },
    calls: [{ ...TRANSCRIPTION, reply: { body: SENTENCES[1] } }],
    output: [{ id: 'm3', messageId: 'm3', transcript: 'This call may be recorded.', sentenceCount: 1, averageConfidence: 0.8, locationId: 'LOC123' }],
  },
  {
    name: 'an unexpected answer is reported as such',
    op: 'searches.getMessageTranscription',
    input: { messageId: 'm3' },
    calls: [{ ...TRANSCRIPTION, reply: { body: 42 } }],
    error: /HighLevel answered the transcription request with an unexpected response: expected a list of sentences, got a number/,
  },

  /* Download Transcription */
  {
    name: 'fires once the transcription file exists, as a file pointer',
    op: 'triggers.downloadMessageTranscription',
    input: { messageId: 'm3' },
    calls: [{ ...TRANSCRIPT_FILE, reply: { body: 'This call may be recorded.\n', headers: { 'content-type': 'text/plain' } } }],
    output: [{ id: fp('m3'), messageId: 'm3', transcriptionFile: pointer('hydrateTranscription', 'm3'), locationId: 'LOC123' }],
  },
  {
    name: 'transcription file pointer',
    op: 'searches.downloadMessageTranscription',
    input: { messageId: 'm3' },
    calls: [{ ...TRANSCRIPT_FILE, reply: { body: 'This call may be recorded.\n', headers: { 'content-type': 'text/plain' } } }],
    output: [{ id: 'm3', messageId: 'm3', transcriptionFile: pointer('hydrateTranscription', 'm3'), locationId: 'LOC123' }],
  },

  /* Update Message Status */
  {
    name: 'read',
    op: 'creates.updateMessageStatus',
    input: { conversationId: 'cv1', messageId: 'm1', status: 'read' },
    calls: [
      {
        method: 'PUT', path: '/conversations/messages/m1/status', version: C, body: { status: 'read' },
        reply: { body: { conversationId: 'cv1', messageId: 'm1', status: 'read' } },
      },
    ],
    output: { messageId: 'm1', conversationId: 'cv1', status: 'read', emailMessageId: null },
  },
  {
    name: 'failed with the provider error and an email message',
    op: 'creates.updateMessageStatus',
    input: { messageId: 'm4', status: 'failed', errorCode: '30003', errorType: 'carrier', errorMessage: 'Unreachable handset', emailMessageId: 'e1' },
    calls: [
      {
        method: 'PUT', path: '/conversations/messages/m4/status', version: C,
        body: { status: 'failed', error: { code: '30003', type: 'carrier', message: 'Unreachable handset' }, emailMessageId: 'e1' },
        reply: { body: { conversationId: 'cv1', messageId: 'm4', emailMessageId: 'e1', status: 'failed' } },
      },
    ],
    output: { messageId: 'm4', conversationId: 'cv1', status: 'failed', emailMessageId: 'e1' },
  },
  refused('"unread" is not a message status: nothing sent', 'creates.updateMessageStatus', { messageId: 'm1', status: 'unread' }, /"Status" \(status\) must be one of delivered, failed, pending, read, got "unread"/),
  refused('error details need "failed"', 'creates.updateMessageStatus', { messageId: 'm1', status: 'delivered', errorCode: '1' }, /"Status" \(status\) must be "failed" when an error code, type or message is given/),
  refused('error code, type and message go together', 'creates.updateMessageStatus', { messageId: 'm1', status: 'failed', errorCode: '1', errorMessage: 'x' }, /"Error Type" \(errorType\) is required with the other error fields/),

  /* Agent Typing Indicator */
  {
    name: 'typing on; isTyping sent as the spec\'s string',
    op: 'creates.sendLiveChatTypingIndicator',
    input: { conversationId: 'cv1', visitorId: 'v1' },
    calls: [
      {
        method: 'POST', path: '/conversations/providers/live-chat/typing', version: C,
        body: { locationId: 'LOC123', isTyping: 'true', visitorId: 'v1', conversationId: 'cv1' },
        reply: { status: 201, body: { success: true } },
      },
    ],
    output: { success: true, isTyping: true },
  },
  {
    name: 'typing off',
    op: 'creates.sendLiveChatTypingIndicator',
    input: { conversationId: 'cv1', visitorId: 'v1', isTyping: 'no' },
    calls: [
      {
        method: 'POST', path: '/conversations/providers/live-chat/typing', version: C,
        body: { locationId: 'LOC123', isTyping: 'false', visitorId: 'v1', conversationId: 'cv1' },
        reply: { status: 201, body: { success: true } },
      },
    ],
    output: { success: true, isTyping: false },
  },
  refused('visitor is required', 'creates.sendLiveChatTypingIndicator', { conversationId: 'cv1' }, /"Visitor ID" \(visitorId\) is required/),
  refused('is typing must be yes or no', 'creates.sendLiveChatTypingIndicator', { conversationId: 'cv1', visitorId: 'v1', isTyping: 'maybe' }, /"Is Typing" \(isTyping\) must be true or false/),

  /* dropdowns */
  {
    name: 'recent conversations labelled with contact and last message',
    op: 'triggers.conversationDropdown',
    input: { conversationSearch: 'rosa' },
    calls: [
      {
        method: 'GET', path: '/conversations/search', version: C,
        query: { locationId: 'LOC123', limit: '100', sort: 'desc', sortBy: 'last_message_date', query: 'rosa' },
        reply: { body: { conversations: [RAW_CONV, { ...RAW_CONV, id: 'cv2', fullName: '', contactName: '', lastMessageBody: '' }], total: 2 } },
      },
    ],
    output: [
      { id: 'cv1', name: 'Rosa Delgado: Can you mail me the catalogue?' },
      { id: 'cv2', name: 'rosa@example.com' },
    ],
  },
  {
    name: 'latest messages of the chosen conversation',
    op: 'triggers.messageDropdown',
    input: { conversationId: 'cv1' },
    calls: [
      {
        method: 'GET', path: '/conversations/cv1/messages', version: C, query: { limit: '100' },
        reply: { body: { messages: { lastMessageId: 'm3', nextPage: false, messages: [RAW_MSG, RAW_CALL] } } },
      },
    ],
    output: [
      { id: 'm1', name: '2025-03-14 18:13 inbound Can you mail me the catalogue?' },
      { id: 'm3', name: '2025-03-14 19:00 inbound TYPE_CALL' },
    ],
  },
  refused('message dropdown needs the conversation', 'triggers.messageDropdown', {}, /"Conversation" \(conversationId\) is required/),
];

/* --------------------------------------- locations --------------------------------------- */

/** The location's fields that HighLevel answers and the step outputs under the same names. */
const DELGADO = {
  id: 'L1',
  name: 'Delgado Dental',
  companyId: 'COMP9',
  email: 'office@delgado.example.com',
  phone: '+15125550100',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
};
const DELGADO_WEB = { website: 'https://delgado.example.com', timezone: 'America/Chicago' };
const RAW_LOC = { ...DELGADO, ...DELGADO_WEB, settings: { allowDuplicateContact: false } };
const FLAT_LOC = {
  ...DELGADO,
  fullAddress: '3535 1st St N, Dolomite, AL 35061, US',
  ...DELGADO_WEB,
  domain: null,
  logoUrl: null,
  firstName: null,
  lastName: null,
};

const locationCases: Case[] = [
  {
    name: 'locations the connection sees, newest first (companyId from the connection)',
    op: 'triggers.listLocations',
    input: { email: 'office@delgado.example.com' },
    calls: [
      {
        method: 'GET', path: '/locations/search', version: V,
        query: { companyId: 'COMP9', skip: '0', limit: '100', order: 'desc', email: 'office@delgado.example.com' },
        reply: { body: { locations: [RAW_LOC] } },
      },
    ],
    output: [FLAT_LOC],
  },
  refused('a bad email filter sends nothing', 'triggers.listLocations', { email: 'office' }, /"Email" \(email\) must be a valid email address/),
  {
    name: 'the connected location by default',
    op: 'searches.findLocation',
    calls: [{ method: 'GET', path: '/locations/LOC123', version: V, reply: { body: { location: { ...RAW_LOC, id: 'LOC123' } } } }],
    output: [{ ...FLAT_LOC, id: 'LOC123' }],
  },
  noResult('a location by ID; none is no result', 'searches.findLocation', { locationId: 'L2' }, '/locations/L2', V, 'Location not found'),
  refused('Create Location on a sub-account connection: a clear error, nothing sent', 'creates.createLocation', { name: 'Delgado Dental' }, /"Create Location" works only on an agency \(company\) connection; this connection is to a sub-account/),
  {
    name: 'sub-accounts dropdown',
    op: 'triggers.subAccountDropdown',
    calls: [{ method: 'GET', path: '/locations/search', version: V, query: { companyId: 'COMP9', limit: '100', skip: '0' }, reply: { body: { locations: [RAW_LOC] } } }],
    output: [{ id: 'L1', name: 'Delgado Dental' }],
  },
  {
    name: 'snapshots dropdown on a sub-account connection: a clear error, nothing sent',
    op: 'triggers.snapshotDropdown',
    calls: [],
    error: /"Snapshots \(Dropdown\)" works only on an agency \(company\) connection/,
  },
];

/* ------------------------------------- custom fields ------------------------------------- */

const customFieldCases: Case[] = [
  {
    name: 'contact custom fields, with the key contact triggers output them under',
    op: 'triggers.listCustomFields',
    calls: [{ method: 'GET', path: '/locations/LOC123/customFields', version: V, query: { model: 'contact' }, reply: { body: { customFields: CF_DEFS.customFields.slice(0, 2) } } }],
    output: [
      { id: 'cfMailDay', name: 'Preferred Mail Day', fieldKey: 'contact.preferred_mail_day', outputKey: 'custom_preferred_mail_day', dataType: 'SINGLE_OPTIONS', model: 'contact', placeholder: null, options: ['Monday', 'Tuesday'], position: null },
      { id: 'cfHousehold', name: 'Household Size', fieldKey: 'contact.household_size', outputKey: 'custom_household_size', dataType: 'NUMERICAL', model: 'contact', placeholder: null, options: [], position: null },
    ],
  },
  {
    name: 'opportunity custom fields',
    op: 'triggers.listCustomFields',
    input: { model: 'opportunity' },
    calls: [
      {
        method: 'GET', path: '/locations/LOC123/customFields', version: V, query: { model: 'opportunity' },
        reply: { body: { customFields: [{ id: 'cfBudget', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity', position: 2 }] } },
      },
    ],
    output: [{ id: 'cfBudget', name: 'Budget', fieldKey: 'opportunity.budget', outputKey: 'custom_budget', dataType: 'MONETORY', model: 'opportunity', placeholder: null, options: [], position: 2 }],
  },
  refused('an unknown model sends nothing', 'triggers.listCustomFields', { model: 'company' }, /"Model" \(model\) must be one of contact, opportunity, got "company"/),
];

/* --------------------------------------- companies --------------------------------------- */

const companyCases: Case[] = [
  { name: 'watching the agency needs an agency connection: nothing sent', op: 'triggers.getCompany', calls: [], error: /"Get Company" works only on an agency \(company\) connection/ },
  refused('Get Company on a sub-account connection: nothing sent', 'searches.getCompany', { companyId: 'COMP9' }, /"Get Company" works only on an agency \(company\) connection/),
];

/* ------------------------------------- associations ------------------------------------- */

const RAW_ASSOC = {
  locationId: 'LOC123',
  id: 'a1',
  key: 'pet_owner',
  firstObjectLabel: 'Pet',
  firstObjectKey: 'custom_objects.pets',
  secondObjectLabel: 'Owner',
  secondObjectKey: 'contact',
  associationType: 'USER_DEFINED',
};
const FLAT_ASSOC = {
  id: 'a1',
  key: 'pet_owner',
  firstObjectKey: 'custom_objects.pets',
  firstObjectLabel: 'Pet',
  secondObjectKey: 'contact',
  secondObjectLabel: 'Owner',
  associationType: 'USER_DEFINED',
  locationId: 'LOC123',
};
const RAW_REL = { id: 'r1', associationId: 'a1', firstObjectKey: 'custom_objects.pets', firstRecordId: 'p1', secondObjectKey: 'contact', secondRecordId: 'c1', locationId: 'LOC123' };
const FLAT_REL = { ...RAW_REL };

const associationCases: Case[] = [
  {
    name: 'all associations (a top-level array), skip/limit sent',
    op: 'triggers.findAssociations',
    calls: [{ method: 'GET', path: '/associations/', version: V, query: { locationId: 'LOC123', skip: '0', limit: '100' }, reply: { body: [RAW_ASSOC] } }],
    output: [FLAT_ASSOC],
  },
  {
    name: 'an { associations } envelope; label objects read as text',
    op: 'triggers.findAssociations',
    meta: { isLoadingSample: true },
    calls: [
      {
        method: 'GET', path: '/associations/', version: V, query: { locationId: 'LOC123', skip: '0', limit: '3' },
        reply: { body: { associations: [{ ...RAW_ASSOC, firstObjectLabel: { singular: 'Pet', plural: 'Pets' } }], total: 1 } },
      },
    ],
    output: [FLAT_ASSOC],
  },
  ...watchedAndFound({ names: ['watched association', 'association by ID'], key: 'getAssociation', input: { associationId: 'a1' }, calls: [getCall('/associations/a1', V, RAW_ASSOC)], output: FLAT_ASSOC, idKey: 'associationId', id: 'a1' }),
  noResult('association by ID; none is no result', 'searches.getAssociation', { associationId: 'nope' }, '/associations/nope', V, 'Not found'),
  ...watchedAndFound({
    names: ['watched association key', 'association by key name'],
    key: 'getAssociationByKeyName',
    input: { key_name: 'pet_owner' },
    calls: [{ method: 'GET', path: '/associations/key/pet_owner', version: V, query: { locationId: 'LOC123' }, reply: { body: RAW_ASSOC } }],
    output: FLAT_ASSOC,
    idKey: 'associationId',
    id: 'a1',
  }),
  refused('key name is required', 'searches.getAssociationByKeyName', { key_name: ' ' }, /"Association Key" \(key_name\) is required/),
  {
    name: 'associations of an object (several), locationId sent',
    op: 'triggers.getAssociationsByObjectKey',
    input: { objectKey: 'custom_objects.pets' },
    calls: [
      {
        method: 'GET', path: '/associations/objectKey/custom_objects.pets', version: V, query: { locationId: 'LOC123' },
        reply: { body: [RAW_ASSOC, { ...RAW_ASSOC, id: 'a2', key: 'pet_vet' }] },
      },
    ],
    output: [FLAT_ASSOC, { ...FLAT_ASSOC, id: 'a2', key: 'pet_vet' }],
  },
  {
    name: 'associations of an object as a step (one object answer)',
    op: 'searches.getAssociationsByObjectKey',
    input: { objectKey: 'contact' },
    calls: [{ method: 'GET', path: '/associations/objectKey/contact', version: V, query: { locationId: 'LOC123' }, reply: { body: RAW_ASSOC } }],
    output: [FLAT_ASSOC],
  },
  {
    name: 'relations of a record, filtered by association',
    op: 'triggers.getRelationsByRecord',
    input: { recordId: 'c1', associationIds: 'a1' },
    calls: [
      {
        method: 'GET', path: '/associations/relations/c1', version: V, query: { locationId: 'LOC123', skip: '0', limit: '100', associationIds: 'a1' },
        reply: { body: { relations: [RAW_REL], total: 1 } },
      },
    ],
    output: [FLAT_REL],
  },
  refused('record is required', 'triggers.getRelationsByRecord', {}, /"Record" \(recordId\) is required/),
  {
    name: 'create an association',
    op: 'creates.createAssociation',
    input: { key: 'pet_owner', firstObjectKey: 'custom_objects.pets', firstObjectLabel: 'Pet', secondObjectKey: 'contact', secondObjectLabel: 'Owner' },
    calls: [
      {
        method: 'POST', path: '/associations/', version: V,
        body: { locationId: 'LOC123', key: 'pet_owner', firstObjectKey: 'custom_objects.pets', firstObjectLabel: 'Pet', secondObjectKey: 'contact', secondObjectLabel: 'Owner' },
        reply: { status: 201, body: RAW_ASSOC },
      },
    ],
    output: FLAT_ASSOC,
  },
  refused('second object key is required', 'creates.createAssociation', { key: 'k', firstObjectKey: 'contact', firstObjectLabel: 'A', secondObjectLabel: 'B' }, /"Second Object Key" \(secondObjectKey\) is required/),
  {
    name: 'rename both labels',
    op: 'creates.updateAssociation',
    input: { associationId: 'a1', firstObjectLabel: 'Animal', secondObjectLabel: 'Keeper' },
    calls: [
      {
        method: 'PUT', path: '/associations/a1', version: V, body: { firstObjectLabel: 'Animal', secondObjectLabel: 'Keeper' },
        reply: { body: { ...RAW_ASSOC, firstObjectLabel: 'Animal', secondObjectLabel: 'Keeper' } },
      },
    ],
    output: { ...FLAT_ASSOC, firstObjectLabel: 'Animal', secondObjectLabel: 'Keeper' },
  },
  refused('both labels are required', 'creates.updateAssociation', { associationId: 'a1', firstObjectLabel: 'Animal' }, /"Second Object Label" \(secondObjectLabel\) is required/),
  {
    name: 'delete an association',
    op: 'creates.deleteAssociation',
    input: { associationId: 'a1' },
    calls: [{ method: 'DELETE', path: '/associations/a1', version: V, reply: { body: { deleted: true, id: 'a1', message: 'Association deleted successfully' } } }],
    output: { id: 'a1', deleted: true, message: 'Association deleted successfully' },
  },
  {
    name: 'link two records',
    op: 'creates.createRelation',
    input: { associationId: 'a1', firstRecordId: 'p1', secondRecordId: 'c1' },
    calls: [
      {
        method: 'POST', path: '/associations/relations', version: V, body: { locationId: 'LOC123', associationId: 'a1', firstRecordId: 'p1', secondRecordId: 'c1' },
        reply: { status: 201, body: RAW_REL },
      },
    ],
    output: FLAT_REL,
  },
  {
    name: 'HighLevel answering the association shape: the inputs fill the relation',
    op: 'creates.createRelation',
    input: { associationId: 'a1', firstRecordId: 'p1', secondRecordId: 'c1' },
    calls: [
      {
        method: 'POST', path: '/associations/relations', version: V, body: { locationId: 'LOC123', associationId: 'a1', firstRecordId: 'p1', secondRecordId: 'c1' },
        reply: { status: 201, body: { id: 'r9', locationId: 'LOC123', key: 'pet_owner', firstObjectKey: 'custom_objects.pets', secondObjectKey: 'contact' } },
      },
    ],
    output: { ...FLAT_REL, id: 'r9' },
  },
  refused('second record is required', 'creates.createRelation', { associationId: 'a1', firstRecordId: 'p1' }, /"Second Record" \(secondRecordId\) is required/),
  {
    name: 'unlink (locationId in the query); the Record input only feeds the dropdown',
    op: 'creates.deleteRelation',
    input: { recordId: 'c1', relationId: 'r1' },
    calls: [{ method: 'DELETE', path: '/associations/relations/r1', version: V, query: { locationId: 'LOC123' }, reply: { body: RAW_REL } }],
    output: { id: 'r1', deleted: true },
  },
  refused('relation is required', 'creates.deleteRelation', { recordId: 'c1' }, /"Relation" \(relationId\) is required/),
  {
    name: 'associations dropdown',
    op: 'triggers.associationDropdown',
    meta: { page: 1 },
    calls: [{ method: 'GET', path: '/associations/', version: V, query: { locationId: 'LOC123', skip: '100', limit: '100' }, reply: { body: [RAW_ASSOC, { ...RAW_ASSOC, id: 'a3', key: 'contact_contact', firstObjectLabel: null, secondObjectLabel: null }] } }],
    output: [
      { id: 'a1', name: 'pet_owner (Pet / Owner)' },
      { id: 'a3', name: 'contact_contact' },
    ],
  },
  {
    name: 'relations dropdown of the chosen record',
    op: 'triggers.relationDropdown',
    input: { recordId: 'c1' },
    calls: [{ method: 'GET', path: '/associations/relations/c1', version: V, query: { locationId: 'LOC123', skip: '0', limit: '100' }, reply: { body: { relations: [RAW_REL] } } }],
    output: [{ id: 'r1', name: 'custom_objects.pets p1 <-> contact c1' }],
  },
];

/* ----------------------------------------- blogs ----------------------------------------- */

/** The post's fields that HighLevel answers and the step outputs under the same names (the output adds canonicalLink after the slug). */
const GUMS_TITLE = { title: 'Five habits for healthier gums', description: 'Daily habits.', status: 'PUBLISHED', urlSlug: 'five-habits-for-healthier-gums' };
const GUMS = {
  author: 'au1',
  categories: ['cat1'],
  tags: ['gums'],
  imageUrl: 'https://images.example.com/gums.jpg',
  imageAltText: 'A smile',
  archived: false,
  publishedAt: '2025-03-14T15:00:00.000Z',
  updatedAt: '2025-03-14T15:02:11.182Z',
};
const RAW_POST = { _id: 'p1', ...GUMS_TITLE, ...GUMS };
const FLAT_POST = {
  id: 'p1',
  ...GUMS_TITLE,
  canonicalLink: null,
  ...GUMS,
  authorName: 'Rosa Delgado',
  categoryNames: ['Oral Health'],
};
/** The author and category names: one author list and one category list per step. */
const POST_NAMES = [
  { method: 'GET', path: '/blogs/authors', version: V, query: { locationId: 'LOC123', limit: '100', offset: '0' }, reply: { body: { authors: [{ _id: 'au1', name: 'Rosa Delgado' }, { _id: 'au2', name: 'Sam Lee' }] } } },
  { method: 'GET', path: '/blogs/categories', version: V, query: { locationId: 'LOC123', limit: '100', offset: '0' }, reply: { body: { categories: [{ _id: 'cat1', label: 'Oral Health' }] } } },
] as const;
const POST_INPUT = {
  blogId: 'b1',
  title: 'Five habits for healthier gums',
  rawHTML: '<h2>Brush twice</h2><p>Every day.</p>',
  status: 'PUBLISHED',
  author: 'au1',
  categories: 'cat1, cat2',
  description: 'Daily habits.',
  imageUrl: 'https://images.example.com/gums.jpg',
  imageAltText: 'A smile',
  tags: ['gums'],
  publishedAt: '2025-03-14T10:00:00-05:00',
};
/** Every field the spec requires, as sent for POST_INPUT. */
const POST_BODY = {
  title: 'Five habits for healthier gums',
  locationId: 'LOC123',
  blogId: 'b1',
  imageUrl: 'https://images.example.com/gums.jpg',
  description: 'Daily habits.',
  rawHTML: '<h2>Brush twice</h2><p>Every day.</p>',
  status: 'PUBLISHED',
  imageAltText: 'A smile',
  categories: ['cat1', 'cat2'],
  author: 'au1',
  urlSlug: 'five-habits-for-healthier-gums',
  publishedAt: '2025-03-14T15:00:00.000Z',
  tags: ['gums'],
};
const SLUG_CHECK = { method: 'GET', path: '/blogs/posts/url-slug-exists', version: V } as const;

const blogCases: Case[] = [
  {
    name: 'blogs of the location',
    op: 'triggers.listBlogs',
    input: { searchTerm: 'dental' },
    calls: [{ method: 'GET', path: '/blogs/site/all', version: V, query: { locationId: 'LOC123', skip: '0', limit: '100', searchTerm: 'dental' }, reply: { body: { data: [{ _id: 'b1', name: 'Delgado Dental Blog' }] } } }],
    output: [{ id: 'b1', name: 'Delgado Dental Blog' }],
  },
  {
    name: 'posts of a blog with a status (the array is named "blogs")',
    op: 'triggers.listBlogPosts',
    input: { blogId: 'b1', status: 'PUBLISHED' },
    calls: [{ method: 'GET', path: '/blogs/posts/all', version: V, query: { locationId: 'LOC123', blogId: 'b1', limit: '100', offset: '0', status: 'PUBLISHED' }, reply: { body: { blogs: [RAW_POST] } } }, ...POST_NAMES],
    output: [FLAT_POST],
  },
  refused('blog is required', 'triggers.listBlogPosts', {}, /"Blog" \(blogId\) is required/),
  refused('an unknown post status sends nothing', 'triggers.listBlogPosts', { blogId: 'b1', status: 'LIVE' }, /"Status" \(status\) must be one of DRAFT, PUBLISHED, SCHEDULED, ARCHIVED, got "LIVE"/),
  {
    name: 'blog authors',
    op: 'triggers.listBlogAuthors',
    calls: [
      {
        method: 'GET', path: '/blogs/authors', version: V, query: { locationId: 'LOC123', limit: '100', offset: '0' },
        reply: { body: { authors: [{ _id: 'au1', name: 'Rosa Delgado', locationId: 'LOC123', updatedAt: '2025-01-03T11:06:35.822Z', canonicalLink: 'https://blog.example.com/author/rosa' }] } },
      },
    ],
    output: [{ id: 'au1', name: 'Rosa Delgado', canonicalLink: 'https://blog.example.com/author/rosa', locationId: 'LOC123', updatedAt: '2025-01-03T11:06:35.822Z' }],
  },
  {
    name: 'blog categories',
    op: 'triggers.listBlogCategories',
    calls: [
      {
        method: 'GET', path: '/blogs/categories', version: V, query: { locationId: 'LOC123', limit: '100', offset: '0' },
        reply: { body: { categories: [{ _id: 'cat1', label: 'Oral Health', urlSlug: 'oral-health', locationId: 'LOC123', updatedAt: '2025-01-03T11:06:35.822Z', canonicalLink: 'https://blog.example.com/category/oral-health' }] } },
      },
    ],
    output: [{ id: 'cat1', label: 'Oral Health', urlSlug: 'oral-health', canonicalLink: 'https://blog.example.com/category/oral-health', locationId: 'LOC123', updatedAt: '2025-01-03T11:06:35.822Z' }],
  },
  {
    name: 'watched slug: the version is its availability',
    op: 'triggers.checkBlogUrlSlug',
    input: { urlSlug: 'spring-sale' },
    calls: [{ ...SLUG_CHECK, query: { urlSlug: 'spring-sale', locationId: 'LOC123' }, reply: { body: { exists: true } } }],
    output: [{ id: 'spring-sale:taken', urlSlug: 'spring-sale', exists: true, available: false }],
  },
  {
    name: 'slug check for an edited post (its own slug does not count)',
    op: 'searches.checkBlogUrlSlug',
    input: { urlSlug: 'spring-sale', blogId: 'b1', postId: 'p1' },
    calls: [{ ...SLUG_CHECK, query: { urlSlug: 'spring-sale', locationId: 'LOC123', postId: 'p1' }, reply: { body: { exists: false } } }],
    output: [{ id: 'spring-sale', urlSlug: 'spring-sale', exists: false, available: true }],
  },
  refused('slug is required', 'searches.checkBlogUrlSlug', {}, /"URL Slug" \(urlSlug\) is required/),
  {
    name: 'create: every spec-required field sent, slug from the title, publish date in UTC',
    op: 'creates.createBlogPost',
    input: POST_INPUT,
    calls: [{ method: 'POST', path: '/blogs/posts', version: V, body: POST_BODY, reply: { body: { data: RAW_POST } } }, ...POST_NAMES],
    output: FLAT_POST,
  },
  {
    name: 'create with "Check Slug First": free slug, then the post',
    op: 'creates.createBlogPost',
    input: { ...POST_INPUT, urlSlug: 'gum-habits', checkSlug: 'true', canonicalLink: 'https://example.com/gums' },
    calls: [
      { ...SLUG_CHECK, query: { urlSlug: 'gum-habits', locationId: 'LOC123' }, reply: { body: { exists: false } } },
      { method: 'POST', path: '/blogs/posts', version: V, body: { ...POST_BODY, urlSlug: 'gum-habits', canonicalLink: 'https://example.com/gums' }, reply: { body: { data: RAW_POST } } },
      ...POST_NAMES,
    ],
    output: FLAT_POST,
  },
  {
    name: 'create with "Check Slug First": a taken slug names the field and creates nothing',
    op: 'creates.createBlogPost',
    input: { ...POST_INPUT, checkSlug: true },
    calls: [{ ...SLUG_CHECK, query: { urlSlug: 'five-habits-for-healthier-gums', locationId: 'LOC123' }, reply: { body: { exists: true } } }],
    error: /"URL Slug" \(urlSlug\) "five-habits-for-healthier-gums" is already used by another post of this location; choose another slug \(nothing was saved\)/,
  },
  {
    name: 'a minimal draft: blank texts as "", no categories as [], publish date now',
    op: 'creates.createBlogPost',
    input: { blogId: 'b1', title: 'Café opening!', rawHTML: '<p>Hi</p>', status: 'DRAFT', author: 'au1' },
    calls: [
      {
        method: 'POST', path: '/blogs/posts', version: V,
        body: {
          title: 'Café opening!', locationId: 'LOC123', blogId: 'b1', imageUrl: '', description: '', rawHTML: '<p>Hi</p>', status: 'DRAFT',
          imageAltText: '', categories: [], author: 'au1', urlSlug: 'cafe-opening', publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        },
        reply: { body: { data: { ...RAW_POST, status: 'DRAFT' } } },
      },
      ...POST_NAMES,
    ],
    output: { ...FLAT_POST, status: 'DRAFT' },
  },
  refused('a slug with spaces sends nothing', 'creates.createBlogPost', { ...POST_INPUT, urlSlug: 'My Post', checkSlug: true }, /"URL Slug" \(urlSlug\) must be lowercase letters, digits and single hyphens/),
  refused('scheduled needs a publish date', 'creates.createBlogPost', { ...POST_INPUT, status: 'SCHEDULED', publishedAt: '' }, /"Publish Date" \(publishedAt\) is required when Status is Scheduled/),
  refused('an image URL must be a web address', 'creates.createBlogPost', { ...POST_INPUT, imageUrl: 'gums.jpg' }, /"Image URL" \(imageUrl\) must be a web address starting with https:\/\//),
  refused('content is required', 'creates.createBlogPost', { ...POST_INPUT, rawHTML: '' }, /"Content \(HTML\)" \(rawHTML\) is required/),
  {
    name: 'update: the whole post is PUT; the slug check excludes the post itself',
    op: 'creates.updateBlogPost',
    input: { ...POST_INPUT, postId: 'p1', urlSlug: 'five-habits-for-healthier-gums', checkSlug: 'yes' },
    calls: [
      { ...SLUG_CHECK, query: { urlSlug: 'five-habits-for-healthier-gums', locationId: 'LOC123', postId: 'p1' }, reply: { body: { exists: false } } },
      { method: 'PUT', path: '/blogs/posts/p1', version: V, body: POST_BODY, reply: { body: { updatedBlogPost: RAW_POST } } },
      ...POST_NAMES,
    ],
    output: FLAT_POST,
  },
  refused('update needs the slug (no slug is derived for an existing post)', 'creates.updateBlogPost', { ...POST_INPUT, postId: 'p1' }, /"URL Slug" \(urlSlug\) is required/),
  refused('update needs the post', 'creates.updateBlogPost', { ...POST_INPUT, urlSlug: 'x' }, /"Post" \(postId\) is required/),
  {
    name: 'blogs dropdown',
    op: 'triggers.blogDropdown',
    calls: [{ method: 'GET', path: '/blogs/site/all', version: V, query: { locationId: 'LOC123', skip: '0', limit: '100' }, reply: { body: { data: [{ _id: 'b1', name: 'Delgado Dental Blog' }] } } }],
    output: [{ id: 'b1', name: 'Delgado Dental Blog' }],
  },
  {
    name: 'authors dropdown, second page',
    op: 'triggers.blogAuthorDropdown',
    meta: { page: 1 },
    calls: [{ method: 'GET', path: '/blogs/authors', version: V, query: { locationId: 'LOC123', limit: '100', offset: '100' }, reply: { body: { authors: [{ _id: 'au1', name: 'Rosa Delgado' }] } } }],
    output: [{ id: 'au1', name: 'Rosa Delgado' }],
  },
  {
    name: 'categories dropdown',
    op: 'triggers.blogCategoryDropdown',
    calls: [{ method: 'GET', path: '/blogs/categories', version: V, query: { locationId: 'LOC123', limit: '100', offset: '0' }, reply: { body: { categories: [{ _id: 'cat1', label: 'Oral Health' }] } } }],
    output: [{ id: 'cat1', name: 'Oral Health' }],
  },
  {
    name: 'posts dropdown of the chosen blog, status shown when not published',
    op: 'triggers.blogPostDropdown',
    input: { blogId: 'b1' },
    calls: [
      {
        method: 'GET', path: '/blogs/posts/all', version: V, query: { locationId: 'LOC123', blogId: 'b1', limit: '100', offset: '0' },
        reply: { body: { blogs: [RAW_POST, { ...RAW_POST, _id: 'p2', title: 'Spring sale', status: 'DRAFT' }] } },
      },
    ],
    output: [
      { id: 'p1', name: 'Five habits for healthier gums' },
      { id: 'p2', name: 'Spring sale (draft)' },
    ],
  },
];

export const conversationAndOtherCases: Case[] = [...conversationCases, ...locationCases, ...customFieldCases, ...companyCases, ...associationCases, ...blogCases];
