import { DEMO_COMPANY_ID, DEMO_LOCATION_ID } from './demo-data';
import type { ExtStore } from './ext-store';
import { seedDemoSocial } from './demo-social';
import { seededIds } from './ids';
import { seedDemoSchedules } from './demo-schedules';
import { seedLocationData } from './location-data';
import type { LocationRecord, SandboxStore, UserRecord } from './store';
import { isoInZone } from './time';

/**
 * The demo agency and what the added routes read: the company "Sunrise Dental Group" with a
 * second sub-account (Round Rock) and the app installed at both, an agency admin, 2 snapshots;
 * for the Austin practice: a user-defined association (contact "referred by" contact) with one
 * relation, a blog with an author, 2 categories and 2 posts, the calendars' group, a room and an
 * equipment resource, a reminder notification, a blocked slot, a note on the first appointment,
 * 2 lost reasons. Ids are the same on every start; dates relative to the start.
 */

export const DEMO_SECOND_LOCATION_ID = 'sunrise_location_02';
const DAY = 24 * 3600 * 1000;

function secondLocation(first: LocationRecord): LocationRecord {
  const place = { address: '201 University Oaks Blvd', city: 'Round Rock', state: 'TX', country: 'US', postalCode: '78665', website: 'https://sunrisedental-roundrock.example', timezone: first.timezone };
  return {
    ...structuredClone(first),
    id: DEMO_SECOND_LOCATION_ID,
    name: 'Sunrise Dental - Round Rock',
    domain: 'book.sunrisedental-roundrock.example',
    ...place,
    email: 'frontdesk@sunrisedental-roundrock.example',
    phone: '+15125550150',
    business: { ...first.business, name: 'Sunrise Dental - Round Rock', ...place },
    social: {},
  };
}

/**
 * The company and the app's installs: what agency tokens need, even without demo data. With
 * `demo`, also the second location, the agency admin and the snapshots.
 */
export function seedAgency(store: SandboxStore, ext: ExtStore, demo: boolean, nowMs = Date.now()): void {
  const first = store.locations.get(DEMO_LOCATION_ID) ?? [...store.locations.values()][0];
  if (!first) return;
  const ids = seededIds('sunrise-dental-group/agency');
  const iso = (ms: number) => new Date(ms).toISOString();
  ext.companies.set(first.companyId, {
    id: first.companyId,
    name: 'Sunrise Dental Group',
    email: 'it@sunrisedentalgroup.example',
    phone: '+15125550199',
    website: 'https://sunrisedentalgroup.example',
    domain: 'https://app.sunrisedentalgroup.example',
    address: '600 Congress Ave, Floor 14',
    city: 'Austin',
    state: 'TX',
    postalCode: '78701',
    country: 'US',
    timezone: first.timezone,
    logoUrl: 'https://sunrisedentalgroup.example/logo.png',
    customerType: 'agency',
    plan: 2,
    currency: 'USD',
    isReselling: false,
    status: 'active',
  });
  if (demo && first.companyId === DEMO_COMPANY_ID && !store.locations.has(DEMO_SECOND_LOCATION_ID)) store.locations.set(DEMO_SECOND_LOCATION_ID, secondLocation(first));
  const locations = [...store.locations.values()].filter((l) => l.companyId === first.companyId);
  locations.forEach((l, i) => ext.installs.set(l.id, { locationId: l.id, companyId: l.companyId, installedAt: iso(nowMs - (60 - i * 20) * DAY) }));
  if (!demo) return;
  const admin: UserRecord = {
    id: ids.id(),
    name: 'Alex Morgan',
    firstName: 'Alex',
    lastName: 'Morgan',
    email: 'alex.morgan@sunrisedentalgroup.example',
    phone: '+15125550198',
    extension: '',
    companyId: first.companyId,
    permissions: {},
    // An agency admin reaches every location without being listed on them (so the locations' user lists stay their own).
    roles: { type: 'agency', role: 'admin', locationIds: [], restrictSubAccount: false },
    deleted: false,
    platformLanguage: 'en_US',
  };
  store.users.set(admin.id, admin);
  for (const [name, type] of [['Dental Practice Starter', 'own'], ['Review Booster (imported)', 'imported']] as const) {
    const s = { id: ids.id(), companyId: first.companyId, name, type };
    ext.snapshots.set(s.id, s);
  }
  // ---- the starter snapshot's push to the demo location (done)
  const starter = [...ext.snapshots.values()].find((s) => s.companyId === first.companyId && s.type === 'own');
  if (starter) {
    const push = { id: ids.id(), snapshotId: starter.id, locationId: first.id, status: 'completed', completed: ['custom_fields', 'custom_values', 'tags', 'forms', 'funnels', 'workflows'], pending: [], dateAdded: iso(nowMs - 60 * DAY) };
    ext.snapshotPushes.set(push.id, push);
  }
}

