/**
 * The record types of the routes added so that every operation of the app runs against the
 * sandbox: the agency (company, snapshots, where the app is installed), associations and their
 * relations, blogs, calendar administration (groups, resources, notifications, blocked slots,
 * appointment notes) and opportunity lost reasons. One Map per type, keyed by id, in the shapes
 * of HighLevel's specs (apps/*.json); persisted next to the main store (persist.ts, `ext`).
 * Conversations are not stored: they are the messages of `store.messages` grouped by their
 * conversationId.
 */

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
  triggerLinks: TriggerLinkRecord[];
  urlRedirects: UrlRedirectRecord[];
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
  'calendarResources',
  'calendarNotifications',
  'blockedSlots',
  'appointmentNotes',
  'lostReasons',
  'triggerLinks',
  'urlRedirects',
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
  readonly triggerLinks = new Map<string, TriggerLinkRecord>();
  readonly urlRedirects = new Map<string, UrlRedirectRecord>();

  get empty(): boolean {
    return NAMES.every((name) => this[name].size === 0);
  }

  toJSON(): ExtSnapshot {
    return {
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
      triggerLinks: [...this.triggerLinks.values()],
      urlRedirects: [...this.urlRedirects.values()],
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
