/**
 * HighLevel's webhook event payloads, built from the sandbox's records: the ONE place that knows
 * their shapes (docs/webhook-events/*.md of HighLevel's API docs; WEBHOOKS.md, FACTS.md). A shape
 * learned from a real payload is one edit here; `test/sandbox/webhooks.test.ts` checks every
 * payload against the docs' schemas when they are present.
 *
 * `eventsOf(changes)` turns what one request changed (journal.ts) into the events HighLevel sends
 * for it, in order. Decisions where the docs say nothing:
 * - A contact edit sends ContactTagUpdate when its tags changed, ContactDndUpdate when `dnd` or
 *   `dndSettings` did, and ContactUpdate when anything else did (several when several changed).
 * - An opportunity edit sends OpportunityUpdate plus one event per specific change (stage, status,
 *   assignee, value), and a delete sends OpportunityDelete then OpportunityUpdate (FACTS.md #27).
 * - TaskCreate carries no contactId and no body (FACTS.md, docs issue #332); TaskComplete is sent
 *   when `completed` turns true; other task edits send nothing (no TaskUpdate event exists).
 * - Invoice and order events carry `type` and `locationId` (the docs' examples show neither, but
 *   every event is flat with both per WEBHOOKS.md, and a receiver needs them); an invoice's status
 *   change sends InvoiceSent / InvoicePaid / InvoicePartiallyPaid / InvoiceVoid, other edits
 *   InvoiceUpdate.
 * - Messages: creating one sends InboundMessage or OutboundMessage; `messageType` is HighLevel's
 *   event name for the channel ("SMS", "Email", "CALL"), not the API's "TYPE_SMS".
 * - A user event goes once per location the user belongs to (an agency user with none: once, for
 *   the company).
 * - Deleting a contact also deletes its tasks and notes in the sandbox: TaskDelete / NoteDelete
 *   follow the ContactDelete (HighLevel does not say; a receiver must cope either way).
 */
import { compact } from './http';
import type { Change, Watched } from './journal';
import type {
  AppointmentRecord, ContactRecord, InvoiceRecord, LocationRecord, MessageRecord, NoteRecord, OpportunityRecord, OrderRecord,
  PostalAddress, TaskRecord, UserRecord,
} from './store';

/** An event without its envelope (webhookId, timestamp, appId, versionId: added when sent). */
export type EventBody = { type: string } & Record<string, unknown>;

/** What a payload builder may look up: a contact as it is now or was before this request. */
export interface EventContext {
  contact(id: string): ContactRecord | undefined;
}

