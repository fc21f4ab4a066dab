/**
 * Every operation of the app, run once through the app against the local sandbox over HTTP (as
 * `zapier invoke` would run it against HighLevel), with valid demo input: each must succeed, call
 * its declared endpoint, and get only 2xx answers. Inputs come from the demo data by input key
 * (contactId -> a demo contact, ...), required choice fields take their first choice, and the few
 * operations that need more say so below. Writes run before deletes, and each delete removes a
 * record of its own kind, so one sandbox serves the whole walk. Agency-only operations run on an
 * agency connection (a Company token), the rest on a sub-account connection, and those HighLevel
 * serves to either token (users, locations) on both.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from '../../sandbox';
import { connectToSandbox } from '../../scripts/start';
import type { Item, ZapRunner } from '../../scripts/zap';
import { isAgencyOnly, usesAgencyToken } from '../../src/endpoint';
import { endpointOf } from '../../src/operation';
import app from '../../index';
import { userMessage } from '../support/table';

jest.setTimeout(420_000); // ~280 operations one after another; slow on a loaded machine

// Core force-exits a process after 250 runs once its memory passes 450 MB (Zapier then retries the
// step in a fresh Lambda). This walk runs every operation (over 250) in one jest worker, which no
// Zapier process does, so that recycling check is switched off here, and only here.
jest.mock('zapier-platform-core/src/tools/memory-checker', () => () => undefined);

type Kind = 'triggers' | 'creates' | 'searches';
interface InputField {
  key: string;
  required?: boolean;
  type?: string;
  choices?: Record<string, string> | (string | { value: string })[];
}
interface Operation {
  operation: { inputFields?: (InputField | unknown)[] };
}

const KINDS: readonly Kind[] = ['triggers', 'creates', 'searches'];
/** Operations with a declared endpoint; API Request (any endpoint, entered in the step) is walked on its own below. */
const ops = KINDS.flatMap((kind) =>
  Object.entries(app[kind] as Record<string, Operation>).flatMap(([key, op]) => {
    const ep = endpointOf(op);
    return ep ? [{ kind, key, op, ep }] : [];
  }),
);
const isDelete = (o: (typeof ops)[number]) => o.ep.method === 'DELETE' || o.key.startsWith('remove');
/** Deletes of records that others hang off run last, in this order. */
const LAST = ['deleteTriggerLink', 'deleteUrlRedirect', 'deleteProductPrice', 'deleteProduct', 'deleteRelation', 'deleteAssociation', 'deleteCalendarEvent', 'deleteCalendar', 'deleteCalendarGroup', 'deleteOpportunity', 'deleteBusiness', 'deleteUser', 'deleteContact'];
const rank = (o: (typeof ops)[number]) => (LAST.includes(o.key) ? LAST.indexOf(o.key) + 1 : 0);

const inFuture = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

