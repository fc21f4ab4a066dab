import { clone, compact, intParam, notFound, opt, req, route, unprocessable, V_2021_04_15 as V, type Route, type World } from '../http';
import type { MessageRecord } from '../store';

/**
 * Conversation lookups (Version 2021-04-15). Conversations are not stored: a conversation is the
 * messages of `store.messages` that share a conversationId (one per contact and location, as
 * HighLevel keeps them), answered with its contact's name, email and phone and its last message.
 * - GET /conversations/search (newest activity first), GET /conversations/{id}, its messages
 *   (newest first, 20 a page, `lastMessageId` pages on; the spec's flat `{ lastMessageId,
 *   nextPage, messages }`, though the live API is reported to wrap it under `messages`),
 *   GET /conversations/messages/{id}.
 * - GET /conversations/messages/email/{id}: an email message, by the message id or by its email
 *   message id (meta.email.messageIds).
 * - Call recordings and transcriptions exist for call messages (TYPE_CALL...) only; others 404.
 *   The recording is a short silent WAV (audio/x-wav); the transcription two sentences, and its
 *   download the same as text/plain.
 * - PUT /conversations/messages/{messageId}/status and the live-chat typing indicator.
 */

const STATUSES = ['delivered', 'failed', 'pending', 'read'] as const;
const PAGE = 20;

/** A 0.1 s silent 8 kHz mono WAV: what a recording download answers. */
function silentWav(): Buffer {
  const samples = 800;
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36);
  b.writeUInt32LE(samples * 2, 40);
  return b;
}

const isCall = (m: MessageRecord) => m.type === 1 || m.messageType.includes('CALL') || m.messageType === 'TYPE_VOICEMAIL';

/** A message as HighLevel answers it (dateUpdated is the sandbox's own). */
const messageOut = (m: MessageRecord) => {
  const { dateUpdated: _d, ...rest } = clone(m);
  return rest;
};

