/**
 * The sandbox's data: one Map per record type, keyed by id, holding records in the shapes
 * HighLevel's API v2 answers with (official OpenAPI specs). Routes clone records on the way out,
 * so a test may read `store.contacts.get(id)` or count `store.notes.size` directly.
 */

import type { ContactTextField } from '../src/records/contact-inputs';
import { JournaledMap } from './journal';

export type CustomValue = string | number | boolean | string[] | Record<string, unknown>;

/** Where a location is, and its site and time zone: a location and its business both carry these. */
export interface PlaceFields {
  address: string;
  city: string;
  state: string;
  country: string;
  postalCode: string;
  website?: string;
  timezone: string;
}

export interface LocationRecord extends PlaceFields {
  id: string;
  companyId: string;
  name: string;
  domain?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  business: PlaceFields & { name: string; logoUrl?: string };
  social: Record<string, string>;
  settings: {
    allowDuplicateContact: boolean;
    allowDuplicateOpportunity: boolean;
    allowFacebookNameMerge: boolean;
    disableContactTimezone: boolean;
  };
  reseller: Record<string, never>;
}

/** HighLevel's custom field data types (dataType). */
export type CustomFieldType =
  | 'TEXT'
  | 'LARGE_TEXT'
  | 'NUMERICAL'
  | 'PHONE'
  | 'MONETORY'
  | 'CHECKBOX'
  | 'SINGLE_OPTIONS'
  | 'MULTIPLE_OPTIONS'
  | 'RADIO'
  | 'DATE'
  | 'FLOAT'
  | 'TEXTBOX_LIST'
  | 'FILE_UPLOAD';

export interface CustomFieldRecord {
  id: string;
  name: string;
  /** "contact.preferred_mail_day" */
  fieldKey: string;
  placeholder: string;
  dataType: CustomFieldType;
  position: number;
  picklistOptions?: string[];
  isAllowedCustomOption?: boolean;
  locationId: string;
  model: 'contact' | 'opportunity';
}

export interface DndChannel {
  status: 'active' | 'inactive' | 'permanent';
  message?: string;
  code?: string;
}

export interface AttributionSource {
  url: string;
  medium?: string;
  mediumId?: string;
  referrer?: string;
  utmSource?: string;
  utmMedium?: string;
  campaign?: string;
}

/** The text fields the app's contact table writes are kept as sent (src/records/contact.ts); the rest below. */
export interface ContactRecord extends Partial<Record<ContactTextField, string>> {
  id: string;
  locationId: string;
  firstName?: string;
  lastName?: string;
  /** Full name, "First Last". */
  name?: string;
  firstNameLowerCase?: string;
  lastNameLowerCase?: string;
  fullNameLowerCase?: string;
  email?: string;
  emailLowerCase?: string;
  phone?: string;
  companyName?: string;
  address1?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
  website?: string;
  timezone?: string;
  gender?: string;
  /** YYYY-MM-DD */
  dateOfBirth?: string;
  source?: string;
  type: 'lead' | 'customer';
  assignedTo?: string;
  businessId?: string;
  dnd: boolean;
  dndSettings: Record<string, DndChannel>;
  tags: string[];
  customFields: { id: string; value: CustomValue }[];
  followers: string[];
  additionalEmails: string[];
  attributionSource?: AttributionSource;
  dateAdded: string;
  dateUpdated: string;
}

export interface TaskRecord {
  id: string;
  contactId: string;
  title: string;
  body?: string;
  assignedTo?: string;
  dueDate: string;
  completed: boolean;
  /**
   * When the task was added and last changed: answered by the location's task search only (the
   * contact task routes answer the spec's shape without them). Absent in state files saved
   * before they were kept.
   */
  dateAdded?: string;
  dateUpdated?: string;
}

export interface NoteRecord {
  id: string;
  contactId: string;
  body: string;
  title?: string;
  userId?: string;
  color?: string;
  pinned: boolean;
  dateAdded: string;
}

export interface UserRecord {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  extension: string;
  companyId: string;
  permissions: Record<string, boolean>;
  roles: { type: 'account' | 'agency'; role: 'admin' | 'user'; locationIds: string[]; restrictSubAccount: boolean };
  deleted: boolean;
  platformLanguage: string;
}

export interface CampaignRecord {
  id: string;
  name: string;
  status: 'published' | 'draft';
  locationId: string;
}

