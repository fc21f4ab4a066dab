/**
 * The relay's client-facing contract: what the Zapier app (or any subscriber) sends to the relay's
 * subscriptions API and what it gets back, and what a delivery to a hook URL looks like.
 * This file has no imports and no dependencies, so the app may import its types (and these few
 * constant lists) without pulling the relay in.
 *
 * Authentication: every subscriptions API request carries `Authorization: Bearer <the user's
 * HighLevel access token>`. The path names the tenant the token is for; the relay proves it with
 * one HighLevel call (GET /locations/{id} or GET /companies/{id}) and never stores the token.
 *
 *   POST   /v1/{scope}/{tenantId}/subscriptions             SubscribeRequest -> 201 SubscribeResponse
 *   GET    /v1/{scope}/{tenantId}/subscriptions             -> 200 ListSubscriptionsResponse
 *   DELETE /v1/{scope}/{tenantId}/subscriptions/{id}        -> 204 (404 when not this tenant's)
 *   GET    /v1/{scope}/{tenantId}/events?type=T&limit=N     -> 200 RecentEventsResponse (newest first)
 *   where {scope} is `locations` (a sub-account token) or `companies` (an agency token).
 *
 * Errors: `{ error: { code, message, field? } }` (RelayErrorBody), 400 naming the field for bad
 * input, 401 when HighLevel does not accept the token for that tenant, 404 for a subscription that
 * does not exist for the tenant (another tenant's looks exactly like a missing one).
 *
 * Delivery: the relay POSTs the HighLevel event, unchanged (HighLevel's flat payload: `type`,
 * `locationId`, the record's fields, `webhookId`, `timestamp`), as JSON to the subscription's
 * target URL, with the headers in DELIVERY_HEADERS. Contact events may carry two keys more, the
 * relay's tag diff (TagDiffFields): always on ContactTagUpdate, on ContactCreate / ContactUpdate
 * when a tag changed. One (event, subscription) pair has one
 * delivery id, the same on every attempt: a receiver that sees it twice may drop the repeat.
 */