export function conversationLookupRoutes({ store }: World): Route[] {
  const messagesOf = (conversationId: string) =>
    [...store.messages.values()].filter((m) => m.conversationId === conversationId).sort((a, b) => b.dateAdded.localeCompare(a.dateAdded) || (a.id < b.id ? 1 : -1));
  const conversationIds = (locationId: string) => [...new Set([...store.messages.values()].filter((m) => m.locationId === locationId).map((m) => m.conversationId))];
  const summary = (conversationId: string) => {
    const messages = messagesOf(conversationId);
    const last = messages[0];
    if (!last) return undefined;
    const contact = store.contacts.get(last.contactId);
    const lastOutbound = messages.findIndex((m) => m.direction === 'outbound');
    const unreadCount = lastOutbound === -1 ? messages.length : lastOutbound;
    return compact({
      id: conversationId,
      contactId: last.contactId,
      locationId: last.locationId,
      lastMessageBody: last.body ?? '',
      lastMessageType: last.messageType,
      lastMessageDirection: last.direction,
      lastMessageDate: Date.parse(last.dateAdded),
      type: last.messageType === 'TYPE_EMAIL' ? 'TYPE_EMAIL' : 'TYPE_PHONE',
      unreadCount,
      fullName: contact?.name ?? '',
      contactName: contact?.name ?? '',
      companyName: contact?.companyName,
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      assignedTo: contact?.assignedTo,
      tags: contact ? [...contact.tags] : [],
      dateAdded: Date.parse(messages[messages.length - 1]!.dateAdded),
      dateUpdated: Date.parse(last.dateAdded),
    });
  };
  const ownMessage = (id: string, own: <T extends { locationId: string }>(r: T | undefined, m: string) => T) => own(store.messages.get(id), 'Message not found');
  const callMessage = (messageId: string, locationId: string, ownLocation: (id: string) => void) => {
    ownLocation(locationId);
    const m = store.messages.get(messageId);
    if (!m || m.locationId !== locationId) throw notFound('Message not found');
    if (!isCall(m)) throw notFound('Recording not found for this message');
    return m;
  };
  const transcript = (m: MessageRecord) => {
    const contact = store.contacts.get(m.contactId);
    return [
      { mediaChannel: 1, sentenceIndex: 0, startTime: 0, endTime: 4, transcript: 'Thank you for calling Sunrise Dental, how can I help?', confidence: 0.94 },
      { mediaChannel: 2, sentenceIndex: 1, startTime: 4, endTime: 9, transcript: `Hi, this is ${contact?.firstName ?? 'a patient'}, I would like to book a cleaning.`, confidence: 0.91 },
    ];
  };

  return [
    route({
      method: 'GET',
      path: '/conversations/search',
      version: V,
      query: {
        locationId: req.string(),
        contactId: opt.string(),
        assignedTo: opt.string(),
        query: opt.string(),
        id: opt.string(),
        limit: opt.string(),
        startAfterDate: opt.string(),
        status: opt.string({ enum: ['all', 'read', 'unread', 'starred', 'recents'] as const }),
        lastMessageType: opt.string(),
        lastMessageDirection: opt.string({ enum: ['inbound', 'outbound'] as const }),
        sort: opt.string({ enum: ['asc', 'desc'] as const }),
        sortBy: opt.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const q = query.query?.trim().toLowerCase();
        const after = query.startAfterDate ? Number(query.startAfterDate) : undefined;
        if (after !== undefined && Number.isNaN(after)) throw unprocessable(['startAfterDate must be a number conforming to the specified constraints']);
        const dir = query.sort === 'asc' ? 1 : -1;
        const all = conversationIds(query.locationId)
          .map(summary)
          .filter((c) => c !== undefined)
          .filter((c) => !query.contactId || c.contactId === query.contactId)
          .filter((c) => !query.id || c.id === query.id)
          .filter((c) => !query.assignedTo || c.assignedTo === query.assignedTo)
          .filter((c) => !query.lastMessageType || c.lastMessageType === query.lastMessageType)
          .filter((c) => !query.lastMessageDirection || c.lastMessageDirection === query.lastMessageDirection)
          .filter((c) => query.status !== 'unread' || c.unreadCount > 0)
          .filter((c) => query.status !== 'read' || c.unreadCount === 0)
          .filter((c) => !q || [c.fullName, c.email, c.phone, c.lastMessageBody].some((v) => v.toLowerCase().includes(q)))
          .sort((a, b) => (a.lastMessageDate - b.lastMessageDate) * dir);
        const from = after === undefined ? all : all.filter((c) => (dir < 0 ? c.lastMessageDate < after : c.lastMessageDate > after));
        return { conversations: from.slice(0, intParam(query.limit, 20, 'limit', 100)), total: all.length };
      },
    }),
    route({
      method: 'GET',
      path: '/conversations/{conversationId}',
      version: V,
      handler: ({ params, own }) => {
        const c = own(summary(params.conversationId), 'Conversation not found');
        return compact({ id: c.id, contactId: c.contactId, locationId: c.locationId, deleted: false, inbox: true, type: c.type === 'TYPE_EMAIL' ? 2 : 1, unreadCount: c.unreadCount, assignedTo: c.assignedTo, starred: false, fullName: c.fullName, email: c.email, phone: c.phone, lastMessageBody: c.lastMessageBody, lastMessageType: c.lastMessageType, dateAdded: c.dateAdded, dateUpdated: c.dateUpdated });
      },
    }),
    route({
      method: 'GET',
      path: '/conversations/{conversationId}/messages',
      version: V,
      query: { lastMessageId: opt.string(), limit: opt.string(), type: opt.stringArray() },
      handler: ({ params, query, own }) => {
        own(summary(params.conversationId), 'Conversation not found');
        let all = messagesOf(params.conversationId);
        if (query.type) all = all.filter((m) => query.type!.includes(m.messageType));
        const start = query.lastMessageId ? all.findIndex((m) => m.id === query.lastMessageId) + 1 : 0;
        const limit = intParam(query.limit, PAGE, 'limit', 100);
        const page = all.slice(start, start + limit);
        return { lastMessageId: page[page.length - 1]?.id ?? '', nextPage: start + limit < all.length, messages: page.map(messageOut) };
      },
    }),
    route({
      method: 'GET',
      path: '/conversations/messages/{id}',
      version: V,
      handler: ({ params, own }) => messageOut(ownMessage(params.id, own)),
    }),
    route({
      method: 'GET',
      path: '/conversations/messages/email/{id}',
      version: V,
      handler: ({ params, own }) => {
        const m = own(
          [...store.messages.values()].find((x) => x.messageType === 'TYPE_EMAIL' && (x.id === params.id || x.meta?.email?.messageIds.includes(params.id))),
          'Email not found',
        );
        const contact = store.contacts.get(m.contactId);
        const location = store.locations.get(m.locationId);
        const ours = location?.email ?? 'frontdesk@example.com';
        const theirs = contact?.email ?? 'patient@example.com';
        return compact({
          id: m.meta?.email?.messageIds[0] ?? m.id,
          altId: m.id,
          threadId: m.meta?.email?.messageIds[0] ?? m.id,
          locationId: m.locationId,
          contactId: m.contactId,
          conversationId: m.conversationId,
          dateAdded: m.dateAdded,
          subject: m.direction === 'outbound' ? `A message from ${location?.name ?? 'us'}` : 'Question about my visit',
          body: m.body ?? '',
          direction: m.direction,
          status: m.status,
          contentType: m.contentType,
          attachments: [...m.attachments],
          provider: 'Leadconnector Gmail',
          from: m.direction === 'outbound' ? ours : theirs,
          to: [m.direction === 'outbound' ? theirs : ours],
          cc: [],
          bcc: [],
          source: m.source,
        });
      },
    }),
    route({
      method: 'GET',
      path: '/conversations/messages/{messageId}/locations/{locationId}/recording',
      version: V,
      handler: ({ params, reply, ownLocation }) => {
        const m = callMessage(params.messageId, params.locationId, ownLocation);
        reply.header('Content-Type', 'audio/x-wav').header('Content-Disposition', `attachment; filename="${m.id}.wav"`);
        return silentWav();
      },
    }),
    route({
      method: 'GET',
      path: '/conversations/locations/{locationId}/messages/{messageId}/transcription',
      version: V,
      handler: ({ params, ownLocation }) => transcript(callMessage(params.messageId, params.locationId, ownLocation)),
    }),
    route({
      method: 'GET',
      path: '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
      version: V,
      handler: ({ params, reply, ownLocation }) => {
        const m = callMessage(params.messageId, params.locationId, ownLocation);
        reply.header('Content-Type', 'text/plain; charset=utf-8').header('Content-Disposition', `attachment; filename="${m.id}-transcription.txt"`);
        return transcript(m).map((s) => `[${s.startTime}s-${s.endTime}s] ${s.transcript}`).join('\n');
      },
    }),
    route({
      method: 'PUT',
      path: '/conversations/messages/{messageId}/status',
      version: V,
      body: { status: req.string({ enum: STATUSES }), error: opt.unknown(), emailMessageId: opt.string(), recipients: opt.stringArray() },
      handler: ({ params, body, own }) => {
        const m = ownMessage(params.messageId, own);
        m.status = body.status;
        m.dateUpdated = store.now();
        return compact({ conversationId: m.conversationId, messageId: m.id, emailMessageId: body.emailMessageId, status: m.status });
      },
    }),
    route({
      method: 'POST',
      path: '/conversations/providers/live-chat/typing',
      version: V,
      status: 201,
      body: { locationId: req.string(), isTyping: req.string({ enum: ['true', 'false'] as const }), visitorId: req.string(), conversationId: req.string() },
      handler: ({ body, own, ownLocation }) => {
        ownLocation(body.locationId);
        own(summary(body.conversationId), 'Conversation not found');
        return { success: true };
      },
    }),
  ];
}
