import { seededIds, seededRandom, seedOf } from './ids';
import type { ContactRecord, MessageRecord, OpportunityRecord, OrderRecord, SandboxStore, TaskRecord } from './store';

/**
 * Volume mode: a location the size of a real account, on top of the demo data, so triggers are
 * tested and measured where a page of 100 is a small part of the data. Deterministic (one seed
 * drives every id, name and date, relative to `nowMs`) and fast (plain objects straight into the
 * store's maps: about a second for the default sizes).
 *
 * Every generated record is older than an hour, so an idle poll against a volume location sees
 * nothing recent; tests add their burst (an import, a stage move) on top.
 */
export interface VolumeSizes {
  contacts: number;
  opportunities: number;
  tasks: number;
  /** Messages, of which `inboundShare` are inbound (the rest outbound: blasts, reminders). */
  messages: number;
  inboundShare: number;
  orders: number;
}

export const DEFAULT_VOLUME: VolumeSizes = { contacts: 10_000, opportunities: 5_000, tasks: 2_000, messages: 20_000, inboundShare: 0.05, orders: 2_000 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FIRST = ['ana', 'ben', 'carla', 'dev', 'elena', 'femi', 'gus', 'hana', 'ivan', 'jo', 'kemal', 'lena', 'marco', 'nia', 'omar', 'pia'];
const LAST = ['ruiz', 'okafor', 'lee', 'patel', 'novak', 'silva', 'kim', 'haddad', 'berg', 'costa', 'meyer', 'tanaka'];
const CITIES: [string, string, string][] = [['Austin', 'TX', '78701'], ['Denver', 'CO', '80202'], ['Portland', 'OR', '97201'], ['Raleigh', 'NC', '27601']];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One generated contact: a name, email, phone and mailing address, added at `added`. */
function volumeContact(locationId: string, i: number, rnd: () => number, id: string, added: string): ContactRecord {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const first = pick(FIRST);
  const last = pick(LAST);
  const [city, state, postalCode] = pick(CITIES);
  return {
    id,
    locationId,
    firstName: cap(first),
    lastName: cap(last),
    name: `${cap(first)} ${cap(last)}`,
    firstNameLowerCase: first,
    lastNameLowerCase: last,
    fullNameLowerCase: `${first} ${last}`,
    email: `${first}.${last}.${i}@example.com`,
    emailLowerCase: `${first}.${last}.${i}@example.com`,
    phone: `+1512${String(1_000_000 + i).slice(-7)}`,
    address1: `${100 + (i % 900)} Main St`,
    city,
    state,
    postalCode,
    country: 'US',
    source: pick(['import', 'website', 'referral']),
    type: 'lead',
    dnd: false,
    dndSettings: {},
    tags: rnd() < 0.3 ? ['newsletter'] : [],
    customFields: [],
    followers: [],
    additionalEmails: [],
    dateAdded: added,
    dateUpdated: added,
  };
}

const locationUsers = (store: SandboxStore, locationId: string): string[] =>
  [...store.users.values()].filter((u) => u.roles.locationIds.includes(locationId)).map((u) => u.id);

/**
 * A CSV import as HighLevel runs one: `count` contacts added now, one after another (each a
 * millisecond apart, the store's clock), deterministic for a seed. Returns their ids, oldest first.
 */
export function importContacts(store: SandboxStore, locationId: string, count: number, seed = 'import'): string[] {
  const rnd = seededRandom(seedOf(seed));
  const ids = seededIds(seed);
  const users = locationUsers(store, locationId);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const c = volumeContact(locationId, 900_000 + i, rnd, ids.id(), store.now());
    // An import assigns its contacts round-robin to the location's users (HighLevel's import option).
    if (users.length) c.assignedTo = users[i % users.length];
    store.contacts.set(c.id, c);
    out.push(c.id);
  }
  return out;
}

export interface VolumeResult {
  contactIds: string[];
  opportunityIds: string[];
  taskIds: string[];
}

