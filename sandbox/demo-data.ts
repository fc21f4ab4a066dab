import { refreshDerived } from './contact-model';
import { seedDemoInbox } from './demo-inbox';
import { seedDemoPayments } from './demo-payments';
import { seededIds } from './ids';
import type {
  AppointmentRecord,
  CalendarRecord,
  ContactRecord,
  CustomFieldRecord,
  CustomValue,
  LocationRecord,
  OpportunityRecord,
  PlaceFields,
  SandboxStore,
  UserRecord,
} from './store';
import { isoInZone, wallClock, zonedToUtc } from './time';

/**
 * The demo sub-account: a dental practice in Austin, with the records a newcomer's demo and the
 * end-to-end tests use. Ids are the same on every start (seeded); dates are relative to the start
 * (contacts added over the last weeks, appointments on the coming weekdays; messages, form and
 * survey submissions, orders and payments in the last two days: demo-inbox.ts, demo-payments.ts). Emails use the
 * reserved example domains and phones the 555-01xx range, so nothing here reaches a real person.
 */

export const DEMO_LOCATION_ID = 'sunrise_location_01';
export const DEMO_COMPANY_ID = 'sunrise_company_01';
const TZ = 'America/Chicago';
const DAY = 24 * 3600 * 1000;

const FULL_PERMISSIONS: Record<string, boolean> = {
  campaignsEnabled: true,
  campaignsReadOnly: false,
  contactsEnabled: true,
  workflowsEnabled: true,
  workflowsReadOnly: false,
  triggersEnabled: true,
  funnelsEnabled: true,
  websitesEnabled: false,
  opportunitiesEnabled: true,
  dashboardStatsEnabled: true,
  bulkRequestsEnabled: true,
  appointmentsEnabled: true,
  reviewsEnabled: true,
  onlineListingsEnabled: true,
  phoneCallEnabled: true,
  conversationsEnabled: true,
  assignedDataOnly: false,
  settingsEnabled: true,
  tagsEnabled: true,
  leadValueEnabled: true,
  marketingEnabled: true,
};

/** The practice's address, site and time zone: the location's and its business's. */
const DEMO_PLACE: PlaceFields = {
  address: '2400 S Lamar Blvd, Suite 110',
  city: 'Austin',
  state: 'TX',
  country: 'US',
  postalCode: '78704',
  website: 'https://sunrisedental-austin.example',
  timezone: TZ,
};

function demoLocation(): LocationRecord {
  return {
    id: DEMO_LOCATION_ID,
    companyId: DEMO_COMPANY_ID,
    name: 'Sunrise Dental - Austin',
    domain: 'book.sunrisedental-austin.example',
    ...DEMO_PLACE,
    firstName: 'Maya',
    lastName: 'Patel',
    email: 'frontdesk@sunrisedental-austin.example',
    phone: '+15125550100',
    business: {
      name: 'Sunrise Dental - Austin',
      ...DEMO_PLACE,
    },
    social: { facebookUrl: 'https://www.facebook.com/sunrisedentalaustin.example', googlePlacesId: 'ChIJsunriseDentalAustin01' },
    settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false },
    reseller: {},
  };
}

function user(id: string, firstName: string, lastName: string, email: string, phone: string, role: 'admin' | 'user'): UserRecord {
  return {
    id,
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    email,
    phone,
    extension: '',
    companyId: DEMO_COMPANY_ID,
    permissions: { ...FULL_PERMISSIONS, settingsEnabled: role === 'admin' },
    roles: { type: 'account', role, locationIds: [DEMO_LOCATION_ID], restrictSubAccount: true },
    deleted: false,
    platformLanguage: 'en_US',
  };
}

/**
 * The location alone, with its owner: what `demoData: false` starts with (a token needs a
 * location and a user). Returns the owner's id.
 */
export function seedLocation(store: SandboxStore): string {
  const ids = seededIds('sunrise-dental-austin/users');
  const owner = user(ids.id(), 'Maya', 'Patel', 'maya.patel@sunrisedental-austin.example', '+15125550101', 'admin');
  store.locations.set(DEMO_LOCATION_ID, demoLocation());
  store.users.set(owner.id, owner);
  return owner.id;
}

