/**
 * Which subscriptions an event reaches: tenant (location, and the agency it belongs to), event
 * type, then the subscription's filters. Also the opportunity collapse rules (FACTS.md: one edit
 * fires several events) and the stable delivery id.
 */
import { createHash } from 'node:crypto';
import { isTagChange, type FilterKey, type SubscriptionFilters, type TagChange } from './contract';

export type Payload = Record<string, unknown>;

export const locationTenant = (id: string): string => `location:${id}`;
export const companyTenant = (id: string): string => `company:${id}`;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

function at(p: Payload, path: string[]): unknown {
  let cur: unknown = p;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Where each filter looks in an event; the first path present wins. */
const FILTER_PATHS: Record<Exclude<FilterKey, 'tagChange'>, string[][]> = {
  pipelineId: [['pipelineId']],
  pipelineStageId: [['pipelineStageId']],
  status: [['status'], ['appointment', 'appointmentStatus']],
  assignedTo: [['assignedTo'], ['appointment', 'assignedUserId']],
  contactId: [['contactId'], ['appointment', 'contactId']],
  tag: [['tags']],
  calendarId: [['calendarId'], ['appointment', 'calendarId']],
  messageType: [['messageType']],
  direction: [['direction']],
  objectKey: [['objectKey'], ['schemaKey']],
  productId: [['product'], ['productId']],
  associationId: [['associationId']],
  emailEvent: [['webhookPayload', 'event']],
  locationId: [['locationId']],
};

/**
 * How a filter's value and the event's are compared: case-insensitively; for messageType also
 * without the API's `TYPE_` prefix, since the Zap's channel comes from the API's names
 * (TYPE_SMS, TYPE_EMAIL, TYPE_CALL) and HighLevel's message events say SMS, Email, CALL.
 */
const norm = (key: FilterKey, v: string): string => (key === 'messageType' ? v.toLowerCase().replace(/^type_/, '') : v.toLowerCase());

/** The tag diff's side a tagChange filter reads (relay/tags.ts adds both to contact events). */
const TAG_SIDE: Record<TagChange, string> = { added: 'tagsAdded', removed: 'tagsRemoved' };

export function matchesFilters(event: Payload, filters: SubscriptionFilters): boolean {
  const side = isTagChange(filters.tagChange) ? TAG_SIDE[filters.tagChange] : undefined;
  if (filters.tagChange !== undefined) {
    const changed = side ? event[side] : undefined;
    if (!Array.isArray(changed) || changed.length === 0) return false;
  }
  for (const [key, wanted] of Object.entries(filters) as [FilterKey, string | undefined][]) {
    if (wanted === undefined || key === 'tagChange') continue;
    // With tagChange, `tag` names a tag that changed on that side, not one the contact has.
    const paths = key === 'tag' && side ? [[side]] : FILTER_PATHS[key];
    const path = paths.find((p) => at(event, p) !== undefined);
    const value = path ? at(event, path) : undefined;
    const w = norm(key, wanted);
    const same = (v: unknown): boolean => {
      const text = str(v);
      return text !== undefined && norm(key, text) === w;
    };
    if (Array.isArray(value) ? !value.some(same) : !same(value)) return false;
  }
  return true;
}

/** The record id an event is about (top-level `id`, else the nested appointment's). */
export function recordId(event: Payload): string | undefined {
  return str(event.id) ?? str(at(event, ['appointment', 'id']));
}

export function deliveryId(eventId: string, subscriptionId: string): string {
  return createHash('sha256').update(`${eventId}\n${subscriptionId}`).digest('hex').slice(0, 32);
}

const OPPORTUNITY = /^Opportunity/;
/** Fields that vary between the events of one edit without being part of the change. */
const VOLATILE = new Set(['webhookId', 'timestamp', 'versionId', 'dateUpdated', 'appId']);

export const isOpportunityEvent = (type: string): boolean => OPPORTUNITY.test(type);

/**
 * Opportunity events of one edit may arrive more than once (different webhookIds, same content):
 * per subscription, at most one delivery per (type, opportunity, content). Other events: no key.
 */
export function collapseKey(type: string, event: Payload): string | undefined {
  if (!isOpportunityEvent(type)) return undefined;
  const content = Object.keys(event).filter((k) => !VOLATILE.has(k)).sort().map((k) => [k, event[k]]);
  return `${type}:${recordId(event) ?? ''}:${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 24)}`;
}

/**
 * An OpportunityUpdate sent alongside an OpportunityDelete for the same opportunity is the
 * delete's echo (FACTS.md, #27): a Zap watching updates must not fire for a deletion.
 */
export const ECHO_OF: Record<string, string[]> = { OpportunityUpdate: ['OpportunityDelete'] };