/** The agency's admin (the user an agency connection acts as). */
export const agencyAdminOf = (store: SandboxStore, companyId: string): UserRecord | undefined =>
  [...store.users.values()].find((u) => u.companyId === companyId && u.roles.type === 'agency' && u.roles.role === 'admin' && !u.deleted);

/** The demo location's records for the added routes (after seedDemoData). */
export function seedDemoExt(store: SandboxStore, ext: ExtStore, nowMs = Date.now()): void {
  seedAgency(store, ext, true, nowMs);
  const loc = DEMO_LOCATION_ID;
  if (!store.locations.has(loc)) return;
  const ids = seededIds('sunrise-dental-austin/ext');
  const iso = (ms: number) => new Date(ms).toISOString();
  const objectId = () => ids.objectId();
  const contacts = store.contactsOf(loc).sort((a, b) => a.dateAdded.localeCompare(b.dateAdded));
  const zone = store.locations.get(loc)!.timezone;

  // ---- associations
  const referral = { id: objectId(), locationId: loc, key: 'referred_by', firstObjectKey: 'contact', firstObjectLabel: 'Referred patient', secondObjectKey: 'contact', secondObjectLabel: 'Referrer', associationType: 'USER_DEFINED' as const };
  ext.associations.set(referral.id, referral);
  const system = { id: objectId(), locationId: loc, key: 'contact_business', firstObjectKey: 'contact', firstObjectLabel: 'Contact', secondObjectKey: 'business', secondObjectLabel: 'Business', associationType: 'SYSTEM_DEFINED' as const };
  ext.associations.set(system.id, system);
  if (contacts.length >= 2) {
    const r = { id: objectId(), locationId: loc, associationId: referral.id, firstObjectKey: 'contact', firstRecordId: contacts[1]!.id, secondObjectKey: 'contact', secondRecordId: contacts[0]!.id, createdAt: iso(nowMs - 10 * DAY) };
    ext.relations.set(r.id, r);
  }

  // ---- blog
  const blog = { _id: objectId(), locationId: loc, name: 'Sunrise Smiles Blog' };
  ext.blogs.set(blog._id, blog);
  const author = { _id: objectId(), locationId: loc, name: 'Dr. Maya Patel', canonicalLink: 'https://sunrisedental-austin.example/blog/author/maya-patel', updatedAt: iso(nowMs - 40 * DAY) };
  ext.blogAuthors.set(author._id, author);
  const category = (label: string, urlSlug: string) => {
    const c = { _id: objectId(), locationId: loc, label, urlSlug, canonicalLink: `https://sunrisedental-austin.example/blog/category/${urlSlug}`, updatedAt: iso(nowMs - 40 * DAY) };
    ext.blogCategories.set(c._id, c);
    return c;
  };
  const hygiene = category('Oral Hygiene', 'oral-hygiene');
  const kids = category('Kids\' Dentistry', 'kids-dentistry');
  const post = (title: string, urlSlug: string, categoryId: string, daysAgo: number, status: 'PUBLISHED' | 'DRAFT') => {
    const p = {
      _id: objectId(),
      locationId: loc,
      blogId: blog._id,
      title,
      description: `${title}: what our hygienists tell every patient.`,
      rawHTML: `<h1>${title}</h1><p>Brush twice a day, floss once.</p>`,
      imageUrl: `https://sunrisedental-austin.example/blog/${urlSlug}.jpg`,
      imageAltText: title,
      status,
      categories: [categoryId],
      tags: ['dental care'],
      author: author._id,
      urlSlug,
      canonicalLink: `https://sunrisedental-austin.example/blog/post/${urlSlug}`,
      archived: false,
      publishedAt: iso(nowMs - daysAgo * DAY),
      updatedAt: iso(nowMs - daysAgo * DAY),
    };
    ext.blogPosts.set(p._id, p);
  };
  post('How Often Should You Replace Your Toothbrush?', 'replace-your-toothbrush', hygiene._id, 20, 'PUBLISHED');
  post('Your Child\'s First Dental Visit', 'first-dental-visit', kids._id, 3, 'DRAFT');

  // ---- calendar administration
  const calendars = [...store.calendars.values()].filter((c) => c.locationId === loc);
  const groupId = calendars.find((c) => c.groupId)?.groupId ?? ids.id();
  ext.calendarGroups.set(groupId, { id: groupId, locationId: loc, name: 'Sunrise Dental Visits', description: 'Exams and cleanings at the Austin practice', slug: 'sunrise-visits', isActive: true });
  const resource = (resourceType: 'rooms' | 'equipments', name: string, description: string, capacity: number) => {
    const r = { id: ids.id(), locationId: loc, resourceType, name, description, quantity: 1, outOfService: 0, capacity, calendarIds: calendars.map((c) => c.id), isActive: true };
    ext.calendarResources.set(r.id, r);
  };
  resource('rooms', 'Operatory 1', 'Exam room with the panoramic X-ray', 1);
  resource('equipments', 'Intraoral Camera', 'Shared by both operatories', 1);
  const firstCalendar = calendars[0];
  if (firstCalendar) {
    const n = {
      _id: objectId(),
      calendarId: firstCalendar.id,
      receiverType: 'contact',
      channel: 'email',
      notificationType: 'reminder',
      isActive: true,
      deleted: false,
      subject: 'Your visit at Sunrise Dental is tomorrow',
      body: 'See you tomorrow! Reply to reschedule.',
      beforeTime: [{ timeOffset: 24, unit: 'hours' }],
    };
    ext.calendarNotifications.set(n._id, n);
    const start = nowMs + 2 * DAY;
    const slot = { id: ids.id(), locationId: loc, calendarId: firstCalendar.id, title: 'Staff training', assignedUserId: firstCalendar.teamMembers[0]?.userId, startTime: isoInZone(start, zone), endTime: isoInZone(start + 3600_000, zone), dateAdded: iso(nowMs - DAY), dateUpdated: iso(nowMs - DAY) };
    ext.blockedSlots.set(slot.id, slot);
  }
  const appointment = [...store.appointments.values()].find((a) => a.locationId === loc);
  if (appointment) {
    const owner = store.users.get(appointment.assignedUserId ?? '') ?? [...store.users.values()][0];
    const note = { id: ids.id(), appointmentId: appointment.id, contactId: appointment.contactId, body: 'Patient asked about whitening options.', userId: owner?.id, createdBy: { id: owner?.id ?? '', name: owner?.name ?? '' }, dateAdded: iso(nowMs - DAY) };
    ext.appointmentNotes.set(note.id, note);
  }

  // ---- opportunity lost reasons
  for (const name of ['Chose another practice', 'Insurance not accepted']) {
    const r = { id: ids.id(), locationId: loc, name, createdAt: iso(nowMs - 100 * DAY), updatedAt: iso(nowMs - 100 * DAY) };
    ext.lostReasons.set(r.id, r);
  }

  // ---- custom objects, custom values, location tags
  seedLocationData(ext, loc, nowMs);
  // ---- estimates: a draft and a sent one (USD, live mode)
  const business = store.locations.get(loc)!.business.name;
  for (const [i, [name, item, amount, status]] of ([['Whitening estimate', 'In-office whitening', 450, 'sent'], ['Crown estimate', 'Porcelain crown (1 tooth)', 1200, 'draft']] as const).entries()) {
    const c = contacts[i];
    if (!c) continue;
    const at = nowMs - (3 - i) * DAY;
    const e = {
      _id: objectId(), altId: loc, altType: 'location' as const, name, title: 'ESTIMATE', estimateNumber: 1 + i, estimateStatus: status, currency: 'USD', liveMode: true, deleted: false,
      items: [{ _id: objectId(), name: item, currency: 'USD', qty: 1, amount }], discount: { type: 'percentage' as const, value: 0 }, total: amount,
      contactDetails: { id: c.id, name: c.name ?? '', email: c.email, phoneNo: c.phone }, businessDetails: { name: business },
      issueDate: iso(at).slice(0, 10), expiryDate: iso(at + 30 * DAY).slice(0, 10), createdAt: iso(at), updatedAt: iso(at),
    };
    ext.estimates.set(e._id, e);
  }

  // ---- products and their prices
  const product = (name: string, productType: 'PHYSICAL' | 'SERVICE', description: string, daysAgo: number) => {
    const p = { _id: objectId(), locationId: loc, name, productType, description, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), availableInStore: productType === 'PHYSICAL', createdAt: iso(nowMs - daysAgo * DAY), updatedAt: iso(nowMs - daysAgo * DAY) };
    ext.products.set(p._id, p);
    return p;
  };
  const kit = product('Teeth Whitening Kit', 'PHYSICAL', 'At-home whitening kit with two trays and four gel syringes.', 30);
  const plan = product('Smile Membership', 'SERVICE', 'Two cleanings a year and 15% off treatments.', 20);
  const price = (p: { _id: string }, name: string, amount: number, recurring?: { interval: 'month'; intervalCount: number }) => {
    const r = { _id: objectId(), locationId: loc, product: p._id, name, type: recurring ? ('recurring' as const) : ('one_time' as const), currency: 'USD', amount, ...(recurring ? { recurring } : {}), createdAt: iso(nowMs - 20 * DAY), updatedAt: iso(nowMs - 20 * DAY) };
    ext.prices.set(r._id, r);
  };
  price(kit, 'Single kit', 49.5);
  price(kit, 'Family pack (3 kits)', 129);
  price(plan, 'Monthly', 29, { interval: 'month', intervalCount: 1 });

  // ---- coupons
  const coupon = { _id: objectId(), altId: loc, altType: 'location' as const, name: 'Spring Whitening Sale', code: 'SPRING10', discountType: 'percentage' as const, discountValue: 10, startDate: iso(nowMs - 15 * DAY), usageCount: 3, limitPerCustomer: 0, productIds: [kit._id], applyToFuturePayments: true, applyToFuturePaymentsConfig: { type: 'forever' as const }, createdAt: iso(nowMs - 16 * DAY), updatedAt: iso(nowMs - 16 * DAY) };
  ext.coupons.set(coupon._id, coupon);

  // ---- product collections
  const whitening = { _id: objectId(), altId: loc, name: 'Whitening', slug: 'whitening', createdAt: iso(nowMs - 30 * DAY) };
  ext.collections.set(whitening._id, whitening);
  ext.products.set(kit._id, { ...kit, collectionIds: [whitening._id] });

  // ---- product reviews
  const reviewer = contacts[0];
  if (reviewer) {
    const review = { _id: objectId(), altId: loc, altType: 'location' as const, productId: kit._id, rating: 5, headline: 'Whiter teeth in a week', detail: 'Easy to use and no sensitivity.', status: 'approved' as const, user: { name: [reviewer.firstName, reviewer.lastName].filter(Boolean).join(' ') || 'Patient', email: reviewer.email ?? 'patient@example.com', isCustomer: true }, createdAt: iso(nowMs - 5 * DAY), updatedAt: iso(nowMs - 5 * DAY) };
    ext.productReviews.set(review._id, review);
  }
  // ---- trigger links
  for (const [name, redirectTo] of [['Whitening offer', 'https://sunrisedental-austin.example/offers/whitening'], ['Book a cleaning', 'https://sunrisedental-austin.example/book']] as const) {
    const id = ids.id();
    ext.triggerLinks.set(id, { id, locationId: loc, name, redirectTo, fieldKey: `{{trigger_link.${id}}}` });
  }

  // ---- URL redirects
  const redirect = { id: ids.id(), locationId: loc, domain: 'sunrisedental-austin.example', path: '/specials', pathLowercase: '/specials', type: 'Permanent', target: 'https://sunrisedental-austin.example/offers/whitening', action: 'url' };
  ext.urlRedirects.set(redirect.id, redirect);

  // ---- funnels and websites, with their pages
  for (const [i, [name, type, url, stepNames]] of ([['Free Whitening Consultation', 'funnel', '/free-consultation', ['Opt-in', 'Thank you']], ['Sunrise Dental Website', 'website', '/home', ['Home', 'Services', 'Contact']]] as const).entries()) {
    const funnelId = ids.id();
    const at = iso(nowMs - (20 - i * 5) * DAY);
    const steps = stepNames.map((stepName, n) => {
      const pageId = ids.id();
      const stepId = `${funnelId}-step-${n + 1}`;
      ext.funnelPages.set(pageId, { _id: pageId, locationId: loc, funnelId, name: stepName, stepId, deleted: false, updatedAt: at });
      return { id: stepId, name: stepName, pages: [pageId], sequence: n + 1, type: type === 'funnel' ? 'optin_funnel_page' : 'website_page', url: n === 0 ? url : `${url}-${n + 1}` };
    });
    ext.funnels.set(funnelId, { _id: funnelId, locationId: loc, name, type, url, domainId: '', deleted: false, steps, dateAdded: at, dateUpdated: at });
  }

  // ---- documents & contracts: two templates, a draft proposal and a signed consent
  for (const [i, [name, type]] of ([['Smile Makeover Proposal', 'proposal'], ['Implant Treatment Estimate', 'estimate']] as const).entries()) {
    const id = objectId();
    const at = iso(nowMs - (40 - i) * DAY);
    ext.documentTemplates.set(id, { _id: id, id, locationId: loc, name, type, deleted: false, version: 1, updatedBy: 'front-desk', isPublicDocument: false, createdAt: at, updatedAt: at });
  }
  for (const [i, [name, status, amount]] of ([['Smile Makeover Proposal - draft', 'draft', 3200], ['Whitening Consent', 'completed', 0]] as const).entries()) {
    const c = contacts[i];
    if (!c) continue;
    const id = objectId();
    const at = iso(nowMs - (6 - i * 2) * DAY);
    ext.documents.set(id, {
      _id: id, documentId: id, locationId: loc, name, type: 'proposal', deleted: false, isExpired: false, documentRevision: 1,
      status: [status], paymentStatus: ['no_payment'], grandTotal: { amount, currency: 'USD', discountPercentage: 0, discounts: [] },
      recipients: [{ id: c.id, email: c.email ?? '', firstName: c.firstName, lastName: c.lastName, role: 'signer', hasCompleted: status === 'completed', isPrimary: true, signingOrder: 1 }],
      links: [], fillableFields: [], locale: 'en-US', createdAt: at, updatedAt: at,
    });
  }

  // ---- a contact custom field of type File Upload (Upload File To Custom Field)
  const consentField = { id: ids.id(), name: 'Signed Consent Form', fieldKey: 'contact.signed_consent_form', placeholder: 'Upload the signed form', dataType: 'FILE_UPLOAD' as const, position: 400, locationId: loc, model: 'contact' as const };
  store.customFields.set(consentField.id, consentField);

  seedDemoSocial(store, ext, nowMs);

  // ---- recurring invoices and users' availability schedules
  seedDemoSchedules(store, ext, loc, nowMs);
}
