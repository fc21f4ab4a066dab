import { ApiError, badRequest, compact, intParam, notFound, opt, req, route, unprocessable, V_2021_04_15 as C, V_2021_07_28 as V, type Route, type World } from '../http';
import { newId, newObjectId, seededIds } from '../ids';
import { formOf, partsOf } from '../multipart';
import type { MessageRecord } from '../store';

/**
 * Sending and recording messages (Version 2021-04-15), the media library and email templates
 * (2021-07-28).
 * - POST /conversations/messages: stores the message in the contact's conversation (a new one
 *   when the contact has none); with `scheduledTimestamp` it is `scheduled` until cancelled
 *   (the sandbox never sends it). Email answers carry an `emailMessageId`.
 * - DELETE .../{messageId}/schedule and .../email/{emailMessageId}/schedule: 200 with
 *   `{ status: 200 }` for a scheduled message, and HighLevel's 200 with `{ status: 404 }` when
 *   it is not (or no longer) scheduled.
 * - POST /conversations/messages/inbound and /outbound (calls) add a message to a conversation;
 *   POST /conversations/ opens one for a contact (the contact's existing one if it has one).
 * - PUT /conversations/{id} (unread count, star: answered, kept here), DELETE (its messages go),
 *   PUT .../{messageId}/attachments (call messages only, 5 links), the Google review reply.
 * - POST /conversations/messages/upload (multipart, files under `fileAttachment`) answers
 *   `{ uploadedFiles: { name: url } }`.
 * - /medias: files and folders in memory (not persisted), newest first by default; uploads are
 *   multipart (`file`, or `hosted` + `fileUrl`), 25 MB at most.
 * - /emails/builder: templates in memory; the list answers `{ builders, total }`.
 */

const TYPES: Record<string, { type: number; messageType: string; contentType: string }> = {
  SMS: { type: 2, messageType: 'TYPE_SMS', contentType: 'text/plain' },
  RCS: { type: 2, messageType: 'TYPE_RCS', contentType: 'text/plain' },
  Email: { type: 3, messageType: 'TYPE_EMAIL', contentType: 'text/html' },
  WhatsApp: { type: 19, messageType: 'TYPE_WHATSAPP', contentType: 'text/plain' },
  IG: { type: 18, messageType: 'TYPE_INSTAGRAM', contentType: 'text/plain' },
  FB: { type: 11, messageType: 'TYPE_FACEBOOK', contentType: 'text/plain' },
  GMB: { type: 15, messageType: 'TYPE_GMB', contentType: 'text/plain' },
  Custom: { type: 2, messageType: 'TYPE_CUSTOM_PROVIDER_SMS', contentType: 'text/plain' },
  Live_Chat: { type: 29, messageType: 'TYPE_LIVE_CHAT', contentType: 'text/plain' },
  TIKTOK: { type: 36, messageType: 'TYPE_TIKTOK', contentType: 'text/plain' },
  Call: { type: 1, messageType: 'TYPE_CALL', contentType: 'text/plain' },
};
const SEND_TYPES = ['SMS', 'RCS', 'Email', 'WhatsApp', 'IG', 'FB', 'Custom', 'Live_Chat', 'TIKTOK'] as const;
const INBOUND_TYPES = ['SMS', 'RCS', 'Email', 'WhatsApp', 'GMB', 'IG', 'FB', 'Custom', 'WebChat', 'Live_Chat', 'Call', 'IVR_Call', 'Campaign_Call', 'Campaign_VoiceMail', 'TIKTOK', 'ALL_IN_ONE_CHAT', 'FORM_SUBMISSION'] as const;
const MAX_MEDIA_BYTES = 25 * 1024 * 1024;

interface MediaRecord {
  _id: string;
  altId: string;
  altType: 'location';
  name: string;
  parentId?: string;
  type: 'file' | 'folder';
  url?: string;
  path?: string;
  contentType?: string;
  size?: number;
  createdAt: string;
  updatedAt: string;
}

interface TemplateRecord {
  id: string;
  locationId: string;
  name: string;
  templateType: string;
  isPlainText: boolean;
  updatedBy?: string;
  dateAdded: string;
  lastUpdated: string;
  previewUrl: string;
  version: string;
}