/** The demo's people and a few custom fields, for the seeders of messages, forms and payments. */
export interface DemoCast {
  /** The start time that the demo dates are relative to. */
  nowMs: number;
  locationId: string;
  owner: UserRecord;
  jordan: UserRecord;
  priya: UserRecord;
  rosa: ContactRecord;
  marcus: ContactRecord;
  hannah: ContactRecord;
  diego: ContactRecord;
  olivia: ContactRecord;
  samuel: ContactRecord;
  grace: ContactRecord;
  ethan: ContactRecord;
  fields: { mailDay: CustomFieldRecord; interests: CustomFieldRecord; insurance: CustomFieldRecord };
}

/** The weekday (Mon-Fri) `n` business days after `fromMs`, at hh:mm Austin time. */
function businessDayAt(fromMs: number, n: number, hour: number, minute: number): number {
  const w = wallClock(fromMs, TZ);
  let found = 0;
  for (let i = 1; i < 30; i++) {
    const d = new Date(Date.UTC(w.year, w.month - 1, w.day + i));
    const wd = d.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    if (++found === n) return zonedToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute, TZ);
  }
  return fromMs + n * DAY;
}

export function seedDemoData(store: SandboxStore, nowMs = Date.now()): void {
  const ownerId = seedLocation(store);
  const ids = seededIds('sunrise-dental-austin/records');
  const iso = (ms: number) => new Date(ms).toISOString();
  const loc = DEMO_LOCATION_ID;

  // ---- users
  const jordan = user(ids.id(), 'Jordan', 'Reyes', 'jordan.reyes@sunrisedental-austin.example', '+15125550102', 'user');
  const priya = user(ids.id(), 'Priya', 'Shah', 'priya.shah@sunrisedental-austin.example', '+15125550103', 'user');
  for (const u of [jordan, priya]) store.users.set(u.id, u);

  // ---- custom fields
  const field = (name: string, key: string, dataType: CustomFieldRecord['dataType'], model: 'contact' | 'opportunity', position: number, placeholder: string, options?: string[]): CustomFieldRecord => {
    const f: CustomFieldRecord = { id: ids.id(), name, fieldKey: `${model}.${key}`, placeholder, dataType, position, locationId: loc, model };
    if (options) f.picklistOptions = options;
    store.customFields.set(f.id, f);
    return f;
  };
  const mailDay = field('Preferred Mail Day', 'preferred_mail_day', 'SINGLE_OPTIONS', 'contact', 0, 'Pick a weekday', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
  const household = field('Household Size', 'household_size', 'NUMERICAL', 'contact', 50, 'People at this address');
  const interests = field('Interests', 'interests', 'CHECKBOX', 'contact', 100, 'Treatments of interest', [
    'Teeth Whitening',
    'Invisalign',
    'Dental Implants',
    'Pediatric Care',
    'Cosmetic Bonding',
  ]);
  const insurance = field('Insurance Provider', 'insurance_provider', 'TEXT', 'contact', 150, 'e.g. Delta Dental PPO');
  const lastCleaning = field('Last Cleaning Date', 'last_cleaning_date', 'DATE', 'contact', 200, 'YYYY-MM-DD');
  const treatment = field('Treatment Type', 'treatment_type', 'SINGLE_OPTIONS', 'opportunity', 0, 'Planned treatment', ['Invisalign', 'Dental Implant', 'Crown', 'Whitening', 'Veneers']);
  const preApproved = field('Insurance Pre-Approved', 'insurance_preapproved', 'RADIO', 'opportunity', 50, 'Pre-approval status', ['Yes', 'No', 'Pending']);
  const visits = field('Estimated Visits', 'estimated_visits', 'NUMERICAL', 'opportunity', 100, 'Number of visits');

  // ---- campaigns, workflows, businesses
  const welcome = { id: ids.id(), name: 'New Patient Welcome Series', status: 'published' as const, locationId: loc };
  const recall = { id: ids.id(), name: '6-Month Cleaning Reminder', status: 'published' as const, locationId: loc };
  for (const c of [welcome, recall]) store.campaigns.set(c.id, c);
  const wfCreated = iso(nowMs - 120 * DAY);
  for (const [name, status] of [
    ['Appointment Confirmation & Reminders', 'published'],
    ['Post-Visit Google Review Request', 'published'],
  ] as const) {
    const w = { id: ids.id(), name, status, version: 3, createdAt: wfCreated, updatedAt: iso(nowMs - 30 * DAY), locationId: loc };
    store.workflows.set(w.id, w);
  }
  const business = (name: string, extra: { email?: string; phone?: string; website?: string; address: string; postalCode: string; description: string }) => {
    const b = { id: ids.id(), name, ...extra, city: 'Austin', state: 'TX', country: 'US', locationId: loc, createdAt: iso(nowMs - 90 * DAY), updatedAt: iso(nowMs - 90 * DAY) };
    store.businesses.set(b.id, b);
    return b;
  };
  const lamarTech = business('Lamar Tech Partners', {
    email: 'benefits@lamartech.example',
    phone: '+15125550170',
    website: 'https://lamartech.example',
    address: '1100 S Lamar Blvd, Floor 4',
    postalCode: '78704',
    description: 'Employer group: staff on the Delta Dental group plan.',
  });
  const zilkerPta = business('Zilker Elementary PTA', {
    email: 'pta@zilker-elementary.example',
    address: '2205 Kinney Ave',
    postalCode: '78704',
    description: 'School partner for the kids\u2019 sealant day.',
  });
  const coffee = business('Barton Springs Coffee Co.', {
    phone: '+15125550188',
    website: 'https://bartonspringscoffee.example',
    address: '1501 Barton Springs Rd',
    postalCode: '78704',
    description: 'Local business: staff referral program.',
  });

  // ---- contacts
  const cf = (pairs: [CustomFieldRecord, CustomValue][]) => pairs.map(([f, value]) => ({ id: f.id, value }));
  const contact = (daysAgo: number, updatedDaysAgo: number, c: Omit<ContactRecord, 'id' | 'locationId' | 'dateAdded' | 'dateUpdated' | 'dnd' | 'dndSettings' | 'followers' | 'additionalEmails' | 'country' | 'type'> & Partial<Pick<ContactRecord, 'type' | 'dnd'>>): ContactRecord => {
    const rec: ContactRecord = {
      id: ids.id(),
      locationId: loc,
      country: 'US',
      type: 'customer',
      dnd: false,
      dndSettings: {},
      followers: [],
      additionalEmails: [],
      ...c,
      timezone: TZ,
      dateAdded: iso(nowMs - daysAgo * DAY),
      dateUpdated: iso(nowMs - updatedDaysAgo * DAY),
    };
    refreshDerived(rec);
    store.contacts.set(rec.id, rec);
    return rec;
  };
  const rosa = contact(3, 1, {
    firstName: 'Rosa',
    lastName: 'Delgado',
    email: 'rosa.delgado@example.com',
    phone: '+15125550143',
    companyName: 'Lamar Tech Partners',
    businessId: lamarTech.id,
    address1: '1708 Bluebonnet Ln',
    city: 'Austin',
    state: 'TX',
    postalCode: '78704',
    dateOfBirth: '1988-04-12',
    source: 'website form',
    type: 'lead',
    assignedTo: jordan.id,
    tags: ['new patient', 'invisalign lead'],
    customFields: cf([
      [mailDay, 'Tuesday'],
      [household, 4],
      [interests, ['Invisalign', 'Teeth Whitening']],
      [insurance, 'Delta Dental PPO'],
    ]),
    attributionSource: { url: 'https://sunrisedental-austin.example/invisalign', medium: 'form', utmSource: 'google', utmMedium: 'cpc' },
  });
  const marcus = contact(41, 12, {
    firstName: 'Marcus',
    lastName: 'Bell',
    email: 'marcus.bell@example.com',
    phone: '+15125550178',
    address1: '4512 Avenue F',
    city: 'Austin',
    state: 'TX',
    postalCode: '78751',
    dateOfBirth: '1975-11-03',
    source: 'referral',
    assignedTo: priya.id,
    tags: ['patient', 'recall due'],
    customFields: cf([
      [mailDay, 'Monday'],
      [household, 2],
      [insurance, 'Cigna Dental 1500'],
      [lastCleaning, '2025-03-18'],
    ]),
  });
  const hannah = contact(33, 33, {
    firstName: 'Hannah',
    lastName: 'Kim',
    email: 'hannah.kim@example.net',
    phone: '+15125550119',
    companyName: 'Barton Springs Coffee Co.',
    businessId: coffee.id,
    address1: '901 W 29th St Apt 12',
    city: 'Austin',
    state: 'TX',
    postalCode: '78705',
    source: 'staff referral',
    assignedTo: jordan.id,
    tags: ['patient'],
    customFields: cf([[mailDay, 'Friday']]),
  });
  const diego = contact(9, 2, {
    firstName: 'Diego',
    lastName: 'Alvarez',
    email: 'diego.alvarez@example.com',
    phone: '+17375550162',
    address1: '2207 E Cesar Chavez St',
    city: 'Austin',
    state: 'TX',
    postalCode: '78702',
    dateOfBirth: '1969-07-22',
    source: 'Google Business Profile',
    type: 'lead',
    assignedTo: ownerId,
    tags: ['new patient', 'implant consult'],
    customFields: cf([
      [interests, ['Dental Implants']],
      [household, 1],
    ]),
  });
  const olivia = contact(27, 5, {
    firstName: 'Olivia',
    lastName: 'Nguyen',
    email: 'olivia.nguyen@example.org',
    phone: '+15125550190',
    businessId: zilkerPta.id,
    companyName: 'Zilker Elementary PTA',
    address1: '6300 Menchaca Rd',
    city: 'Austin',
    state: 'TX',
    postalCode: '78745',
    source: 'school event',
    assignedTo: priya.id,
    tags: ['patient', 'pediatric'],
    customFields: cf([
      [mailDay, 'Wednesday'],
      [household, 5],
      [interests, ['Pediatric Care']],
      [insurance, 'MetLife PDP Plus'],
    ]),
  });
  const samuel = contact(58, 20, {
    firstName: 'Samuel',
    lastName: 'Okafor',
    email: 'sam.okafor@example.com',
    phone: '+15125550127',
    address1: '11400 Jollyville Rd',
    city: 'Austin',
    state: 'TX',
    postalCode: '78759',
    source: 'walk-in',
    tags: ['patient', 'whitening'],
    customFields: cf([[interests, ['Teeth Whitening']]]),
    dnd: true,
  });
  samuel.dndSettings = { SMS: { status: 'active', message: 'Asked not to be texted', code: 'user_request' } };
  const grace = contact(19, 7, {
    firstName: 'Grace',
    lastName: 'Whitfield',
    email: 'grace.whitfield@example.com',
    phone: '+15125550155',
    address1: '3105 Windsor Rd',
    city: 'Austin',
    state: 'TX',
    postalCode: '78703',
    dateOfBirth: '1981-02-27',
    source: 'Instagram',
    assignedTo: ownerId,
    tags: ['vip', 'cosmetic'],
    customFields: cf([
      [mailDay, 'Thursday'],
      [household, 3],
      [interests, ['Cosmetic Bonding', 'Teeth Whitening']],
      [insurance, 'Aetna Dental PPO'],
    ]),
  });
  const ethan = contact(1, 1, {
    firstName: 'Ethan',
    lastName: 'Brooks',
    email: 'ethan.brooks@example.com',
    phone: '+15125550136',
    address1: '8120 Research Blvd',
    city: 'Austin',
    state: 'TX',
    postalCode: '78758',
    source: 'Google Ads',
    type: 'lead',
    tags: ['lead'],
    customFields: [],
  });

  // ---- tasks and notes
  const task = (contactId: string, title: string, body: string, dueInDays: number, completed: boolean, assignedTo: string, addedDaysAgo: number, updatedDaysAgo = addedDaysAgo) => {
    const t = { id: ids.id(), contactId, title, body, dueDate: iso(nowMs + dueInDays * DAY), completed, assignedTo, dateAdded: iso(nowMs - addedDaysAgo * DAY), dateUpdated: iso(nowMs - updatedDaysAgo * DAY) };
    store.tasks.set(t.id, t);
  };
  task(rosa.id, 'Call to confirm insurance details', 'Verify Delta Dental PPO coverage for orthodontics before the consult.', 2, false, jordan.id, 2);
  task(rosa.id, 'Send Invisalign financing options', 'Email the 12- and 24-month plans.', -1, true, jordan.id, 3, 1);
  task(marcus.id, 'Schedule 6-month cleaning', 'Recall is overdue; offer early-morning slots.', 1, false, priya.id, 12);
  task(diego.id, 'Follow up on implant consult', 'Send the CBCT scan summary and the treatment estimate.', 3, false, ownerId, 8);
  const note = (contactId: string, body: string, daysAgo: number, userId: string, title?: string) => {
    const n = { id: ids.id(), contactId, body, dateAdded: iso(nowMs - daysAgo * DAY), userId, pinned: false, ...(title ? { title } : {}) };
    store.notes.set(n.id, n);
  };
  note(rosa.id, 'Prefers morning appointments; a little nervous about X-rays.', 2, jordan.id, 'First call');
  note(diego.id, 'Referred by Dr. Lin at Eastside Oral Surgery. Missing lower left molar.', 8, ownerId);
  note(grace.id, 'Asked about porcelain veneers pricing at her last visit.', 7, ownerId, 'Veneers interest');

  store.enroll('campaign', { contactId: rosa.id, targetId: welcome.id, dateAdded: iso(nowMs - 3 * DAY) });
  store.enroll('campaign', { contactId: marcus.id, targetId: recall.id, dateAdded: iso(nowMs - 12 * DAY) });
  store.enroll('campaign', { contactId: olivia.id, targetId: recall.id, dateAdded: iso(nowMs - 5 * DAY) });

  // ---- pipeline and opportunities
  const stageIds = seededIds('sunrise-dental-austin/stages');
  const stages = ['New Inquiry', 'Consultation Booked', 'Treatment Plan Presented', 'Treatment Scheduled'].map((name, position) => ({
    id: stageIds.uuid(),
    name,
    position,
    showInFunnel: true,
    showInPieChart: true,
  }));
  const pipeline = { id: ids.id(), name: 'Treatment Plans', stages, showInFunnel: true, showInPieChart: true, locationId: loc };
  store.pipelines.set(pipeline.id, pipeline);
  const opportunity = (
    who: ContactRecord,
    name: string,
    value: number,
    stage: number,
    status: OpportunityRecord['status'],
    daysAgo: number,
    fields: [CustomFieldRecord, CustomValue][],
  ) => {
    const created = iso(nowMs - daysAgo * DAY);
    const changed = iso(nowMs - Math.max(0, daysAgo - 1) * DAY);
    const o: OpportunityRecord = {
      id: ids.id(),
      name,
      monetaryValue: value,
      pipelineId: pipeline.id,
      pipelineStageId: stages[stage]!.id,
      assignedTo: who.assignedTo ?? ownerId,
      status,
      source: who.source ?? 'website form',
      lastStatusChangeAt: changed,
      lastStageChangeAt: changed,
      lastActionDate: changed,
      indexVersion: 1,
      createdAt: created,
      updatedAt: changed,
      contactId: who.id,
      locationId: loc,
      customFields: fields.map(([f, fieldValue]) => ({ id: f.id, fieldValue })),
      followers: [],
    };
    store.opportunities.set(o.id, o);
  };
  opportunity(rosa, 'Rosa Delgado - Invisalign', 5200, 1, 'open', 3, [
    [treatment, 'Invisalign'],
    [preApproved, 'Pending'],
    [visits, 8],
  ]);
  opportunity(diego, 'Diego Alvarez - Dental Implant', 4100, 0, 'open', 9, [[treatment, 'Dental Implant']]);
  opportunity(grace, 'Grace Whitfield - Porcelain Veneers', 9600, 2, 'open', 15, [
    [treatment, 'Veneers'],
    [preApproved, 'No'],
    [visits, 4],
  ]);
  opportunity(samuel, 'Samuel Okafor - In-Office Whitening', 650, 3, 'won', 40, [[treatment, 'Whitening']]);

  // ---- calendars and appointments
  const groupId = ids.id();
  const weekdays = [1, 2, 3, 4, 5];
  const calendar = (name: string, slug: string, minutes: number, userId: string, hours: CalendarRecord['openHours'][number]['hours'], description: string, color: string): CalendarRecord => {
    const c: CalendarRecord = {
      id: ids.id(),
      locationId: loc,
      groupId,
      name,
      description,
      slug,
      widgetSlug: slug,
      calendarType: 'event',
      widgetType: 'classic',
      eventTitle: '{{contact.name}}',
      eventColor: color,
      teamMembers: [{ userId, priority: 1, meetingLocationType: 'address', meetingLocation: '2400 S Lamar Blvd, Suite 110, Austin, TX 78704', isPrimary: true }],
      slotDuration: minutes,
      slotDurationUnit: 'mins',
      slotInterval: minutes,
      slotIntervalUnit: 'mins',
      slotBuffer: 0,
      appoinmentPerSlot: 1,
      openHours: [{ daysOfTheWeek: weekdays, hours }],
      availabilityType: 0,
      isActive: true,
      autoConfirm: true,
      allowReschedule: true,
      allowCancellation: true,
    };
    store.calendars.set(c.id, c);
    return c;
  };
  const exam = calendar(
    'New Patient Exam',
    'new-patient-exam',
    60,
    ownerId,
    [
      { openHour: 8, openMinute: 0, closeHour: 12, closeMinute: 0 },
      { openHour: 13, openMinute: 0, closeHour: 17, closeMinute: 0 },
    ],
    'Comprehensive exam, X-rays and a treatment discussion with Dr. Patel.',
    '#f59e0b',
  );
  const cleaning = calendar(
    'Cleaning & Hygiene',
    'cleaning-hygiene',
    30,
    priya.id,
    [{ openHour: 8, openMinute: 0, closeHour: 16, closeMinute: 0 }],
    'Routine cleaning and check-up with our hygienist.',
    '#0ea5e9',
  );
  const appointment = (cal: CalendarRecord, who: ContactRecord, startMs: number, status: AppointmentRecord['appointmentStatus'], notes?: string) => {
    const end = startMs + cal.slotDuration * 60_000;
    const booked = iso(Math.min(startMs, nowMs) - 2 * DAY);
    const a: AppointmentRecord = {
      id: ids.id(),
      locationId: loc,
      calendarId: cal.id,
      contactId: who.id,
      groupId,
      title: `${cal.name} with ${who.name ?? 'patient'}`,
      appointmentStatus: status,
      assignedUserId: cal.teamMembers[0]!.userId,
      users: [cal.teamMembers[0]!.userId],
      address: cal.teamMembers[0]!.meetingLocation,
      meetingLocationType: 'address',
      startTime: isoInZone(startMs, TZ),
      endTime: isoInZone(end, TZ),
      isRecurring: false,
      createdBy: { source: 'booking_widget' },
      dateAdded: booked,
      dateUpdated: booked,
      ...(notes ? { notes } : {}),
    };
    store.appointments.set(a.id, a);
  };
  appointment(exam, rosa, businessDayAt(nowMs, 1, 9, 0), 'confirmed', 'Invisalign consult; bring insurance card.');
  appointment(cleaning, marcus, businessDayAt(nowMs, 2, 10, 30), 'confirmed');
  appointment(cleaning, hannah, businessDayAt(nowMs, 3, 14, 0), 'new');
  appointment(exam, diego, businessDayAt(nowMs, 4, 13, 0), 'confirmed', 'Implant consult: review CBCT scan.');
  appointment(cleaning, grace, businessDayAt(nowMs - 10 * DAY, 1, 11, 0), 'showed');

  const cast: DemoCast = { nowMs, locationId: loc, owner: store.users.get(ownerId)!, jordan, priya, rosa, marcus, hannah, diego, olivia, samuel, grace, ethan, fields: { mailDay, interests, insurance } };
  seedDemoInbox(store, cast);
  seedDemoPayments(store, cast);
}