export interface WorkflowRecord {
  id: string;
  name: string;
  status: 'published' | 'draft';
  version: number;
  createdAt: string;
  updatedAt: string;
  locationId: string;
}

export interface BusinessRecord {
  id: string;
  name: string;
  phone?: string;
  email?: string;
  website?: string;
  address?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
  description?: string;
  locationId: string;
  createdAt: string;
  updatedAt: string;
}

export interface PipelineStage {
  id: string;
  name: string;
  position: number;
  showInFunnel: boolean;
  showInPieChart: boolean;
}

export interface PipelineRecord {
  id: string;
  name: string;
  stages: PipelineStage[];
  showInFunnel: boolean;
  showInPieChart: boolean;
  locationId: string;
}

export type OpportunityStatus = 'open' | 'won' | 'lost' | 'abandoned';

export interface OpportunityRecord {
  id: string;
  name: string;
  monetaryValue: number;
  pipelineId: string;
  pipelineStageId: string;
  assignedTo?: string;
  status: OpportunityStatus;
  source?: string;
  lastStatusChangeAt: string;
  lastStageChangeAt: string;
  lastActionDate: string;
  indexVersion: number;
  createdAt: string;
  updatedAt: string;
  contactId: string;
  locationId: string;
  lostReasonId?: string;
  customFields: { id: string; fieldValue: CustomValue }[];
  followers: string[];
}

export interface OpenHours {
  daysOfTheWeek: number[];
  hours: { openHour: number; openMinute: number; closeHour: number; closeMinute: number }[];
}

export interface CalendarRecord {
  id: string;
  locationId: string;
  groupId?: string;
  name: string;
  description: string;
  slug: string;
  widgetSlug: string;
  calendarType: 'event' | 'round_robin' | 'personal';
  widgetType: 'classic' | 'default';
  eventTitle: string;
  eventColor: string;
  teamMembers: { userId: string; priority: number; meetingLocationType: string; meetingLocation: string; isPrimary: boolean }[];
  slotDuration: number;
  slotDurationUnit: 'mins' | 'hours';
  slotInterval: number;
  slotIntervalUnit: 'mins' | 'hours';
  slotBuffer: number;
  appoinmentPerSlot: number;
  openHours: OpenHours[];
  availabilityType: 0 | 1;
  isActive: boolean;
  autoConfirm: boolean;
  allowReschedule: boolean;
  allowCancellation: boolean;
}

export type AppointmentStatus = 'new' | 'confirmed' | 'cancelled' | 'showed' | 'noshow' | 'invalid';

export interface AppointmentRecord {
  id: string;
  locationId: string;
  calendarId: string;
  contactId: string;
  groupId?: string;
  title: string;
  appointmentStatus: AppointmentStatus;
  assignedUserId?: string;
  users: string[];
  notes?: string;
  description?: string;
  address?: string;
  meetingLocationType?: string;
  /** ISO with the location's offset, "2024-10-28T10:00:00-05:00". */
  startTime: string;
  endTime: string;
  isRecurring: boolean;
  createdBy: { source: string; userId?: string };
  dateAdded: string;
  dateUpdated: string;
}

export interface Enrollment {
  contactId: string;
  /** campaignId or workflowId */
  targetId: string;
  eventStartTime?: string;
  dateAdded: string;
}

// ---- conversations (messages only: the export is the one route that reads them)

/** The channels of the message export's `channel` filter. */
export type MessageChannel = 'Call' | 'SMS' | 'Email' | 'WhatsApp' | 'Instagram' | 'Facebook';

export interface MessageRecord {
  id: string;
  /** HighLevel's numeric message type (1 call, 2 SMS, 3 email, ...). */
  type: number;
  /** The same as text: "TYPE_SMS", "TYPE_EMAIL", ... */
  messageType: string;
  locationId: string;
  contactId: string;
  conversationId: string;
  body?: string;
  direction: 'inbound' | 'outbound';
  status?: 'connected' | 'delivered' | 'failed' | 'opened' | 'pending' | 'read' | 'scheduled' | 'sent' | 'undelivered' | 'clicked' | 'opt_out' | 'queued';
  contentType: string;
  attachments: string[];
  meta?: { email?: { messageIds: string[] }; callDuration?: number; callStatus?: string };
  source?: 'workflow' | 'bulk_actions' | 'campaign' | 'api' | 'app';
  userId?: string;
  dateAdded: string;
  /** For the export's sortBy=updatedAt; not in its answer. */
  dateUpdated: string;
}

// ---- forms and surveys