export function messagingRoutes({ store, baseUrl }: World): Route[] {
  const openConversations = new Map<string, { id: string; locationId: string; contactId: string }>();
  const media = new Map<string, MediaRecord>();
  const templates = new Map<string, TemplateRecord>();
  /** Unread count and star set through PUT /conversations/{id} (the lookups derive their own). */
  const flags = new Map<string, { unreadCount: number; starred: boolean }>();

  const contactOf = (contactId: string, own: <T extends { locationId: string }>(r: T | undefined, m: string) => T) => own(store.contacts.get(contactId), 'Contact not found');
  const conversationOfContact = (locationId: string, contactId: string): string => {
    const existing = [...store.messages.values()].find((m) => m.contactId === contactId && m.locationId === locationId)?.conversationId
      ?? [...openConversations.values()].find((c) => c.contactId === contactId && c.locationId === locationId)?.id;
    return existing ?? newId();
  };
  const conversation = (id: string) => {
    const m = [...store.messages.values()].find((x) => x.conversationId === id);
    return m ? { id, locationId: m.locationId, contactId: m.contactId } : openConversations.get(id);
  };
  const add = (m: Omit<MessageRecord, 'id' | 'dateAdded' | 'dateUpdated'> & { dateAdded?: string }): MessageRecord => {
    const now = store.now();
    const record: MessageRecord = { ...m, id: newId(), dateAdded: m.dateAdded ?? now, dateUpdated: now };
    store.messages.set(record.id, record);
    return record;
  };
  const fileUrl = (name: string) => `${baseUrl()}/files/${newObjectId()}/${encodeURIComponent(name)}`;

  // Demo library and templates of every location: a folder with a brochure in it, a logo, a template.
  for (const loc of store.locations.values()) {
    const ids = seededIds(`media:${loc.id}`);
    const at = (daysAgo: number) => new Date(Date.parse(store.now()) - daysAgo * 86_400_000).toISOString();
    const folder: MediaRecord = { _id: ids.objectId(), altId: loc.id, altType: 'location', name: 'Brochures', type: 'folder', createdAt: at(30), updatedAt: at(30) };
    const brochure: MediaRecord = { _id: ids.objectId(), altId: loc.id, altType: 'location', name: 'spring-catalogue.pdf', parentId: folder._id, type: 'file', url: `https://storage.googleapis.com/msgsndr/${loc.id}/media/spring-catalogue.pdf`, path: 'Brochures/spring-catalogue.pdf', contentType: 'application/pdf', size: 482133, createdAt: at(20), updatedAt: at(20) };
    const logo: MediaRecord = { _id: ids.objectId(), altId: loc.id, altType: 'location', name: 'logo.png', type: 'file', url: `https://storage.googleapis.com/msgsndr/${loc.id}/media/logo.png`, path: 'logo.png', contentType: 'image/png', size: 20480, createdAt: at(10), updatedAt: at(10) };
    for (const m of [folder, brochure, logo]) media.set(m._id, m);
    const tid = ids.objectId();
    templates.set(tid, { id: tid, locationId: loc.id, name: 'Appointment Reminder', templateType: 'builder', isPlainText: false, updatedBy: 'Front Desk', dateAdded: at(40), lastUpdated: at(5), previewUrl: `https://preview.example.com/${tid}`, version: '2' });
  }

  return [
    route({
      method: 'POST',
      path: '/conversations/messages',
      version: C,
      body: {
        type: req.string({ enum: SEND_TYPES }), contactId: req.string(), message: opt.string(), html: opt.string(), subject: opt.string(), attachments: opt.stringArray(),
        emailCc: opt.stringArray(), emailBcc: opt.stringArray(), scheduledTimestamp: opt.number(), conversationProviderId: opt.string(), replyMessageId: opt.string(), threadId: opt.string(),
      },
      handler: ({ body, own }) => {
        const contact = contactOf(body.contactId, own);
        if (body.type === 'SMS' && !contact.phone) throw badRequest('Contact has no phone number');
        if (body.type === 'Email' && !contact.email) throw badRequest('Contact has no email address');
        if (body.type === 'Custom' && !body.conversationProviderId) throw badRequest('conversationProviderId is required for custom provider messages');
        if (body.message === undefined && body.html === undefined && !body.attachments?.length) throw unprocessable(['message should not be empty']);
        if (body.replyMessageId && !store.messages.has(body.replyMessageId)) throw notFound('Message to reply to not found');
        const scheduled = body.scheduledTimestamp !== undefined;
        const kind = TYPES[body.type]!;
        const m = add({
          ...kind, locationId: contact.locationId, contactId: contact.id, conversationId: conversationOfContact(contact.locationId, contact.id),
          body: body.html ?? body.message ?? '', direction: 'outbound', status: scheduled ? 'scheduled' : 'pending', attachments: body.attachments ?? [], source: 'api',
          ...(body.type === 'Email' ? { meta: { email: { messageIds: [newId()] } } } : {}),
        });
        return compact({ conversationId: m.conversationId, messageId: m.id, emailMessageId: m.meta?.email?.messageIds[0], status: 'pending', ...(scheduled ? { msg: 'Message scheduled' } : {}) });
      },
    }),
    route({
      method: 'DELETE',
      path: '/conversations/messages/{messageId}/schedule',
      version: C,
      handler: ({ params, own }) => {
        const m = own(store.messages.get(params.messageId), 'Message not found');
        if (m.status !== 'scheduled') return { status: 404, message: 'Failed cancel the scheduled message' };
        store.messages.delete(m.id);
        return { status: 200, message: 'Scheduled message cancelled' };
      },
    }),
    route({
      method: 'DELETE',
      path: '/conversations/messages/email/{emailMessageId}/schedule',
      version: C,
      handler: ({ params, own }) => {
        const found = [...store.messages.values()].find((x) => x.meta?.email?.messageIds.includes(params.emailMessageId));
        const m = own(found, 'Email message not found');
        if (m.status !== 'scheduled') return { status: 404, message: 'Failed cancel the scheduled email message' };
        store.messages.delete(m.id);
        return { status: 200, message: 'Scheduled email message cancelled' };
      },
    }),
    ...(['inbound', 'outbound'] as const).map((direction) =>
      route({
        method: 'POST',
        path: `/conversations/messages/${direction}`,
        version: C,
        body: {
          type: req.string({ enum: direction === 'inbound' ? INBOUND_TYPES : (['Call'] as const) }), conversationId: req.string(), conversationProviderId: req.string(),
          ...(direction === 'inbound' ? { contactId: req.string() } : {}),
          message: opt.string(), html: opt.string(), attachments: opt.stringArray(), date: opt.string(), altId: opt.string(), call: opt.object(),
        },
        handler: ({ body, rawBody, own }) => {
          const c = own(conversation(body.conversationId), 'Conversation not found');
          const contactId = typeof rawBody.contactId === 'string' ? rawBody.contactId : c.contactId;
          if (contactId !== c.contactId) throw badRequest('The contact is not the conversation\'s contact');
          const call = (body.call ?? {}) as { status?: string };
          const kind = TYPES[body.type] ?? TYPES.Custom!;
          const m = add({
            ...kind, locationId: c.locationId, contactId, conversationId: c.id, body: body.html ?? body.message ?? '', direction, status: 'delivered', attachments: body.attachments ?? [], source: 'api',
            ...(body.type === 'Email' ? { meta: { email: { messageIds: [newId()] } } } : body.type === 'Call' && call.status ? { meta: { callStatus: call.status } } : {}),
            ...(body.date ? { dateAdded: new Date(body.date).toISOString() } : {}),
          });
          return compact({ success: true, conversationId: c.id, messageId: m.id, message: 'Message added', contactId, dateAdded: m.dateAdded, emailMessageId: m.meta?.email?.messageIds[0] });
        },
      }),
    ),
    route({
      method: 'POST',
      path: '/conversations/',
      version: C,
      status: 201,
      body: { locationId: req.string(), contactId: req.string() },
      handler: ({ body, own, ownLocation }) => {
        ownLocation(body.locationId);
        const contact = contactOf(body.contactId, own);
        const id = conversationOfContact(body.locationId, contact.id);
        if (!conversation(id)) openConversations.set(id, { id, locationId: body.locationId, contactId: contact.id });
        return { success: true, conversation: { id, dateUpdated: Date.parse(store.now()), dateAdded: Date.parse(store.now()), deleted: false, contactId: contact.id, locationId: body.locationId, lastMessageDate: Date.parse(store.now()) } };
      },
    }),
    route({
      method: 'PUT',
      path: '/conversations/{conversationId}',
      version: C,
      body: { locationId: req.string(), unreadCount: opt.number({ min: 0 }), starred: opt.boolean(), feedback: opt.object() },
      handler: ({ params, body, own, ownLocation }) => {
        ownLocation(body.locationId);
        const c = own(conversation(params.conversationId), 'Conversation not found');
        const was = flags.get(c.id) ?? { unreadCount: 0, starred: false };
        const state = { unreadCount: body.unreadCount ?? was.unreadCount, starred: body.starred ?? was.starred };
        flags.set(c.id, state);
        return { success: true, conversation: { id: c.id, contactId: c.contactId, locationId: c.locationId, deleted: false, inbox: true, type: 1, ...state } };
      },
    }),
    route({
      method: 'DELETE',
      path: '/conversations/{conversationId}',
      version: C,
      handler: ({ params, own }) => {
        const c = own(conversation(params.conversationId), 'Conversation not found');
        for (const m of [...store.messages.values()]) if (m.conversationId === c.id) store.messages.delete(m.id);
        openConversations.delete(c.id);
        return { success: true };
      },
    }),
    route({
      method: 'PUT',
      path: '/conversations/messages/{messageId}/attachments',
      version: C,
      body: { attachments: req.stringArray() },
      handler: ({ params, body, own }) => {
        const m = own(store.messages.get(params.messageId), 'Message not found');
        if (m.type !== 1) throw badRequest('Attachments can only be set on call messages');
        if (body.attachments.length > 5) throw unprocessable(['attachments must contain no more than 5 elements']);
        m.attachments = [...body.attachments];
        m.dateUpdated = store.now();
        return '';
      },
    }),
    route({
      method: 'POST',
      path: '/conversations/messages/review-reply',
      version: C,
      body: { conversationId: req.string(), locationId: req.string(), message: req.string() },
      handler: ({ body, own, ownLocation }) => {
        ownLocation(body.locationId);
        const c = own(conversation(body.conversationId), 'Conversation not found');
        const m = add({ type: 15, messageType: 'TYPE_REVIEW', contentType: 'text/plain', locationId: c.locationId, contactId: c.contactId, conversationId: c.id, body: body.message, direction: 'outbound', status: 'delivered', attachments: [], source: 'api' });
        return { conversationId: c.id, messageId: m.id, status: 'delivered' };
      },
    }),
    route({
      method: 'POST',
      path: '/conversations/messages/upload',
      version: C,
      handler: ({ rawBody, own, ownLocation }) => {
        const { fields, files } = formOf(partsOf(rawBody));
        const missing = ['conversationId', 'contactId', 'locationId'].filter((k) => !fields[k]);
        if (missing.length) throw unprocessable(missing.map((k) => `${k} should not be empty`));
        ownLocation(fields.locationId!);
        contactOf(fields.contactId!, own);
        const uploads = files.filter((f) => f.name === 'fileAttachment');
        if (!uploads.length) throw badRequest('No files found under fileAttachment');
        return { uploadedFiles: Object.fromEntries(uploads.map((f) => [f.filename ?? 'file', fileUrl(f.filename ?? 'file')])) };
      },
    }),
    route({
      method: 'GET',
      path: '/medias/files',
      version: V,
      query: {
        sortBy: req.string(), sortOrder: req.string({ enum: ['asc', 'desc'] as const }), type: req.string({ enum: ['file', 'folder'] as const }), altType: req.string({ enum: ['location'] as const }), altId: req.string(),
        offset: opt.string(), limit: opt.string(), query: opt.string(), parentId: opt.string(), fetchAll: opt.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        const q = query.query?.toLowerCase();
        const key = query.sortBy === 'name' ? 'name' : query.sortBy === 'updatedAt' ? 'updatedAt' : 'createdAt';
        const dir = query.sortOrder === 'asc' ? 1 : -1;
        const all = [...media.values()]
          .filter((m) => m.altId === query.altId && m.type === query.type)
          .filter((m) => query.fetchAll === 'true' || (query.parentId ? m.parentId === query.parentId : true))
          .filter((m) => !q || m.name.toLowerCase().includes(q))
          .sort((a, b) => a[key].localeCompare(b[key]) * dir || (a._id < b._id ? dir : -dir));
        const offset = intParam(query.offset, 0, 'offset');
        return { files: all.slice(offset, offset + intParam(query.limit, 20, 'limit', 100)) };
      },
    }),
    route({
      method: 'POST',
      path: '/medias/upload-file',
      version: V,
      handler: ({ rawBody, auth }) => {
        const { fields, files } = formOf(partsOf(rawBody));
        const file = files.find((f) => f.name === 'file');
        const hosted = fields.hosted === 'true';
        if (hosted && !fields.fileUrl) throw unprocessable(['fileUrl is required when hosted is true']);
        if (!hosted && !file) throw unprocessable(['file is required']);
        if (file && file.data.length > MAX_MEDIA_BYTES) throw new ApiError(413, { statusCode: 413, message: 'File too large: 25 MB at most', error: 'Payload Too Large' });
        if (fields.parentId && media.get(fields.parentId)?.type !== 'folder') throw notFound('Parent folder not found');
        const name = fields.name ?? file?.filename ?? 'file';
        const now = store.now();
        const id = newObjectId();
        const url = hosted ? fields.fileUrl! : fileUrl(name);
        media.set(id, compact({ _id: id, altId: auth.locationId, altType: 'location' as const, name, parentId: fields.parentId, type: 'file' as const, url, path: name, contentType: file?.contentType, size: file?.data.length, createdAt: now, updatedAt: now }));
        return { fileId: id, url };
      },
    }),
    route({
      method: 'DELETE',
      path: '/medias/{id}',
      version: V,
      query: { altType: req.string({ enum: ['location'] as const }), altId: req.string() },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(query.altId);
        const m = media.get(params.id);
        if (!m || m.altId !== query.altId) throw notFound('File not found');
        media.delete(m._id);
        for (const child of media.values()) if (child.parentId === m._id) media.delete(child._id);
        return {};
      },
    }),
    route({
      method: 'POST',
      path: '/medias/{id}',
      version: V,
      body: { name: req.string(), altType: req.string({ enum: ['location'] as const }), altId: req.string() },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(body.altId);
        const m = media.get(params.id);
        if (!m || m.altId !== body.altId) throw notFound('File not found');
        m.name = body.name;
        m.updatedAt = store.now();
        return {};
      },
    }),
    route({
      method: 'POST',
      path: '/medias/folder',
      version: V,
      body: { altId: req.string(), altType: req.string({ enum: ['location'] as const }), name: req.string(), parentId: opt.string() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.altId);
        if (body.parentId && media.get(body.parentId)?.type !== 'folder') throw notFound('Parent folder not found');
        const now = store.now();
        const folder: MediaRecord = compact({ _id: newObjectId(), altId: body.altId, altType: 'location' as const, name: body.name, parentId: body.parentId, type: 'folder' as const, createdAt: now, updatedAt: now });
        media.set(folder._id, folder);
        return { ...folder, deleted: false, pendingUpload: false, isPrivate: false };
      },
    }),
    route({
      method: 'GET',
      path: '/emails/builder',
      version: V,
      query: { locationId: req.string(), limit: opt.string(), offset: opt.string(), search: opt.string(), sortByDate: opt.string({ enum: ['asc', 'desc'] as const }), archived: opt.string(), builderVersion: opt.string(), name: opt.string(), parentId: opt.string(), originId: opt.string(), templatesOnly: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const q = (query.search ?? query.name)?.toLowerCase();
        const dir = query.sortByDate === 'asc' ? 1 : -1;
        const all = [...templates.values()].filter((t) => t.locationId === query.locationId && (!q || t.name.toLowerCase().includes(q))).sort((a, b) => a.dateAdded.localeCompare(b.dateAdded) * dir);
        const offset = intParam(query.offset, 0, 'offset');
        return { builders: all.slice(offset, offset + intParam(query.limit, 10, 'limit', 100)), total: all.length };
      },
    }),
    route({
      method: 'DELETE',
      path: '/emails/builder/{locationId}/{templateId}',
      version: V,
      handler: ({ params, ownLocation }) => {
        ownLocation(params.locationId);
        const t = templates.get(params.templateId);
        if (!t || t.locationId !== params.locationId) throw notFound('Template not found');
        templates.delete(t.id);
        return { ok: 'true', traceId: newId() };
      },
    }),
  ];
}
