/**
 * The record types of the routes added so that every operation of the app runs against the
 * sandbox: the agency (company, snapshots, where the app is installed), associations and their
 * relations, blogs, calendar administration (groups, resources, notifications, blocked slots,
 * appointment notes) and opportunity lost reasons. One Map per type, keyed by id, in the shapes
 * of HighLevel's specs (apps/*.json); persisted next to the main store (persist.ts, `ext`).
 * Conversations are not stored: they are the messages of `store.messages` grouped by their
 * conversationId.
 */

import type { CustomObjectRecord, CustomValueRecord, LocationTagRecord, ObjectRecordRecord } from './location-data';

export interface CompanyRecord {
  id: string;
  name: string;
  email: string;
  phone: string;
  website: string;
  domain: string;
  address: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  timezone: string;
  logoUrl: string;
  customerType: 'agency';
  plan: number;
  currency: string;
  isReselling: boolean;
  status: string;
}

export interface SnapshotRecord {
  id: string;
  companyId: string;
  name: string;
  type: 'own' | 'imported';
}

/** The marketplace app installed at a location (GET /oauth/installedLocations). */
export interface InstallRecord {
  locationId: string;
  companyId: string;
  installedAt: string;
}

export interface AssociationRecord {
  id: string;
  locationId: string;
  key: string;
  firstObjectKey: string;
  firstObjectLabel: string;
  secondObjectKey: string;
  secondObjectLabel: string;
  associationType: 'USER_DEFINED' | 'SYSTEM_DEFINED';
}

export interface RelationRecord {
  id: string;
  locationId: string;
  associationId: string;
  firstObjectKey: string;
  firstRecordId: string;
  secondObjectKey: string;
  secondRecordId: string;
  createdAt: string;
}

export interface BlogRecord {
  _id: string;
  locationId: string;
  name: string;
}

export interface BlogAuthorRecord {
  _id: string;
  locationId: string;
  name: string;
  canonicalLink: string;
  updatedAt: string;
}

export interface BlogCategoryRecord {
  _id: string;
  locationId: string;
  label: string;
  urlSlug: string;
  canonicalLink: string;
  updatedAt: string;
}

export type BlogPostStatus = 'PUBLISHED' | 'SCHEDULED' | 'ARCHIVED' | 'DRAFT';

export interface BlogPostRecord {
  _id: string;
  locationId: string;
  blogId: string;
  title: string;
  description: string;
  rawHTML: string;
  imageUrl: string;
  imageAltText: string;
  status: BlogPostStatus;
  categories: string[];
  tags: string[];
  author: string;
  urlSlug: string;
  canonicalLink?: string;
  archived: boolean;
  publishedAt: string;
  updatedAt: string;
}

export interface CalendarGroupRecord {
  id: string;
  locationId: string;
  name: string;
  description: string;
  slug: string;
  isActive: boolean;
}

export type ResourceType = 'equipments' | 'rooms';

export interface CalendarResourceRecord {
  id: string;
  locationId: string;
  resourceType: ResourceType;
  name: string;
  description: string;
  quantity: number;
  outOfService: number;
  capacity: number;
  calendarIds: string[];
  isActive: boolean;
}

export interface CalendarNotificationRecord {
  _id: string;
  calendarId: string;
  receiverType: string;
  channel: string;
  notificationType: string;
  isActive: boolean;
  deleted: boolean;
  templateId?: string;
  body?: string;
  subject?: string;
  afterTime?: { timeOffset: number; unit: string }[];
  beforeTime?: { timeOffset: number; unit: string }[];
  additionalEmailIds?: string[];
  additionalPhoneNumbers?: string[];
  selectedUsers?: string[];
  fromAddress?: string;
  fromName?: string;
  fromNumber?: string;
}

export interface BlockedSlotRecord {
  id: string;
  locationId: string;
  calendarId: string;
  title: string;
  assignedUserId?: string;
  /** ISO with the location's offset. */
  startTime: string;
  endTime: string;
  dateAdded: string;
  dateUpdated: string;
}

export interface AppointmentNoteRecord {
  id: string;
  appointmentId: string;
  contactId: string;
  body: string;
  userId?: string;
  createdBy: { id: string; name: string };
  dateAdded: string;
}