/** A form or a survey: the list answers give id, name and location only. */
export interface FormRecord {
  id: string;
  name: string;
  locationId: string;
}

/** What the submitter's page and visit looked like (`others.eventData`). */
export interface SubmissionEventData {
  type: string;
  domain: string;
  page: { url: string; title: string };
  source: string;
  medium: string;
  mediumId: string;
  parentId: string;
  parentName: string;
  referrer?: string;
  timestamp: number;
}

/**
 * A submission's answers (`others`): standard fields by name (first_name, email, phone...),
 * contact custom fields by their id, `fieldsOriSequance` (sic) the form's order, `eventData`.
 */
export type SubmissionAnswers = Record<string, unknown> & { eventData: SubmissionEventData; fieldsOriSequance: string[] };

interface SubmissionBase {
  id: string;
  locationId: string;
  contactId: string;
  createdAt: string;
  name: string;
  email: string;
  others: SubmissionAnswers;
}
export interface FormSubmissionRecord extends SubmissionBase {
  formId: string;
}
export interface SurveySubmissionRecord extends SubmissionBase {
  surveyId: string;
}

// ---- invoices and payments (Mongo-style `_id`s; the location is `altId` with altType "location")

export interface PostalAddress {
  addressLine1?: string;
  addressLine2?: string;
  city?: string;
  state?: string;
  countryCode?: string;
  postalCode?: string;
}

export type InvoiceStatus = 'draft' | 'sent' | 'payment_processing' | 'paid' | 'void' | 'partially_paid';

export interface InvoiceItem {
  _id: string;
  productId?: string;
  priceId?: string;
  currency: string;
  name: string;
  description?: string;
  qty: number;
  amount: number;
  taxes: unknown[];
}