/** The demo records the inputs point at (found in the running sandbox's store). */
function demoValues(sb: Sandbox): Record<string, unknown> {
  const s = sb.store;
  const loc = sb.locationId;
  const contact = s.contactsOf(loc).find((c) => s.tasksOf(c.id).length > 0 && s.notesOf(c.id).length > 0)!;
  const other = s.contactsOf(loc).find((c) => c.id !== contact.id)!;
  const appointment = [...s.appointments.values()].find((a) => a.locationId === loc)!;
  const calendar = s.calendars.get(appointment.calendarId)!;
  const opportunity = [...s.opportunities.values()].find((o) => o.locationId === loc)!;
  const user = [...s.users.values()].find((u) => u.roles.locationIds.includes(loc) && u.roles.role === 'user')!;
  const sms = [...s.messages.values()].find((m) => m.messageType === 'TYPE_SMS')!;
  const email = [...s.messages.values()].find((m) => m.messageType === 'TYPE_EMAIL' && m.meta?.email)!;
  const association = [...sb.ext.associations.values()].find((a) => a.associationType === 'USER_DEFINED')!;
  const relation = [...sb.ext.relations.values()][0]!;
  const blog = [...sb.ext.blogs.values()][0]!;
  const post = [...sb.ext.blogPosts.values()][0]!;
  const business = [...s.businesses.values()].find((b) => b.locationId === loc)!;
  const petRecord = [...sb.ext.objectRecords.values()].find((r) => r.locationId === loc)!;
  const sentInvoice = [...s.invoices.values()].find((i) => i.altId === loc && i.status === 'sent')!;
  const sentEstimate = [...sb.ext.estimates.values()].find((e) => e.altId === loc && e.estimateStatus === 'sent')!;
  const price = [...sb.ext.prices.values()].find((p) => p.locationId === loc)!;
  const redirectId = [...sb.ext.urlRedirects.values()].find((r) => r.locationId === loc)!.id;
  const schedules = [...sb.ext.invoiceSchedules.values()].filter((r) => r.altId === loc);
  return {
    // recurring invoices, availability schedules (the role-user user's)
    scheduleId: schedules.find((r) => r.status === 'active')!._id,
    availabilityScheduleId: [...sb.ext.availabilitySchedules.values()].find((a) => a.userId === user.id)!.id,
    startDate: inFuture(5, 0).slice(0, 10),
    // custom objects, custom values, location tags
    schemaKey: petRecord.objectKey,
    objectRecordId: petRecord.id,
    query: 'Buddy',
    customValueId: [...sb.ext.customValues.values()].find((c) => c.locationId === loc)!.id,
    tagId: [...sb.ext.locationTags.values()].find((t) => t.locationId === loc && t.name === 'new patient')!.id,
    invoiceId: sentInvoice._id,
    estimateId: sentEstimate._id,
    currency: 'USD',
    lineItems: [{ itemName: 'Walk-through item', itemQty: 2, itemPrice: 12.5 }],
    // trigger links, URL redirects
    linkId: [...sb.ext.triggerLinks.values()].find((l) => l.locationId === loc)!.id,
    redirectTo: 'https://walk-through.example.com/offer',
    domain: 'walk-through.example.com',
    path: '/walk-through',
    target: 'https://walk-through.example.com/target',
    redirectId,
    // funnels and their pages, proposals (documents and templates)
    funnelId: [...sb.ext.funnels.values()].find((fn) => fn.locationId === loc)!._id,
    documentId: [...sb.ext.documents.values()].find((d) => d.locationId === loc && d.status.includes('draft'))!.documentId,
    templateId: [...sb.ext.documentTemplates.values()].find((t) => t.locationId === loc)!.id,
    sentBy: user.id,
    snapshotId: [...sb.ext.snapshots.values()].find((sn) => sn.type === 'own')!.id,
    contactId: contact.id,
    taskId: s.tasksOf(contact.id)[0]!.id,
    noteId: s.notesOf(contact.id)[0]!.id,
    businessId: business.id,
    productId: price.product,
    priceId: price._id,
    orderId: [...s.orders.values()].find((o) => o.altId === loc)!._id,
    transactionId: [...s.transactions.values()].find((t) => t.altId === loc)!._id,
    subscriptionId: [...s.subscriptions.values()].find((t) => t.altId === loc)!._id,
    calendarId: calendar.id,
    eventId: appointment.id,
    appointmentId: appointment.id,
    notificationId: [...sb.ext.calendarNotifications.values()].find((n) => n.calendarId === calendar.id)!._id,
    groupId: [...sb.ext.calendarGroups.values()][0]!.id,
    pipelineId: opportunity.pipelineId,
    opportunityId: opportunity.id,
    userId: user.id,
    emails: user.email,
    conversationId: sms.conversationId,
    messageId: sms.id,
    emailMessageId: email.meta!.email!.messageIds[0],
    associationId: association.id,
    key_name: association.key,
    objectKey: 'contact',
    recordId: relation.firstRecordId,
    relationId: relation.id,
    blogId: blog._id,
    postId: post._id,
    urlSlug: 'a-new-post-slug',
    author: post.author,
    campaignId: [...s.campaigns.values()][0]!.id,
    workflowId: [...s.workflows.values()][0]!.id,
    tags: 'walked',
    contacts: [contact.id],
    ids: [contact.id],
    followers: [user.id],
    calendarIds: [calendar.id],
    title: 'Walk-through item',
    body: 'Written by the walk-through test.',
    description: 'Made by the walk-through test.',
    rawHTML: '<p>Hello from the walk-through.</p>',
    name: 'Walk-through',
    slug: 'walk-through-group',
    dueDate: inFuture(3, 15),
    startTime: inFuture(2, 20),
    endTime: inFuture(2, 21),
    firstName: 'Wally',
    lastName: 'Walker',
    email: 'wally.walker@example.com',
    password: 'Sandbox!Passw0rd',
    visitorId: 'visitor-walk-1',
    key: 'walk_association',
    firstObjectKey: 'contact',
    firstObjectLabel: 'Patient',
    secondObjectKey: 'contact',
    secondObjectLabel: 'Guardian',
    firstRecordId: contact.id,
    secondRecordId: other.id,
    isActive: 'true',
  };
}

