import { dateRange } from '../date-range';
import { badRequest, clone, compact, opt, req, route, V_2021_04_15 as V, type Route, type World } from '../http';
import type { MessageChannel, MessageRecord } from '../store';

/**
 * Conversations (Version 2021-04-15): the location's message export, newest or oldest first by
 * creation or update time, paged by an opaque cursor (base64 JSON of the last item's sort value
 * and id, the form of the spec's example). Without `channel` every message type except email is
 * exported (the spec: "all non-email message types"); a channel takes its message types
 * (SMS: TYPE_SMS and the campaign/custom SMS types, ...).
 */

const CHANNELS = ['Call', 'SMS', 'Email', 'WhatsApp', 'Instagram', 'Facebook'] as const satisfies readonly MessageChannel[];

const CHANNEL_TYPES: Record<MessageChannel, readonly string[]> = {
  Call: ['TYPE_CALL', 'TYPE_CAMPAIGN_CALL', 'TYPE_CAMPAIGN_MANUAL_CALL', 'TYPE_CAMPAIGN_VOICEMAIL', 'TYPE_IVR_CALL', 'TYPE_CUSTOM_CALL'],
  SMS: ['TYPE_SMS', 'TYPE_CAMPAIGN_SMS', 'TYPE_CAMPAIGN_MANUAL_SMS', 'TYPE_CUSTOM_SMS', 'TYPE_CUSTOM_PROVIDER_SMS'],
  Email: ['TYPE_EMAIL', 'TYPE_CAMPAIGN_EMAIL', 'TYPE_CUSTOM_EMAIL', 'TYPE_CUSTOM_PROVIDER_EMAIL'],
  WhatsApp: ['TYPE_WHATSAPP'],
  Instagram: ['TYPE_INSTAGRAM'],
  Facebook: ['TYPE_FACEBOOK', 'TYPE_CAMPAIGN_FACEBOOK'],
};

const DEFAULT_LIMIT = 100;

interface Cursor {
  lastSort: [number];
  lastId: string;
}

/** Order by the sort time, then by id (so equal times page without loss or repeat). */
const compare = (a: { t: number; id: string }, b: { t: number; id: string }): number => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify({ pitId: 'sandbox', ...c })).toString('base64');

function decodeCursor(value: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as Partial<Cursor>;
    if (Array.isArray(c.lastSort) && typeof c.lastSort[0] === 'number' && typeof c.lastId === 'string') return { lastSort: [c.lastSort[0]], lastId: c.lastId };
  } catch {
    // falls through to the error below
  }
  throw badRequest('Invalid cursor');
}

/** A message as the export answers it (the spec's item: no update time). */
const exported = (m: MessageRecord) =>
  compact({
    id: m.id,
    type: m.type,
    messageType: m.messageType,
    locationId: m.locationId,
    contactId: m.contactId,
    conversationId: m.conversationId,
    dateAdded: m.dateAdded,
    body: m.body,
    direction: m.direction,
    status: m.status,
    contentType: m.contentType,
    attachments: [...m.attachments],
    meta: m.meta ? clone(m.meta) : undefined,
    source: m.source,
    userId: m.userId,
  });

export function conversationRoutes({ store }: World): Route[] {
  return [
    route({
      method: 'GET',
      path: '/conversations/messages/export',
      version: V,
      query: {
        locationId: req.string(),
        limit: opt.number({ min: 10, max: 500 }),
        cursor: opt.string(),
        sortBy: opt.string({ enum: ['createdAt', 'updatedAt'] as const }),
        sortOrder: opt.string({ enum: ['asc', 'desc'] as const }),
        conversationId: opt.string(),
        contactId: opt.string(),
        channel: opt.string({ enum: CHANNELS }),
        startDate: opt.string(),
        endDate: opt.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const limit = query.limit ?? DEFAULT_LIMIT;
        const dir = query.sortOrder === 'asc' ? 1 : -1;
        const sortOf = (m: MessageRecord) => Date.parse(query.sortBy === 'updatedAt' ? m.dateUpdated : m.dateAdded);
        const types = query.channel ? new Set(CHANNEL_TYPES[query.channel]) : undefined;
        const inRange = dateRange({ start: ['startDate', query.startDate], end: ['endDate', query.endDate] });
        const all = [...store.messages.values()]
          .filter((m) => m.locationId === query.locationId)
          .filter((m) => (types ? types.has(m.messageType) : !CHANNEL_TYPES.Email.includes(m.messageType)))
          .filter((m) => !query.conversationId || m.conversationId === query.conversationId)
          .filter((m) => !query.contactId || m.contactId === query.contactId)
          .filter((m) => inRange(m.dateAdded))
          .map((m) => ({ t: sortOf(m), id: m.id, m }))
          .sort((a, b) => compare(a, b) * dir);

        let start = 0;
        if (query.cursor) {
          const { lastSort, lastId } = decodeCursor(query.cursor);
          const idx = all.findIndex((x) => compare(x, { t: lastSort[0], id: lastId }) * dir > 0);
          start = idx === -1 ? all.length : idx;
        }
        const page = all.slice(start, start + limit);
        const last = page[page.length - 1];
        const more = start + page.length < all.length;
        return {
          messages: page.map((x) => exported(x.m)),
          nextCursor: more && last ? encodeCursor({ lastSort: [last.t], lastId: last.m.id }) : null,
          total: all.length,
        };
      },
    }),
  ];
}