/** The HighLevel event types a subscription may name (docs/webhook-events, plus newer ones). */
export const EVENT_TYPES = [
  'AppointmentCreate', 'AppointmentDelete', 'AppointmentUpdate',
  'AssociationCreate', 'AssociationDelete', 'AssociationUpdate',
  'CampaignStatusUpdate',
  'ContactCreate', 'ContactDelete', 'ContactDndUpdate', 'ContactTagUpdate', 'ContactUpdate',
  'ConversationUnreadUpdate', 'InboundMessage', 'OutboundMessage', 'ProviderOutboundMessage',
  'InvoiceCreate', 'InvoiceDelete', 'InvoicePaid', 'InvoicePartiallyPaid', 'InvoiceSent',
  'InvoiceUpdate', 'InvoiceVoid',
  'LCEmailStats', 'LocationCreate', 'LocationUpdate',
  'NoteCreate', 'NoteDelete', 'NoteUpdate',
  'ObjectSchemaCreate', 'ObjectSchemaUpdate',
  'OpportunityAssignedToUpdate', 'OpportunityCreate', 'OpportunityDelete',
  'OpportunityMonetaryValueUpdate', 'OpportunityStageUpdate', 'OpportunityStatusUpdate',
  'OpportunityUpdate',
  'OrderCreate', 'OrderStatusUpdate',
  'PriceCreate', 'PriceDelete', 'PriceUpdate', 'ProductCreate', 'ProductDelete', 'ProductUpdate',
  'RecordCreate', 'RecordDelete', 'RecordUpdate', 'RelationCreate', 'RelationDelete',
  'TaskComplete', 'TaskCreate', 'TaskDelete',
  'UserCreate', 'UserUpdate', 'UserDelete',
  'VoiceAiCallEnd', 'SaaSPlanCreate',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const isEventType = (v: unknown): v is EventType => typeof v === 'string' && (EVENT_TYPES as readonly string[]).includes(v);

/**
 * App lifecycle events: the relay acts on them (INSTALL maps a location to its agency, UNINSTALL
 * deletes the tenant's subscriptions and events); they cannot be subscribed to.
 */
export const LIFECYCLE_EVENT_TYPES = ['INSTALL', 'UNINSTALL', 'PLAN_CHANGE', 'ExternalAuthConnected'] as const;

/**
 * Filters a subscription may set; an event passes when every filter set matches (AND).
 * - pipelineId, pipelineStageId, status, assignedTo, contactId: the event's field of that name
 *   (appointments: appointment.appointmentStatus, appointment.assignedUserId, appointment.contactId)
 * - tag: the event's `tags` contains it (ContactCreate/Update/TagUpdate/Delete); with tagChange,
 *   the changed tags of that side contain it instead
 * - tagChange ('added' | 'removed'): the event's `tagsAdded` / `tagsRemoved` is not empty (the
 *   relay's tag diff: Tag Added / Removed subscriptions)
 * - calendarId: appointment.calendarId
 * - messageType (the channel: SMS, Email, Call, ...), direction (inbound/outbound): message events
 * - objectKey: custom object events
 * - productId: price events (the price's `product`)
 * - associationId: relation events
 * - emailEvent: LCEmailStats (webhookPayload.event: delivered, opened, clicked, ...)
 * - locationId: for agency subscriptions, only events of this location
 */
export const FILTER_KEYS = [
  'pipelineId', 'pipelineStageId', 'status', 'assignedTo', 'contactId', 'tag', 'calendarId',
  'messageType', 'direction', 'objectKey', 'productId', 'associationId', 'emailEvent', 'locationId', 'tagChange',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The values of the tagChange filter. */
export const TAG_CHANGES = ['added', 'removed'] as const;
export type TagChange = (typeof TAG_CHANGES)[number];
export const isTagChange = (v: unknown): v is TagChange => typeof v === 'string' && (TAG_CHANGES as readonly string[]).includes(v);
export type SubscriptionFilters = Partial<Record<FilterKey, string>>;

export type TenantScope = 'locations' | 'companies';

export interface SubscribeRequest {
  /** The per-Zap hook URL (bundle.targetUrl); must be on an allowed host (hooks.zapier.com). */
  targetUrl: string;
  eventType: EventType;
  filters?: SubscriptionFilters;
}

export interface Subscription {
  id: string;
  eventType: EventType;
  /** Only the host of the target URL is shown back (the full URL is a capability). */
  targetHost: string;
  filters: SubscriptionFilters;
  createdAt: string;
}

export interface SubscribeResponse {
  subscription: Subscription;
}

export interface ListSubscriptionsResponse {
  subscriptions: Subscription[];
}

/** A stored HighLevel event as received (flat payload), newest first. */
export type RelayEvent = { type: string; webhookId: string; locationId?: string } & Record<string, unknown>;

/** What the relay adds to a contact event: the tags changed since the last event it saw for the contact. */
export interface TagDiffFields {
  tagsAdded: string[];
  tagsRemoved: string[];
}

export interface RecentEventsResponse {
  events: RelayEvent[];
}

export interface RelayErrorBody {
  error: { code: string; message: string; field?: string };
}

/** Headers on every delivery POST. */
export const DELIVERY_HEADERS = {
  /** Stable per (event, subscription): the same value on every retry. */
  deliveryId: 'idempotency-key',
  subscriptionId: 'x-relay-subscription-id',
  eventType: 'x-relay-event-type',
  attempt: 'x-relay-attempt',
} as const;

/** Paths of the subscriptions API, relative to the relay's base URL. */
export const relayPaths = {
  subscriptions: (scope: TenantScope, tenantId: string): string => `/v1/${scope}/${encodeURIComponent(tenantId)}/subscriptions`,
  subscription: (scope: TenantScope, tenantId: string, id: string): string =>
    `/v1/${scope}/${encodeURIComponent(tenantId)}/subscriptions/${encodeURIComponent(id)}`,
  events: (scope: TenantScope, tenantId: string, type?: EventType, limit?: number): string => {
    const q = [type ? `type=${encodeURIComponent(type)}` : '', limit ? `limit=${limit}` : ''].filter(Boolean).join('&');
    return `/v1/${scope}/${encodeURIComponent(tenantId)}/events${q ? `?${q}` : ''}`;
  },
  /** The marketplace app's webhook URL path (set it in the app's webhook settings). */
  ingress: '/webhooks/highlevel',
} as const;