/** What some operations need beyond the shared values (keyed "kind.key"). */
function overrides(sb: Sandbox, v: Record<string, unknown>, files: string): Record<string, Record<string, unknown>> {
  const room = [...sb.ext.calendarResources.values()].find((r) => r.resourceType === 'rooms')!;
  const equipment = [...sb.ext.calendarResources.values()].find((r) => r.resourceType === 'equipments')!;
  const business = sb.store.businesses.get(String(v.businessId))!;
  const call = [...sb.store.messages.values()].find((m) => m.messageType === 'TYPE_CALL')!;
  const recording = { messageId: call.id, conversationId: call.conversationId };
  const resource = { resourceType: 'rooms', id: room.id };
  const email = sb.store.contacts.get(String(v.contactId))!.email;
  const appointmentNote = [...sb.ext.appointmentNotes.values()].find((n) => n.appointmentId === v.appointmentId)!;
  const slot = [...sb.ext.blockedSlots.values()].find((b) => b.calendarId === v.calendarId)!;
  const calendar = { calendarId: v.calendarId };
  const review = [...sb.ext.productReviews.values()][0]!;
  const socialAccounts = [...sb.ext.socialAccounts.values()];
  const social = {
    facebook: socialAccounts.find((a) => a.platform === 'facebook')!.id,
    instagram: socialAccounts.find((a) => a.platform === 'instagram')!.id,
    post: (status: string) => [...sb.ext.socialPosts.values()].find((p) => p.status === status)!._id,
  };
  const draftInvoice = [...sb.store.invoices.values()].find((i) => i.altId === sb.locationId && i.status === 'draft')!;
  const draftSchedule = [...sb.ext.invoiceSchedules.values()].find((r) => r.altId === sb.locationId && r.status === 'draft')!;
  return {
    // Recurring invoices: the running one is updated, sent and paid automatically; the draft one is cancelled, then deleted.
    'creates.cancelRecurringInvoice': { scheduleId: draftSchedule._id },
    'creates.deleteRecurringInvoice': { scheduleId: draftSchedule._id },
    'creates.setUpRecurringInvoiceAutoPayment': { paymentMethodId: 'pm_walkThrough', customerId: 'cus_walkThrough' },
    'searches.findRecurringInvoice': { search: 'Smile' },
    'creates.updateInvoiceLateFees': { value: 25 },
    'creates.createAvailabilitySchedule': { rules: [{ day: 'monday', from: '09:00', to: '17:00' }] },
    'creates.updateAvailabilitySchedule': { name: 'Walk-through hours' },
    // The sent demo invoice is updated, sent and paid; the draft one is voided, then deleted.
    'creates.voidInvoice': { invoiceId: draftInvoice._id },
    'creates.deleteInvoice': { invoiceId: draftInvoice._id },
    'creates.deleteEstimate': { estimateId: [...sb.ext.estimates.values()].find((e) => e.altId === sb.locationId && e.estimateStatus === 'draft')!._id },
    'searches.findInvoice': { search: String(sb.store.invoices.get(String(v.invoiceId))!.invoiceNumber) },
    // The "either" operations on the agency connection ("agency:" keys add to the others).
    'agency:triggers.userDropdown': { agencyLocationId: sb.locationId },
    'agency:creates.createUser': { locationIds: [sb.locationId], email: 'agnes.agency@example.com' },
    'triggers.newAppointment': calendar,
    'triggers.updatedAppointment': calendar,
    'triggers.listCalendarEvents': calendar,
    'triggers.listBlockedSlots': calendar,
    'creates.updateContactNote': { body: 'Edited by the walk-through.' },
    'creates.updateCalendar': { name: 'Dental Exam (renamed)' },
    'creates.updateOpportunity': { name: 'Renamed opportunity' },
    'searches.findOpportunity': { contactId: sb.store.opportunities.get(String(v.opportunityId))!.contactId },
    'triggers.getDuplicateContact': { email },
    'searches.getDuplicateContact': { email },
    'searches.findContact': { email },
    'creates.updateContact': { lastName: 'Renamed' },
    'creates.bulkUpdateContactTags': { tags: 'walked' },
    'creates.updateContactTask': { title: 'Renamed task' },
    'creates.updateBlockSlot': { eventId: slot.id, title: 'Staff training (moved)' },
    'creates.updateAppointmentNote': { noteId: appointmentNote.id },
    'creates.deleteAppointmentNote': { noteId: appointmentNote.id },
    'creates.updateCalendarNotification': { subject: 'See you soon' },
    'creates.updateCalendarResource': { ...resource, name: 'Operatory 1A' },
    'creates.updateUser': { lastName: 'Reyes-Walker' },
    'creates.updateBusiness': { description: 'Renamed by the walk-through.' },
    'creates.removeOpportunityFollowers': { followers: [v.userId] },
    'creates.createBlogPost': { status: 'DRAFT', urlSlug: 'walk-through-post', description: 'A short summary.' },
    'triggers.getCalendarResource': resource,
    'searches.getCalendarResource': resource,
    'creates.deleteCalendarResource': { resourceType: 'equipments', id: equipment.id },
    'searches.findBusiness': { name: business.name },
    'searches.findProduct': { name: sb.ext.products.get(String(v.productId))!.name },
    'creates.createProductPrice': { amount: 19.5, currency: 'USD' },
    'creates.updateProduct': { description: 'Edited by the walk-through.' },
    'creates.updateProductInventory': { availableQuantity: 12 },
    'creates.createCoupon': { code: 'WALK15', discountValue: 15, startDate: inFuture(0, 0) },
    'searches.findCoupon': { code: [...sb.ext.coupons.values()][0]!.code },
    // keeps the code, so Find Coupon (by that code) still finds it whatever order the walk takes
    'creates.updateCoupon': { couponId: [...sb.ext.coupons.values()][0]!._id, code: [...sb.ext.coupons.values()][0]!.code, discountValue: 20, startDate: inFuture(0, 0) },
    'creates.deleteCoupon': { couponId: [...sb.ext.coupons.values()][0]!._id },
    'creates.deleteProductCollection': { collectionId: [...sb.ext.collections.values()][0]!._id },
    'searches.getProductCollection': { collectionId: [...sb.ext.collections.values()][0]!._id },
    'creates.updateProductCollection': { collectionId: [...sb.ext.collections.values()][0]!._id, name: 'Whitening (renamed)' },
    'creates.updateProductPrice': { amount: 52 },
    'creates.createOrderFulfillment': { items: [{ priceId: String(v.priceId), qty: 1 }], trackingNumber: '1ZWALK0001' },
    'creates.updateProductReview': { reviewId: review._id, productId: review.productId },
    'creates.deleteProductReview': { reviewId: review._id, productId: review.productId },
    'searches.findLocation': { locationId: sb.locationId },
    'creates.createAppointment': { ignoreFreeSlotValidation: 'true' },
    'creates.updateAppointment': { ignoreFreeSlotValidation: 'true' },
    'creates.createContact': { firstName: 'Wendy', email: 'wendy.walk@example.com' },
    'creates.upsertContact': { firstName: 'Uma', email: 'uma.upsert@example.com' },
    'creates.updateOpportunityStatus': { status: 'won' },
    'creates.bulkUpdateContactsBusiness': { action: 'add', businessId: v.businessId },
    'creates.createOpportunity': { contactId: [...sb.store.contacts.values()].find((c) => c.locationId === sb.locationId && ![...sb.store.opportunities.values()].some((o) => o.contactId === c.id))!.id, status: 'open' },
    'creates.createCalendarGroup': { slug: 'walk-through-new-group' },
    'searches.findTriggerLink': { query: 'a' },
    'searches.findFunnel': { name: 'whitening' },
    'searches.getSnapshotPushStatus': { locationId: sb.locationId },
    'creates.updateTriggerLink': { redirectTo: 'https://walk-through.example.com/changed' },
    'creates.updateUrlRedirect': { id: v.redirectId },
    'creates.deleteUrlRedirect': { id: v.redirectId },
    'creates.updateCalendarGroup': { slug: 'walk-through-renamed-group' },
    'creates.updateBlogPost': { status: 'PUBLISHED', urlSlug: 'walk-through-updated-post' },
    'creates.createCustomObjectRecord': { property__name: 'Rex', property__species: 'dog' },
    'creates.updateCustomObjectRecord': { property__next_checkup: '2026-01-15' },
    'creates.createCustomValue': { value: 'Walked' },
    'creates.updateCustomValue': { value: 'Walked again' },
    'searches.findCustomValue': { name: 'Office Hours' },
    'creates.updateTag': { name: 'new patient (walked)' },
    'searches.findTag': { name: 'vip' },
    'triggers.getMessageRecording': recording,
    'searches.getMessageRecording': recording,
    'triggers.getMessageTranscription': recording,
    'searches.getMessageTranscription': recording,
    'triggers.downloadMessageTranscription': recording,
    'searches.downloadMessageTranscription': recording,
    // Messaging: content to send, the scheduled messages added below, a file from "an earlier step".
    'creates.sendSms': { message: 'Walk-through text.' },
    'creates.sendEmail': { subject: 'Walk-through', html: '<p>Walk-through email.</p>' },
    'creates.sendMessage': { message: 'Walk-through message.' },
    'creates.cancelScheduledMessage': { messageId: 'walkScheduledSms0001' },
    'creates.cancelScheduledEmail': { emailMessageId: 'walkScheduledEmailId' },
    'creates.uploadMessageAttachment': { file: `${files}/walk-brochure.pdf` },
    'creates.uploadCustomFieldFile': { file: `${files}/walk-brochure.pdf`, customFieldId: [...sb.store.customFields.values()].find((f) => f.locationId === sb.locationId && f.dataType === 'FILE_UPLOAD')!.id },
    'creates.addInboundMessage': { contactId: sb.store.messages.get(String(v.messageId))!.contactId, conversationProviderId: 'walkProvider00000001', message: 'Inbound from the walk-through.' },
    'creates.addOutboundCall': { conversationProviderId: 'walkProvider00000001' },
    'creates.updateConversation': { starred: 'true' },
    'creates.setMessageAttachments': { messageId: 'walkCallMessage00001', attachments: ['https://calls.example.com/rec/walk.mp3'] },
    'creates.replyToGoogleReview': { message: 'Thank you for the kind review!' },
    'creates.uploadMediaFile': { file: `${files}/walk-upload.pdf` },
    'creates.createMediaFolder': { name: 'Walk-through folder' },
    'creates.renameMediaFile': { id: v.mediaFileId, name: 'renamed-by-walk.png' },
    'creates.deleteMediaFile': { id: v.mediaFileId },
    'creates.deleteEmailTemplate': { templateId: v.emailTemplateId },
    // Social Planner: the scheduled demo post is read and updated, the draft deleted, the published one bulk-deleted.
    'creates.createSocialPost': { accountIds: [social.facebook], summary: 'Posted by the walk-through.' },
    'creates.updateSocialPost': { id: social.post('scheduled'), summary: 'Edited by the walk-through.' },
    'searches.getSocialPost': { id: social.post('scheduled') },
    'creates.deleteSocialPost': { id: social.post('draft') },
    'creates.deleteSocialPosts': { postIds: [social.post('published')] },
    'creates.deleteSocialAccount': { id: social.instagram },
    'searches.getSocialPostCategory': { id: [...sb.ext.socialCategories.values()][0]!._id },
    'searches.getSocialMediaStatistics': { profileIds: [sb.ext.socialAccounts.get(social.facebook)!.profileId] },
  };
}