/** Add a volume data set to `locationId` (its pipelines and users come from the demo data). */
export function seedVolume(store: SandboxStore, locationId: string, sizes: Partial<VolumeSizes> = {}, seed = 'volume', nowMs = Date.now()): VolumeResult {
  const n = { ...DEFAULT_VOLUME, ...sizes };
  const rnd = seededRandom(seedOf(seed));
  const ids = seededIds(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  /** A time between `minAgo` and `maxAgo` before now, never within the last hour. */
  const ago = (maxAgo: number, minAgo = 2 * HOUR) => new Date(nowMs - minAgo - Math.floor(rnd() * (maxAgo - minAgo))).toISOString();
  const users = locationUsers(store, locationId);
  const pipelines = [...store.pipelines.values()].filter((p) => p.locationId === locationId);

  const contacts: ContactRecord[] = [];
  for (let i = 0; i < n.contacts; i++) {
    const c = volumeContact(locationId, i, rnd, ids.id(), ago(365 * DAY));
    store.contacts.set(c.id, c);
    contacts.push(c);
  }
  const someContact = () => pick(contacts);

  const opportunityIds: string[] = [];
  for (let i = 0; i < n.opportunities && pipelines.length; i++) {
    const p = pick(pipelines);
    const stage = pick(p.stages);
    const createdMs = nowMs - 3 * DAY - Math.floor(rnd() * 362 * DAY);
    const created = new Date(createdMs).toISOString();
    const moved = new Date(createdMs + Math.floor(rnd() * (nowMs - 2 * HOUR - createdMs))).toISOString();
    const status = pick(['open', 'open', 'open', 'won', 'lost', 'abandoned'] as const);
    const o: OpportunityRecord = {
      id: ids.id(),
      name: `Deal ${i + 1}`,
      monetaryValue: 100 * (1 + Math.floor(rnd() * 50)),
      pipelineId: p.id,
      pipelineStageId: stage.id,
      ...(users.length ? { assignedTo: pick(users) } : {}),
      status,
      source: 'volume',
      lastStatusChangeAt: moved,
      lastStageChangeAt: moved,
      lastActionDate: moved,
      indexVersion: 1,
      createdAt: created,
      updatedAt: moved,
      contactId: someContact()?.id ?? '',
      locationId,
      customFields: [],
      followers: [],
    };
    store.opportunities.set(o.id, o);
    opportunityIds.push(o.id);
  }

  const taskIds: string[] = [];
  for (let i = 0; i < n.tasks && contacts.length; i++) {
    const added = ago(180 * DAY);
    const t: TaskRecord = {
      id: ids.id(),
      contactId: someContact()!.id,
      title: `Follow up ${i + 1}`,
      body: 'Call back about the appointment.',
      ...(users.length ? { assignedTo: pick(users) } : {}),
      dueDate: new Date(Date.parse(added) + 7 * DAY).toISOString(),
      completed: rnd() < 0.6,
      dateAdded: added,
      dateUpdated: added,
    };
    store.tasks.set(t.id, t);
    taskIds.push(t.id);
  }

  for (let i = 0; i < n.messages && contacts.length; i++) {
    const c = someContact()!;
    const at = ago(30 * DAY);
    const inbound = rnd() < n.inboundShare;
    const m = smsMessage(ids.id(), locationId, c.id, inbound, inbound ? 'Yes, see you then.' : 'Reminder: your cleaning is tomorrow. Reply C to confirm.', at);
    store.messages.set(m.id, m);
  }

  for (let i = 0; i < n.orders && contacts.length; i++) {
    const c = someContact()!;
    const at = ago(365 * DAY);
    const subtotal = 20 + Math.floor(rnd() * 200);
    const o: OrderRecord = {
      _id: ids.objectId(),
      altId: locationId,
      altType: 'location',
      contactId: c.id,
      contactName: c.name,
      contactEmail: c.email,
      currency: 'USD',
      amount: subtotal,
      liveMode: false,
      subtotal,
      discount: 0,
      status: 'completed',
      paymentStatus: 'paid',
      fulfillmentStatus: 'unfulfilled',
      totalProducts: 1,
      onetimeProducts: 1,
      recurringProducts: 0,
      sourceType: 'funnel',
      sourceName: 'Whitening Kit Shop',
      sourceId: 'volume_funnel',
      createdAt: at,
      updatedAt: at,
    };
    store.orders.set(o._id, o);
  }
  return { contactIds: contacts.map((c) => c.id), opportunityIds, taskIds };
}

/** One SMS of a volume data set, in the shape the sandbox's message routes serve; outbound ones come from a bulk action. */
function smsMessage(id: string, locationId: string, contactId: string, inbound: boolean, body: string, at: string): MessageRecord {
  return {
    id,
    type: 2,
    messageType: 'TYPE_SMS',
    locationId,
    contactId,
    conversationId: `conv_${contactId}`,
    body,
    direction: inbound ? 'inbound' : 'outbound',
    status: 'delivered',
    contentType: 'text/plain',
    attachments: [],
    ...(inbound ? {} : { source: 'bulk_actions' as const }),
    dateAdded: at,
    dateUpdated: at,
  };
}

/**
 * An outbound SMS blast with a few replies among it: `outbound` messages to the location's
 * contacts, and after every `outbound / (replies + 1)` of them one inbound reply. Returns the
 * replies' ids, oldest first.
 */
export function smsBlast(store: SandboxStore, locationId: string, outbound: number, replies: number, seed = 'blast'): string[] {
  const ids = seededIds(seed);
  const contacts = store.contactsOf(locationId);
  const every = Math.max(1, Math.floor(outbound / (replies + 1)));
  const out: string[] = [];
  const add = (i: number, inbound: boolean) => {
    const c = contacts[i % contacts.length]!;
    const at = store.now();
    const m = smsMessage(ids.id(), locationId, c.id, inbound, inbound ? 'STOP? no, book me for Friday' : 'Spring whitening special: 20% off this week.', at);
    store.messages.set(m.id, m);
    if (inbound) out.push(m.id);
  };
  for (let i = 0; i < outbound; i++) {
    add(i, false);
    if ((i + 1) % every === 0 && out.length < replies) add(i, true);
  }
  return out;
}