export interface InvoiceRecord {
  _id: string;
  status: InvoiceStatus;
  liveMode: boolean;
  amountPaid: number;
  altId: string;
  altType: 'location';
  name: string;
  businessDetails: { name: string; address: PostalAddress; phoneNo?: string; website?: string; logoUrl?: string };
  invoiceNumber: number;
  currency: string;
  contactDetails: { id: string; name: string; email?: string; phoneNo?: string; companyName?: string; address: PostalAddress; customFields: unknown[] };
  /** YYYY-MM-DD */
  issueDate: string;
  dueDate: string;
  discount: { type: 'percentage' | 'fixed'; value: number };
  invoiceItems: InvoiceItem[];
  total: number;
  title: string;
  amountDue: number;
  totalSummary: { subTotal: number; discount: number; tax: number };
  /** Set with PATCH /invoices/{invoiceId}/late-fees-configuration (invoices.json `LateFeesConfigurationDto`). */
  lateFeesConfiguration?: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

/** What orders, transactions and subscriptions share (payments.json). */
export interface PaymentRecordBase {
  _id: string;
  altId: string;
  altType: 'location';
  contactId?: string;
  contactName?: string;
  contactEmail?: string;
  currency: string;
  amount: number;
  liveMode: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface OrderRecord extends PaymentRecordBase {
  subtotal: number;
  discount: number;
  status: 'pending' | 'completed' | 'cancelled' | 'refunded';
  /** Not in the answer schema, but the list filters on it, so it is kept and answered. */
  paymentStatus: 'paid' | 'unpaid' | 'refunded' | 'partially_paid';
  fulfillmentStatus: 'unfulfilled' | 'fulfilled' | 'partially_fulfilled';
  totalProducts: number;
  onetimeProducts: number;
  recurringProducts: number;
  sourceType: string;
  sourceSubType?: string;
  sourceName: string;
  sourceId: string;
  sourceMeta?: Record<string, string>;
  couponCode?: string;
  createdBy?: string;
}

export interface TransactionRecord extends PaymentRecordBase {
  status: 'succeeded' | 'failed' | 'pending' | 'refunded' | 'partially_refunded';
  amountRefunded: number;
  entityType: 'order' | 'invoice' | 'subscription';
  entityId: string;
  entitySourceType: string;
  entitySourceSubType?: string;
  entitySourceName: string;
  entitySourceId: string;
  subscriptionId?: string;
  chargeId: string;
  paymentProviderType: string;
  paymentMethod: { card: { brand: string; last4: string } };
  fulfilledAt: string;
}

export interface SubscriptionRecord extends PaymentRecordBase {
  status: 'active' | 'trialing' | 'past_due' | 'canceled' | 'incomplete';
  entityType: 'order';
  entityId: string;
  entitySourceType: string;
  entitySourceName: string;
  entitySourceId: string;
  subscriptionId: string;
  subscriptionSnapshot?: Record<string, unknown>;
  paymentProviderType: string;
  createdBy?: string;
}

/** Everything the store holds, as plain arrays: the JSON that persistFile keeps. */
export interface StoreSnapshot {
  locations: LocationRecord[];
  customFields: CustomFieldRecord[];
  contacts: ContactRecord[];
  tasks: TaskRecord[];
  notes: NoteRecord[];
  users: UserRecord[];
  campaigns: CampaignRecord[];
  workflows: WorkflowRecord[];
  businesses: BusinessRecord[];
  pipelines: PipelineRecord[];
  opportunities: OpportunityRecord[];
  calendars: CalendarRecord[];
  appointments: AppointmentRecord[];
  campaignEnrollments: Enrollment[];
  workflowEnrollments: Enrollment[];
  messages: MessageRecord[];
  forms: FormRecord[];
  surveys: FormRecord[];
  formSubmissions: FormSubmissionRecord[];
  surveySubmissions: SurveySubmissionRecord[];
  invoices: InvoiceRecord[];
  orders: OrderRecord[];
  transactions: TransactionRecord[];
  subscriptions: SubscriptionRecord[];
}

type Collections = { [K in keyof StoreSnapshot]: Map<string, StoreSnapshot[K][number]> };

const COLLECTIONS = [
  'locations',
  'customFields',
  'contacts',
  'tasks',
  'notes',
  'users',
  'campaigns',
  'workflows',
  'businesses',
  'pipelines',
  'opportunities',
  'calendars',
  'appointments',
  'campaignEnrollments',
  'workflowEnrollments',
  'messages',
  'forms',
  'surveys',
  'formSubmissions',
  'surveySubmissions',
  'invoices',
  'orders',
  'transactions',
  'subscriptions',
] as const satisfies readonly (keyof StoreSnapshot)[];

const enrollmentKey = (e: Pick<Enrollment, 'contactId' | 'targetId'>) => `${e.contactId}:${e.targetId}`;

/** Any record the store holds. */
type StoredRecord = StoreSnapshot[keyof StoreSnapshot][number];

/** A record's key in its map: its id (`_id` for invoices and payments), or "contactId:targetId" for an enrollment. */
const keyOf = (r: StoredRecord): string => ('_id' in r ? r._id : 'id' in r ? r.id : enrollmentKey(r));

/** The collections HighLevel announces changes of are JournaledMaps (journal.ts, for the webhook emitter). */
export class SandboxStore implements Collections {
  readonly locations = new JournaledMap<LocationRecord>('locations');
  readonly customFields = new Map<string, CustomFieldRecord>();
  readonly contacts = new JournaledMap<ContactRecord>('contacts');
  readonly tasks = new JournaledMap<TaskRecord>('tasks');
  readonly notes = new JournaledMap<NoteRecord>('notes');
  readonly users = new JournaledMap<UserRecord>('users');
  readonly campaigns = new Map<string, CampaignRecord>();
  readonly workflows = new Map<string, WorkflowRecord>();
  readonly businesses = new Map<string, BusinessRecord>();
  readonly pipelines = new Map<string, PipelineRecord>();
  readonly opportunities = new JournaledMap<OpportunityRecord>('opportunities');
  readonly calendars = new Map<string, CalendarRecord>();
  readonly appointments = new JournaledMap<AppointmentRecord>('appointments');
  /** Keyed "contactId:campaignId". */
  readonly campaignEnrollments = new Map<string, Enrollment>();
  /** Keyed "contactId:workflowId". */
  readonly workflowEnrollments = new Map<string, Enrollment>();
  readonly messages = new JournaledMap<MessageRecord>('messages');
  readonly forms = new Map<string, FormRecord>();
  readonly surveys = new Map<string, FormRecord>();
  readonly formSubmissions = new Map<string, FormSubmissionRecord>();
  readonly surveySubmissions = new Map<string, SurveySubmissionRecord>();
  /** Keyed by `_id`, as are orders, transactions and subscriptions. */
  readonly invoices = new JournaledMap<InvoiceRecord>('invoices');
  readonly orders = new JournaledMap<OrderRecord>('orders');
  readonly transactions = new Map<string, TransactionRecord>();
  readonly subscriptions = new Map<string, SubscriptionRecord>();

  private lastMs = 0;