const firstChoice = (f: InputField): string | undefined => {
  if (!f.choices) return undefined;
  if (Array.isArray(f.choices)) {
    const c = f.choices[0];
    return typeof c === 'string' ? c : c?.value;
  }
  return Object.keys(f.choices)[0];
};

function inputsFor(op: Operation, values: Record<string, unknown>, extra: Record<string, unknown>): Item {
  const fields = (op.operation.inputFields ?? []).filter((f): f is InputField => typeof f === 'object' && f !== null && 'key' in f);
  const out: Item = {};
  for (const f of fields) {
    if (f.key in extra) continue;
    if (f.required) out[f.key] = f.key in values ? values[f.key] : firstChoice(f);
  }
  return { ...out, ...extra };
}

let sandbox: Sandbox | undefined;
/** Files of "earlier Zap steps": what Zapier's file storage would serve to a file input. */
const fileServer = http.createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/pdf' });
  res.end('%PDF-1.4\n%%EOF\n');
});
afterAll(async () => {
  await sandbox?.stop();
  await new Promise((resolve) => fileServer.close(resolve));
});

test('every operation runs once against the sandbox, calls its endpoint and gets only 2xx answers', async () => {
  let zap: ZapRunner;
  ({ sandbox, zap } = await connectToSandbox({ rateLimit: false }));
  const sb = sandbox;
  // A call with a recording (the demo inbox has SMS and email only).
  const someSms = [...sb.store.messages.values()].find((m) => m.messageType === 'TYPE_SMS')!;
  sb.store.messages.set('walkCallMessage00001', { ...someSms, id: 'walkCallMessage00001', type: 1, messageType: 'TYPE_CALL', body: '', contentType: 'text/plain', meta: { callDuration: 42, callStatus: 'completed' } });
  // Scheduled messages for the cancellations (an SMS, and an email with its email message id).
  sb.store.messages.set('walkScheduledSms0001', { ...someSms, id: 'walkScheduledSms0001', status: 'scheduled', direction: 'outbound' });
  sb.store.messages.set('walkScheduledEmail01', { ...someSms, id: 'walkScheduledEmail01', type: 3, messageType: 'TYPE_EMAIL', status: 'scheduled', direction: 'outbound', meta: { email: { messageIds: ['walkScheduledEmailId'] } } });
  await new Promise<void>((resolve) => fileServer.listen(0, '127.0.0.1', resolve));
  const files = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}`;
  const location = { ...sb.issueTokens() };
  const agency = { ...sb.issueAgencyTokens() };
  zap.authData = location;
  const values: Record<string, unknown> = {
    ...demoValues(sb),
    // The demo media library's newest file and the newest email template, as the dropdowns list them.
    mediaFileId: ((await zap.run('triggers', 'newMediaFile', {})) as Item[])[0]!.id,
    emailTemplateId: ((await zap.run('triggers', 'newEmailTemplate', {})) as Item[])[0]!.id,
  };
  const extra = overrides(sb, values, files);
  // Operations HighLevel serves to either token run on both connections.
  const either = ops.filter((o) => usesAgencyToken(o.ep) && !isAgencyOnly(o.ep) && !isDelete(o)).map((o) => ({ ...o, asAgency: true }));
  const ordered = [...ops.filter((o) => !isDelete(o)), ...either, ...ops.filter(isDelete).sort((a, b) => rank(a) - rank(b))];
  // API Request (any endpoint, entered in the step) first, while the demo contact exists: a contact read by its ID.
  sb.resetStats();
  zap.authData = location;
  const answer = (await zap.run('creates', 'apiRequest', { method: 'GET', path: `/contacts/${String(values.contactId)}` })) as Record<string, unknown>;
  expect(answer.status).toBe(200);
  expect(answer.body__contact__id).toBe(values.contactId);
  expect(Object.keys(sb.stats().byRoute)).toEqual(['GET /contacts/{contactId}']);
  const problems: string[] = [];
  for (const o of ordered) {
    const asAgency = 'asAgency' in o && o.asAgency;
    zap.authData = isAgencyOnly(o.ep) || asAgency ? agency : location;
    const label = `${o.kind}.${o.key}${asAgency ? ' (agency)' : ''}`;
    const input = inputsFor(o.op, values, { ...extra[`${o.kind}.${o.key}`], ...(asAgency ? extra[`agency:${o.kind}.${o.key}`] : {}) });
    sb.resetStats();
    const template = `${o.ep.method} ${o.ep.path}`;
    try {
      const result = await zap.run(o.kind, o.key, input);
      if (o.kind !== 'creates' && !Array.isArray(result)) problems.push(`${label}: not a list`);
      if (o.kind === 'searches' && Array.isArray(result) && result.length === 0) problems.push(`${label}: no result`);
    } catch (err) {
      problems.push(`${label}: ${userMessage(err)}`);
      continue;
    }
    const stats = sb.stats();
    if (!stats.byRoute[template]) problems.push(`${label}: ${template} not called (${Object.keys(stats.byRoute).join(', ')})`);
    const failed = Object.keys(stats.byStatus).filter((c) => Number(c) >= 300);
    if (failed.length) problems.push(`${label}: answered ${failed.join(', ')}`);
  }
  expect(problems).toEqual([]);
  expect(ops.length).toBeGreaterThan(190);
  expect(either.length).toBeGreaterThan(5);
});