/** Docs: dateOfBirth as an ISO time ("2000-01-05T00:00:00.000Z"); the sandbox keeps YYYY-MM-DD. */
const isoDate = (d: string | undefined): string | undefined => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00.000Z` : d);

export function contactPayload(c: ContactRecord, withDnd = false): Record<string, unknown> {
  return compact({
    locationId: c.locationId, id: c.id, address1: c.address1, city: c.city, companyName: c.companyName, country: c.country,
    source: c.source, dateAdded: c.dateAdded, dateOfBirth: isoDate(c.dateOfBirth), dnd: c.dnd,
    ...(withDnd ? { dndSettings: c.dndSettings } : {}),
    email: c.email, name: c.name, firstName: c.firstName, lastName: c.lastName, phone: c.phone, postalCode: c.postalCode,
    state: c.state, tags: c.tags, website: c.website, attachments: [], assignedTo: c.assignedTo,
    customFields: c.customFields.map((f) => ({ id: f.id, value: f.value })),
  });
}

export function opportunityPayload(o: OpportunityRecord): Record<string, unknown> {
  return compact({
    locationId: o.locationId, id: o.id, assignedTo: o.assignedTo, contactId: o.contactId, monetaryValue: o.monetaryValue, name: o.name,
    pipelineId: o.pipelineId, pipelineStageId: o.pipelineStageId, source: o.source, status: o.status, dateAdded: o.createdAt,
  });
}

export function taskPayload(t: TaskRecord, locationId: string | undefined, created = false): Record<string, unknown> {
  return compact({
    locationId, id: t.id, assignedTo: t.assignedTo, ...(created ? {} : { body: t.body, contactId: t.contactId }), title: t.title,
    dateAdded: t.dateAdded, dueDate: t.dueDate,
  });
}

export function notePayload(n: NoteRecord, locationId: string | undefined): Record<string, unknown> {
  return compact({ locationId, id: n.id, body: n.body, contactId: n.contactId, dateAdded: n.dateAdded });
}

export function appointmentPayload(a: AppointmentRecord): Record<string, unknown> {
  return {
    locationId: a.locationId,
    appointment: compact({
      id: a.id, address: a.address, title: a.title, calendarId: a.calendarId, contactId: a.contactId, groupId: a.groupId,
      appointmentStatus: a.appointmentStatus, assignedUserId: a.assignedUserId, users: a.users, notes: a.notes, source: a.createdBy.source,
      startTime: a.startTime, endTime: a.endTime, dateAdded: a.dateAdded, dateUpdated: a.dateUpdated,
    }),
  };
}

/** The channel as HighLevel's message events name it. */
const CHANNEL: Record<string, string> = { TYPE_SMS: 'SMS', TYPE_EMAIL: 'Email', TYPE_CALL: 'CALL', TYPE_WHATSAPP: 'WhatsApp', TYPE_FACEBOOK: 'FB', TYPE_INSTAGRAM: 'IG', TYPE_GMB: 'GMB', TYPE_LIVE_CHAT: 'Live_Chat' };
export const eventChannel = (messageType: string): string => CHANNEL[messageType] ?? messageType.replace(/^TYPE_/, '');

export function messagePayload(m: MessageRecord): Record<string, unknown> {
  return compact({
    locationId: m.locationId, attachments: m.attachments, body: m.body, contactId: m.contactId, contentType: m.contentType,
    conversationId: m.conversationId, dateAdded: m.dateAdded, direction: m.direction, messageType: eventChannel(m.messageType),
    status: m.status, messageId: m.id, userId: m.userId, ...(m.direction === 'outbound' ? { source: m.source } : {}),
    callDuration: m.meta?.callDuration, callStatus: m.meta?.callStatus,
  });
}

/** Docs: the business address as one line; the total summary without tax. */
const addressLine = (a: PostalAddress): string => [a.addressLine1, a.addressLine2, a.city, [a.state, a.postalCode].filter(Boolean).join(' '), a.countryCode].filter(Boolean).join(', ');

export function invoicePayload(i: InvoiceRecord): Record<string, unknown> {
  const { address, ...business } = i.businessDetails;
  return {
    locationId: i.altId, ...structuredClone(i), invoiceNumber: String(i.invoiceNumber),
    businessDetails: { ...business, address: addressLine(address) },
    contactDetails: compact(i.contactDetails),
    totalSummary: { subTotal: i.totalSummary.subTotal, discount: i.totalSummary.discount },
  };
}

export function orderPayload(o: OrderRecord, ctx: EventContext): Record<string, unknown> {
  const c = o.contactId ? ctx.contact(o.contactId) : undefined;
  return compact({
    locationId: o.altId, altId: o.altId, altType: o.altType, _id: o._id, contactId: o.contactId,
    contactSnapshot: c ? compact({ id: c.id, locationId: c.locationId, firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone, dnd: c.dnd, source: c.source, address1: c.address1, city: c.city, state: c.state, postalCode: c.postalCode, tags: c.tags, country: c.country, dateAdded: c.dateAdded }) : undefined,
    status: o.status, fulfillmentStatus: o.fulfillmentStatus, currency: o.currency, amount: o.amount, liveMode: o.liveMode, items: [],
    amountSummary: { subtotal: o.subtotal, discount: o.discount }, taxSummary: [],
    source: compact({ type: o.sourceType, subType: o.sourceSubType, id: o.sourceId, name: o.sourceName, meta: o.sourceMeta }),
    createdAt: o.createdAt, updatedAt: o.updatedAt,
  });
}

export function userPayloads(u: UserRecord): Record<string, unknown>[] {
  const base = compact({
    companyId: u.companyId, id: u.id, firstName: u.firstName, lastName: u.lastName, email: u.email, phone: u.phone, extension: u.extension,
    role: u.roles.role, permissions: u.permissions, locations: u.roles.locationIds,
  });
  return u.roles.locationIds.length ? u.roles.locationIds.map((locationId) => ({ locationId, ...base })) : [base];
}

export function locationPayload(l: LocationRecord): Record<string, unknown> {
  return compact({ id: l.id, name: l.name, email: l.email, companyId: l.companyId });
}

/** App lifecycle events (docs AppInstall.md, AppUninstall.md); appId is added when sent. */
export function installPayload(companyId: string, locationId?: string, userId?: string): EventBody {
  return compact({ type: 'INSTALL', companyId, locationId, userId });
}
export function uninstallPayload(companyId: string, locationId?: string): EventBody {
  return compact({ type: 'UNINSTALL', companyId, locationId });
}

const typed = (type: string, body: Record<string, unknown>): EventBody => ({ type, ...body });
const differs = <T>(a: T, b: T, keys: readonly (keyof T)[]): boolean => keys.some((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

function contactEvents({ before, after }: Change<ContactRecord>): EventBody[] {
  if (!before) return after ? [typed('ContactCreate', contactPayload(after))] : [];
  if (!after) return [typed('ContactDelete', contactPayload(before))];
  const out: EventBody[] = [];
  if (differs(before, after, ['tags'])) out.push(typed('ContactTagUpdate', contactPayload(after)));
  if (differs(before, after, ['dnd', 'dndSettings'])) out.push(typed('ContactDndUpdate', contactPayload(after, true)));
  const rest = (c: ContactRecord) => {
    const { tags: _t, dnd: _d, dndSettings: _s, dateUpdated: _u, ...fields } = c;
    return JSON.stringify(fields);
  };
  if (rest(before) !== rest(after)) out.push(typed('ContactUpdate', contactPayload(after)));
  return out;
}

function opportunityEvents({ before, after }: Change<OpportunityRecord>): EventBody[] {
  if (!before) return after ? [typed('OpportunityCreate', opportunityPayload(after))] : [];
  if (!after) return [typed('OpportunityDelete', opportunityPayload(before)), typed('OpportunityUpdate', opportunityPayload(before))];
  const p = opportunityPayload(after);
  const out = [typed('OpportunityUpdate', p)];
  if (differs(before, after, ['pipelineId', 'pipelineStageId'])) out.push(typed('OpportunityStageUpdate', p));
  if (differs(before, after, ['status'])) out.push(typed('OpportunityStatusUpdate', p));
  if (differs(before, after, ['assignedTo'])) out.push(typed('OpportunityAssignedToUpdate', p));
  if (differs(before, after, ['monetaryValue'])) out.push(typed('OpportunityMonetaryValueUpdate', p));
  return out;
}

function taskEvents({ before, after }: Change<TaskRecord>, ctx: EventContext): EventBody[] {
  const loc = (t: TaskRecord) => ctx.contact(t.contactId)?.locationId;
  if (!before) return after ? [typed('TaskCreate', taskPayload(after, loc(after), true))] : [];
  if (!after) return [typed('TaskDelete', taskPayload(before, loc(before)))];
  return !before.completed && after.completed ? [typed('TaskComplete', taskPayload(after, loc(after)))] : [];
}

function noteEvents({ before, after }: Change<NoteRecord>, ctx: EventContext): EventBody[] {
  const loc = (n: NoteRecord) => ctx.contact(n.contactId)?.locationId;
  if (!before) return after ? [typed('NoteCreate', notePayload(after, loc(after)))] : [];
  if (!after) return [typed('NoteDelete', notePayload(before, loc(before)))];
  return [typed('NoteUpdate', notePayload(after, loc(after)))];
}

function appointmentEvents({ before, after }: Change<AppointmentRecord>): EventBody[] {
  if (!before) return after ? [typed('AppointmentCreate', appointmentPayload(after))] : [];
  if (!after) return [typed('AppointmentDelete', appointmentPayload(before))];
  return [typed('AppointmentUpdate', appointmentPayload(after))];
}

const INVOICE_STATUS_EVENT: Partial<Record<string, string>> = { sent: 'InvoiceSent', paid: 'InvoicePaid', partially_paid: 'InvoicePartiallyPaid', void: 'InvoiceVoid' };

function invoiceEvents({ before, after }: Change<InvoiceRecord>): EventBody[] {
  if (!before) return after ? [typed('InvoiceCreate', invoicePayload(after))] : [];
  if (!after) return [typed('InvoiceDelete', invoicePayload(before))];
  const byStatus = before.status !== after.status ? INVOICE_STATUS_EVENT[after.status] : undefined;
  return [typed(byStatus ?? 'InvoiceUpdate', invoicePayload(after))];
}

function orderEvents({ before, after }: Change<OrderRecord>, ctx: EventContext): EventBody[] {
  if (!before) return after ? [typed('OrderCreate', orderPayload(after, ctx))] : [];
  return after && before.status !== after.status ? [typed('OrderStatusUpdate', orderPayload(after, ctx))] : [];
}

function messageEvents({ before, after }: Change<MessageRecord>): EventBody[] {
  if (before || !after) return [];
  return [typed(after.direction === 'inbound' ? 'InboundMessage' : 'OutboundMessage', messagePayload(after))];
}

function userEvents({ before, after }: Change<UserRecord>): EventBody[] {
  const type = !before ? 'UserCreate' : !after ? 'UserDelete' : 'UserUpdate';
  return userPayloads((after ?? before)!).map((p) => typed(type, p));
}

function locationEvents({ before, after }: Change<LocationRecord>): EventBody[] {
  if (!after) return [];
  return [typed(before ? 'LocationUpdate' : 'LocationCreate', locationPayload(after))];
}

/** The record type of each watched collection (journal.ts). */
export interface WatchedRecords {
  locations: LocationRecord;
  contacts: ContactRecord;
  tasks: TaskRecord;
  notes: NoteRecord;
  users: UserRecord;
  opportunities: OpportunityRecord;
  appointments: AppointmentRecord;
  messages: MessageRecord;
  invoices: InvoiceRecord;
  orders: OrderRecord;
}
/** What one request changed, per watched collection. */
export type Changes = { [K in Watched]: Change<WatchedRecords[K]>[] };

/** The events for what one request changed: the records first, then what hangs off them. */
export function eventsOf(changes: Changes, ctx: EventContext): EventBody[] {
  return [
    ...changes.locations.flatMap(locationEvents),
    ...changes.users.flatMap(userEvents),
    ...changes.contacts.flatMap(contactEvents),
    ...changes.opportunities.flatMap(opportunityEvents),
    ...changes.appointments.flatMap(appointmentEvents),
    ...changes.tasks.flatMap((c) => taskEvents(c, ctx)),
    ...changes.notes.flatMap((c) => noteEvents(c, ctx)),
    ...changes.messages.flatMap(messageEvents),
    ...changes.invoices.flatMap(invoiceEvents),
    ...changes.orders.flatMap((c) => orderEvents(c, ctx)),
  ];
}