export interface LostReasonRecord {
  id: string;
  locationId: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** An estimate (invoices.json `EstimateResponseDto`; its status as HighLevel's `estimateStatus`). */
export interface EstimateRecord {
  _id: string;
  altId: string;
  altType: 'location';
  name: string;
  title: string;
  estimateNumber: number;
  estimateStatus: 'draft' | 'sent' | 'accepted' | 'declined' | 'invoiced';
  currency: string;
  liveMode: boolean;
  deleted: boolean;
  items: { _id: string; name: string; description?: string; currency: string; qty: number; amount: number }[];
  discount: { type: 'percentage' | 'fixed'; value: number };
  total: number;
  contactDetails: { id: string; name: string; email?: string; phoneNo?: string; companyName?: string };
  businessDetails: { name: string };
  issueDate: string;
  expiryDate?: string;
  createdAt: string;
  updatedAt: string;
}

/** A recurring invoice (invoices.json `GetScheduleResponseDto`): an invoice template and its repeat rule; `invoices` are those issued. */
export interface InvoiceScheduleRecord {
  _id: string;
  altId: string;
  altType: 'location';
  status: 'draft' | 'active' | 'cancelled';
  liveMode: boolean;
  name: string;
  title: string;
  termsNotes: string;
  currency: string;
  contactDetails: Record<string, unknown> & { id: string };
  businessDetails: Record<string, unknown>;
  discount: { type: 'percentage' | 'fixed'; value: number };
  items: { _id: string; name: string; description?: string; currency: string; qty: number; amount: number }[];
  total: number;
  schedule: { rrule: Record<string, unknown> };
  autoPayment?: Record<string, unknown>;
  invoices: { _id: string; status: string; total: number; issueDate: string }[];
  createdAt: string;
  updatedAt: string;
}

/** A user's availability schedule (calendars.json `ScheduleObjectResponseDTO`): weekly and date rules of HH:MM intervals. */
export interface AvailabilityScheduleRecord {
  id: string;
  locationId: string;
  userId: string;
  name: string;
  timezone: string;
  rules: { type: 'wday' | 'date'; day?: string; date?: string; intervals: { from: string; to: string }[] }[];
  calendarIds: string[];
  deleted: boolean;
  dateAdded: string;
  dateUpdated: string;
}

export type ProductType = 'DIGITAL' | 'PHYSICAL' | 'SERVICE' | 'PHYSICAL/DIGITAL';

/** A product of a location's catalog (products.json `DefaultProductResponseDto`). */
export interface ProductRecord {
  _id: string;
  locationId: string;
  name: string;
  productType: ProductType;
  description?: string;
  image?: string;
  slug?: string;
  statementDescriptor?: string;
  availableInStore?: boolean;
  collectionIds?: string[];
  isTaxesEnabled?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A price of a product (products.json `DefaultPriceResponseDto`); `product` is the product's id. */
export interface PriceRecord {
  _id: string;
  locationId: string;
  product: string;
  name: string;
  type: 'one_time' | 'recurring';
  currency: string;
  amount: number;
  recurring?: { interval: 'day' | 'week' | 'month' | 'year'; intervalCount: number };
  description?: string;
  compareAtPrice?: number;
  sku?: string;
  trackInventory?: boolean;
  availableQuantity?: number;
  allowOutOfStockPurchases?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A discount coupon (payments.json `CouponDto`); `altId` is its location. */
export interface CouponRecord {
  _id: string;
  altId: string;
  altType: 'location';
  name: string;
  code: string;
  discountType: 'percentage' | 'amount';
  discountValue: number;
  startDate: string;
  endDate?: string;
  usageLimit?: number;
  usageCount: number;
  /** 0 = no limit (the spec's answer; writes send a boolean). */
  limitPerCustomer: number;
  productIds?: string[];
  applyToFuturePayments: boolean;
  applyToFuturePaymentsConfig: { type: 'forever' | 'fixed'; duration?: number; durationType?: string };
  createdAt: string;
  updatedAt: string;
}

/** A customer's review of a product (products.json, GET /products/reviews); `altId` is the location. */
export interface ProductReviewRecord {
  _id: string;
  altId: string;
  altType: 'location';
  productId: string;
  rating: number;
  headline: string;
  detail: string;
  status: 'pending' | 'approved' | 'rejected';
  user: { name: string; email: string; phone?: string; isCustomer?: boolean };
  createdAt: string;
  updatedAt: string;
}

/** A product collection (store category; products.json `CollectionSchema`); `altId` is the location. */
export interface CollectionRecord {
  _id: string;
  altId: string;
  name: string;
  slug: string;
  image?: string;
  createdAt: string;
}

export interface TriggerLinkRecord {
  id: string;
  locationId: string;
  name: string;
  redirectTo: string;
  fieldKey: string;
}

export interface UrlRedirectRecord {
  id: string;
  locationId: string;
  domain: string;
  path: string;
  pathLowercase: string;
  type: string;
  target: string;
  action: string;
}

/** A funnel or website (funnels.json, funnel/list); `steps` as HighLevel answers them. */
export interface FunnelRecord {
  _id: string;
  locationId: string;
  name: string;
  type: 'funnel' | 'website';
  url: string;
  domainId: string;
  deleted: boolean;
  steps: { id: string; name: string; pages: string[]; sequence: number; type: string; url: string }[];
  dateAdded: string;
  dateUpdated: string;
}

/** A page of a funnel (funnels.json `FunnelPageResponseDTO`). */
export interface FunnelPageRecord {
  _id: string;
  locationId: string;
  funnelId: string;
  name: string;
  stepId: string;
  deleted: boolean;
  updatedAt: string;
}

/** A document or contract (proposals.json `DocumentDto`, the fields the app reads). */
export interface DocumentRecord {
  _id: string;
  documentId: string;
  locationId: string;
  name: string;
  type: string;
  deleted: boolean;
  isExpired: boolean;
  documentRevision: number;
  status: ('draft' | 'sent' | 'viewed' | 'completed' | 'accepted')[];
  paymentStatus: ('waiting_for_payment' | 'paid' | 'no_payment')[];
  grandTotal: { amount: number; currency: string; discountPercentage: number; discounts: { id: string; value: number; type: string }[] };
  recipients: { id: string; email: string; firstName?: string; lastName?: string; contactName?: string; role: 'user' | 'signer'; hasCompleted: boolean; isPrimary: boolean; signingOrder: number }[];
  links: { referenceId: string; documentId: string; recipientId: string; entityName: 'contacts' | 'users'; recipientCategory: 'recipient' | 'cc' | 'bcc'; documentRevision: number; createdBy: string; deleted: boolean }[];
  fillableFields: unknown[];
  locale: string;
  createdAt: string;
  updatedAt: string;
}

/** A document template (proposals.json `TemplateListResponseDTO`). */
export interface DocumentTemplateRecord {
  _id: string;
  id: string;
  locationId: string;
  name: string;
  type: 'proposal' | 'estimate' | 'contentLibrary';
  deleted: boolean;
  version: number;
  updatedBy: string;
  isPublicDocument: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A snapshot push to a sub-account (snapshots.json `SnapshotStatusSchemaWithAssets`, with its snapshot). */
export interface SnapshotPushRecord {
  id: string;
  snapshotId: string;
  locationId: string;
  status: string;
  completed: string[];
  pending: string[];
  dateAdded: string;
}

/** A social media account connected to the Social Planner (social-media-posting.json `GetAccountSchema`). */
export interface SocialAccountRecord {
  id: string;
  locationId: string;
  name: string;
  platform: string;
  type: string;
  profileId: string;
  oauthId: string;
  expire: string;
  isExpired: boolean;
}

/** A Social Planner post (`GetPostFormattedSchema`; `error` and `type` are required there). */
export interface SocialPostRecord {
  _id: string;
  locationId: string;
  source: string;
  platform: string;
  accountIds: string[];
  accountId: string;
  summary?: string;
  media?: unknown[];
  status: string;
  type: string;
  displayDate: string;
  publishedAt?: string;
  postId?: string;
  error: string;
  tags: string[];
  categoryId?: string;
  followUpComment?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A Social Planner post category (`CategorySchema`). */
export interface SocialCategoryRecord {
  _id: string;
  locationId: string;
  name: string;
  primaryColor: string;
  secondaryColor: string;
  createdBy: string;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A Social Planner post tag (`SocialMediaTagSchema`, the name in `tag`). */
export interface SocialTagRecord {
  _id: string;
  locationId: string;
  tag: string;
  createdBy: string;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A shipment of an order's items (payments.json `FulfillmentSchema`); `altId` is the location. */
export interface FulfillmentRecord {
  _id: string;
  altId: string;
  altType: 'location';
  orderId: string;
  trackings: { trackingNumber?: string; shippingCarrier?: string; trackingUrl?: string }[];
  items: { _id: string; name: string; product: ProductRecord | Record<string, never>; price: PriceRecord; qty: number }[];
  notifyCustomer: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ExtSnapshot {
  companies: CompanyRecord[];
  snapshots: SnapshotRecord[];
  installs: InstallRecord[];
  associations: AssociationRecord[];
  relations: RelationRecord[];
  blogs: BlogRecord[];
  blogAuthors: BlogAuthorRecord[];
  blogCategories: BlogCategoryRecord[];
  blogPosts: BlogPostRecord[];
  calendarGroups: CalendarGroupRecord[];
  calendarResources: CalendarResourceRecord[];
  calendarNotifications: CalendarNotificationRecord[];
  blockedSlots: BlockedSlotRecord[];
  appointmentNotes: AppointmentNoteRecord[];
  lostReasons: LostReasonRecord[];
  products: ProductRecord[];
  prices: PriceRecord[];
  coupons: CouponRecord[];
  productReviews: ProductReviewRecord[];
  collections: CollectionRecord[];
  customObjects: CustomObjectRecord[];
  objectRecords: ObjectRecordRecord[];
  customValues: CustomValueRecord[];
  locationTags: LocationTagRecord[];
  estimates: EstimateRecord[];
  triggerLinks: TriggerLinkRecord[];
  urlRedirects: UrlRedirectRecord[];
  funnels: FunnelRecord[];
  funnelPages: FunnelPageRecord[];
  documents: DocumentRecord[];
  documentTemplates: DocumentTemplateRecord[];
  snapshotPushes: SnapshotPushRecord[];
  socialAccounts: SocialAccountRecord[];
  socialPosts: SocialPostRecord[];
  socialCategories: SocialCategoryRecord[];
  socialTags: SocialTagRecord[];
  fulfillments: FulfillmentRecord[];
  invoiceSchedules: InvoiceScheduleRecord[];
  availabilitySchedules: AvailabilityScheduleRecord[];
}

type ExtRecord = ExtSnapshot[keyof ExtSnapshot][number];

const NAMES = [
  'companies',
  'snapshots',
  'installs',
  'associations',
  'relations',
  'blogs',
  'blogAuthors',
  'blogCategories',
  'blogPosts',
  'calendarGroups',
  'products',
  'prices',
  'coupons',
  'productReviews',
  'collections',
  'calendarResources',
  'calendarNotifications',
  'blockedSlots',
  'appointmentNotes',
  'lostReasons',
  'customObjects',
  'objectRecords',
  'customValues',
  'locationTags',
  'estimates',
  'triggerLinks',
  'urlRedirects',
  'funnels',
  'funnelPages',
  'documents',
  'documentTemplates',
  'snapshotPushes',
  'socialAccounts',
  'socialPosts',
  'socialCategories',
  'socialTags',
  'fulfillments',
  'invoiceSchedules',
  'availabilitySchedules',
] as const satisfies readonly (keyof ExtSnapshot)[];

/** A record's key: `_id`, `id`, or the location id of an install. */
const keyOf = (r: ExtRecord): string => ('_id' in r ? r._id : 'id' in r ? r.id : r.locationId);

export class ExtStore {
  readonly companies = new Map<string, CompanyRecord>();
  readonly snapshots = new Map<string, SnapshotRecord>();
  /** Keyed by location id. */
  readonly installs = new Map<string, InstallRecord>();
  readonly associations = new Map<string, AssociationRecord>();
  readonly relations = new Map<string, RelationRecord>();
  readonly products = new Map<string, ProductRecord>();
  readonly prices = new Map<string, PriceRecord>();
  readonly coupons = new Map<string, CouponRecord>();
  readonly productReviews = new Map<string, ProductReviewRecord>();
  readonly collections = new Map<string, CollectionRecord>();
  readonly blogs = new Map<string, BlogRecord>();
  readonly blogAuthors = new Map<string, BlogAuthorRecord>();
  readonly blogCategories = new Map<string, BlogCategoryRecord>();
  readonly blogPosts = new Map<string, BlogPostRecord>();
  readonly calendarGroups = new Map<string, CalendarGroupRecord>();
  readonly calendarResources = new Map<string, CalendarResourceRecord>();
  readonly calendarNotifications = new Map<string, CalendarNotificationRecord>();
  readonly blockedSlots = new Map<string, BlockedSlotRecord>();
  readonly appointmentNotes = new Map<string, AppointmentNoteRecord>();
  readonly lostReasons = new Map<string, LostReasonRecord>();
  readonly customObjects = new Map<string, CustomObjectRecord>();
  readonly objectRecords = new Map<string, ObjectRecordRecord>();
  readonly customValues = new Map<string, CustomValueRecord>();
  readonly locationTags = new Map<string, LocationTagRecord>();
  readonly estimates = new Map<string, EstimateRecord>();
  readonly triggerLinks = new Map<string, TriggerLinkRecord>();
  readonly urlRedirects = new Map<string, UrlRedirectRecord>();
  readonly funnels = new Map<string, FunnelRecord>();
  readonly funnelPages = new Map<string, FunnelPageRecord>();
  readonly documents = new Map<string, DocumentRecord>();
  readonly documentTemplates = new Map<string, DocumentTemplateRecord>();
  readonly snapshotPushes = new Map<string, SnapshotPushRecord>();
  readonly socialAccounts = new Map<string, SocialAccountRecord>();
  readonly socialPosts = new Map<string, SocialPostRecord>();
  readonly socialCategories = new Map<string, SocialCategoryRecord>();
  readonly socialTags = new Map<string, SocialTagRecord>();
  readonly fulfillments = new Map<string, FulfillmentRecord>();
  readonly invoiceSchedules = new Map<string, InvoiceScheduleRecord>();
  readonly availabilitySchedules = new Map<string, AvailabilityScheduleRecord>();

  get empty(): boolean {
    return NAMES.every((name) => this[name].size === 0);
  }

  toJSON(): ExtSnapshot {
    return {
      products: [...this.products.values()],
      prices: [...this.prices.values()],
      coupons: [...this.coupons.values()],
      productReviews: [...this.productReviews.values()],
      collections: [...this.collections.values()],
      companies: [...this.companies.values()],
      snapshots: [...this.snapshots.values()],
      installs: [...this.installs.values()],
      associations: [...this.associations.values()],
      relations: [...this.relations.values()],
      blogs: [...this.blogs.values()],
      blogAuthors: [...this.blogAuthors.values()],
      blogCategories: [...this.blogCategories.values()],
      blogPosts: [...this.blogPosts.values()],
      calendarGroups: [...this.calendarGroups.values()],
      calendarResources: [...this.calendarResources.values()],
      calendarNotifications: [...this.calendarNotifications.values()],
      blockedSlots: [...this.blockedSlots.values()],
      appointmentNotes: [...this.appointmentNotes.values()],
      lostReasons: [...this.lostReasons.values()],
      customObjects: [...this.customObjects.values()],
      objectRecords: [...this.objectRecords.values()],
      customValues: [...this.customValues.values()],
      locationTags: [...this.locationTags.values()],
      estimates: [...this.estimates.values()],
      triggerLinks: [...this.triggerLinks.values()],
      urlRedirects: [...this.urlRedirects.values()],
      funnels: [...this.funnels.values()],
      funnelPages: [...this.funnelPages.values()],
      documents: [...this.documents.values()],
      documentTemplates: [...this.documentTemplates.values()],
      snapshotPushes: [...this.snapshotPushes.values()],
      socialAccounts: [...this.socialAccounts.values()],
      socialPosts: [...this.socialPosts.values()],
      socialCategories: [...this.socialCategories.values()],
      socialTags: [...this.socialTags.values()],
      fulfillments: [...this.fulfillments.values()],
      invoiceSchedules: [...this.invoiceSchedules.values()],
      availabilitySchedules: [...this.availabilitySchedules.values()],
    };
  }

  load(snapshot: Partial<ExtSnapshot>): void {
    for (const name of NAMES) {
      // Each collection's records go into the map of the same name (the union type cannot say so).
      const map: Map<string, ExtRecord> = this[name];
      map.clear();
      for (const r of snapshot[name] ?? []) map.set(keyOf(r), r);
    }
  }
}