  /**
   * The store's clock: epoch ms, strictly increasing, so two writes in the same millisecond
   * still get different dateUpdated values (an "updated" poll dedupes on them).
   */
  nowMs(): number {
    this.lastMs = Math.max(Date.now(), this.lastMs + 1);
    return this.lastMs;
  }

  /** ISO timestamp with ms precision, from the store's clock. */
  now(): string {
    return new Date(this.nowMs()).toISOString();
  }

  contactsOf(locationId: string): ContactRecord[] {
    return [...this.contacts.values()].filter((c) => c.locationId === locationId);
  }

  tasksOf(contactId: string): TaskRecord[] {
    return [...this.tasks.values()].filter((t) => t.contactId === contactId);
  }

  notesOf(contactId: string): NoteRecord[] {
    return [...this.notes.values()].filter((n) => n.contactId === contactId);
  }

  appointmentsOfContact(contactId: string): AppointmentRecord[] {
    return [...this.appointments.values()].filter((a) => a.contactId === contactId);
  }

  customFieldsOf(locationId: string, model: 'contact' | 'opportunity' | 'all'): CustomFieldRecord[] {
    return [...this.customFields.values()]
      .filter((f) => f.locationId === locationId && (model === 'all' || f.model === model))
      .sort((a, b) => a.position - b.position);
  }

  enroll(kind: 'campaign' | 'workflow', e: Enrollment): void {
    this.enrollments(kind).set(enrollmentKey(e), e);
  }

  unenroll(kind: 'campaign' | 'workflow', contactId: string, targetId?: string): void {
    const map = this.enrollments(kind);
    for (const [key, e] of map) {
      if (e.contactId === contactId && (targetId === undefined || e.targetId === targetId)) map.delete(key);
    }
  }

  enrollments(kind: 'campaign' | 'workflow'): Map<string, Enrollment> {
    return kind === 'campaign' ? this.campaignEnrollments : this.workflowEnrollments;
  }

  /**
   * Deletes a contact with what hangs off it (tasks, notes, enrollments, its conversation's
   * messages). Submissions, invoices and payments keep their own copy of the contact and stay.
   */
  deleteContact(contactId: string): void {
    this.contacts.delete(contactId);
    for (const t of this.tasksOf(contactId)) this.tasks.delete(t.id);
    for (const n of this.notesOf(contactId)) this.notes.delete(n.id);
    for (const m of this.messages.values()) if (m.contactId === contactId) this.messages.delete(m.id);
    this.unenroll('campaign', contactId);
    this.unenroll('workflow', contactId);
  }

  clear(): void {
    for (const name of COLLECTIONS) this[name].clear();
  }

  toJSON(): StoreSnapshot {
    return {
      locations: [...this.locations.values()],
      customFields: [...this.customFields.values()],
      contacts: [...this.contacts.values()],
      tasks: [...this.tasks.values()],
      notes: [...this.notes.values()],
      users: [...this.users.values()],
      campaigns: [...this.campaigns.values()],
      workflows: [...this.workflows.values()],
      businesses: [...this.businesses.values()],
      pipelines: [...this.pipelines.values()],
      opportunities: [...this.opportunities.values()],
      calendars: [...this.calendars.values()],
      appointments: [...this.appointments.values()],
      campaignEnrollments: [...this.campaignEnrollments.values()],
      workflowEnrollments: [...this.workflowEnrollments.values()],
      messages: [...this.messages.values()],
      forms: [...this.forms.values()],
      surveys: [...this.surveys.values()],
      formSubmissions: [...this.formSubmissions.values()],
      surveySubmissions: [...this.surveySubmissions.values()],
      invoices: [...this.invoices.values()],
      orders: [...this.orders.values()],
      transactions: [...this.transactions.values()],
      subscriptions: [...this.subscriptions.values()],
    };
  }

  /** Replaces the contents with a snapshot (missing collections load empty). */
  load(snapshot: Partial<StoreSnapshot>): void {
    this.clear();
    for (const name of COLLECTIONS) {
      // Each collection's records go into the map of the same name (the union type cannot say so).
      const map: Map<string, StoredRecord> = this[name];
      for (const r of snapshot[name] ?? []) map.set(keyOf(r), r);
    }
    const stamps = [...this.contacts.values()].map((c) => Date.parse(c.dateUpdated)).filter((n) => !Number.isNaN(n));
    this.lastMs = Math.max(this.lastMs, ...stamps);
  }
}
