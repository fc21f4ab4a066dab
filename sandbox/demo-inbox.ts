import type { DemoCast } from './demo-data';
import { seededIds } from './ids';
import type { ContactRecord, FormRecord, MessageRecord, SandboxStore, SubmissionAnswers, UserRecord } from './store';

/**
 * The demo location's inbox and forms: SMS and email conversations with a few patients in the
 * last two days (inbound and outbound), two website forms and a survey with submissions in the
 * last two days. Ids are seeded (the same on every start), times relative to the start.
 */

const HOUR = 3600 * 1000;
const DOMAIN = 'sunrisedental-austin.example';

export function seedDemoInbox(store: SandboxStore, cast: DemoCast): void {
  seedMessages(store, cast);
  seedForms(store, cast);
}

function seedMessages(store: SandboxStore, cast: DemoCast): void {
  const ids = seededIds('sunrise-dental-austin/messages');
  const { nowMs, rosa, marcus, hannah, diego, grace, jordan, owner } = cast;
  const conversations = new Map<string, string>();
  const conversationOf = (c: ContactRecord) => {
    let id = conversations.get(c.id);
    if (!id) conversations.set(c.id, (id = ids.id()));
    return id;
  };
  const at = (hoursAgo: number) => new Date(nowMs - hoursAgo * HOUR).toISOString();

  const sms = (who: ContactRecord, hoursAgo: number, direction: MessageRecord['direction'], body: string, from?: { user?: UserRecord; source: NonNullable<MessageRecord['source']> }) => {
    const m: MessageRecord = {
      id: ids.id(),
      type: 2,
      messageType: 'TYPE_SMS',
      locationId: cast.locationId,
      contactId: who.id,
      conversationId: conversationOf(who),
      body,
      direction,
      status: 'delivered',
      contentType: 'text/plain',
      attachments: [],
      ...(from ? { source: from.source, ...(from.user ? { userId: from.user.id } : {}) } : {}),
      dateAdded: at(hoursAgo),
      dateUpdated: at(hoursAgo),
    };
    store.messages.set(m.id, m);
  };
  const email = (who: ContactRecord, hoursAgo: number, direction: MessageRecord['direction'], html: string, from?: UserRecord) => {
    const m: MessageRecord = {
      id: ids.id(),
      type: 3,
      messageType: 'TYPE_EMAIL',
      locationId: cast.locationId,
      contactId: who.id,
      conversationId: conversationOf(who),
      body: html,
      direction,
      status: direction === 'outbound' ? 'opened' : 'delivered',
      contentType: 'text/html',
      attachments: [],
      meta: { email: { messageIds: [ids.id()] } },
      ...(from ? { source: 'app' as const, userId: from.id } : {}),
      dateAdded: at(hoursAgo),
      // An outbound email changes when it is opened.
      dateUpdated: at(direction === 'outbound' ? hoursAgo - 2 : hoursAgo),
    };
    store.messages.set(m.id, m);
  };

  email(diego, 31, 'inbound', '<p>Hello, Dr. Lin at Eastside Oral Surgery referred me for an implant. Could you send me an estimate before my consult?</p><p>Diego Alvarez</p>');
  email(diego, 28, 'outbound', '<p>Hi Diego,</p><p>Thank you for reaching out. Your estimate for the implant and crown is attached to your patient portal; we will review the CBCT scan together at your consult.</p><p>Dr. Maya Patel</p>', owner);
  sms(rosa, 26, 'inbound', 'Hi! Do you take Delta Dental PPO for Invisalign? I would love to come in for a consult.');
  sms(rosa, 25.5, 'outbound', 'Hi Rosa, yes we do! Dr. Patel has a consult open at 9:00 on the next business day. Shall I book it?', { user: jordan, source: 'app' });
  sms(rosa, 25, 'inbound', 'Yes please, 9 works for me.');
  email(grace, 6, 'inbound', '<p>Hi, could you tell me the price range for porcelain veneers on my top front teeth? Thanks, Grace</p>');
  sms(marcus, 3, 'inbound', 'Can I move my cleaning to an earlier time? Before 9 works best for me.');
  sms(hannah, 2, 'outbound', 'Reminder: your cleaning at Sunrise Dental is coming up. Reply C to confirm or call (512) 555-0100 to reschedule.', { source: 'workflow' });
}

function seedForms(store: SandboxStore, cast: DemoCast): void {
  const ids = seededIds('sunrise-dental-austin/forms');
  const { nowMs, rosa, marcus, grace, ethan, fields } = cast;
  const list = (map: Map<string, FormRecord>, name: string): FormRecord => {
    const f = { id: ids.id(), name, locationId: cast.locationId };
    map.set(f.id, f);
    return f;
  };
  const consultation = list(store.forms, 'Free Consultation Request');
  const intake = list(store.forms, 'New Patient Intake');
  const satisfaction = list(store.surveys, 'Patient Satisfaction Survey');

  /** `others`: the answers in the form's order, then the visit. */
  const answers = (parent: FormRecord, kind: 'form' | 'survey', path: string, title: string, ms: number, values: [string, unknown][], visit: { source: string; referrer?: string }): SubmissionAnswers => ({
    ...Object.fromEntries(values),
    fieldsOriSequance: values.map(([k]) => k),
    eventData: {
      type: 'page-visit',
      domain: DOMAIN,
      page: { url: `https://${DOMAIN}${path}`, title },
      source: visit.source,
      medium: kind,
      mediumId: parent.id,
      parentId: parent.id,
      parentName: parent.name,
      ...(visit.referrer ? { referrer: visit.referrer } : {}),
      timestamp: ms,
    },
  });
  const person = (c: ContactRecord): [string, unknown][] => [
    ['first_name', c.firstName],
    ['last_name', c.lastName],
    ['email', c.email],
    ['phone', c.phone],
  ];
  const base = (c: ContactRecord, ms: number) => ({ id: ids.uuid(), locationId: cast.locationId, contactId: c.id, createdAt: new Date(ms).toISOString(), name: c.name ?? '', email: c.email ?? '' });

  const formSubmission = (form: FormRecord, c: ContactRecord, hoursAgo: number, path: string, title: string, extra: [string, unknown][], visit: { source: string; referrer?: string }) => {
    const ms = nowMs - hoursAgo * HOUR;
    const s = { ...base(c, ms), formId: form.id, others: answers(form, 'form', path, title, ms, [...person(c), ...extra], visit) };
    store.formSubmissions.set(s.id, s);
  };
  formSubmission(consultation, grace, 38, '/veneers', 'Porcelain Veneers | Sunrise Dental', [[fields.interests.id, ['Cosmetic Bonding']], ['message', 'Interested in veneers for my top front teeth.']], { source: 'Social media', referrer: 'https://www.instagram.com/' });
  formSubmission(consultation, ethan, 20, '/free-consultation', 'Free Consultation | Sunrise Dental', [[fields.interests.id, ['Teeth Whitening', 'Invisalign']], ['message', 'Looking for a new dentist close to work.']], { source: 'Paid Search', referrer: 'https://www.google.com/' });
  formSubmission(intake, rosa, 10, '/new-patient', 'New Patient Forms | Sunrise Dental', [
    ['address', rosa.address1],
    ['city', rosa.city],
    ['state', rosa.state],
    ['postal_code', rosa.postalCode],
    ['date_of_birth', rosa.dateOfBirth],
    [fields.insurance.id, 'Delta Dental PPO'],
    [fields.mailDay.id, 'Tuesday'],
  ], { source: 'Direct traffic' });

  const surveySubmission = (c: ContactRecord, hoursAgo: number, rating: number, comments: string) => {
    const ms = nowMs - hoursAgo * HOUR;
    const s = {
      ...base(c, ms),
      surveyId: satisfaction.id,
      others: answers(satisfaction, 'survey', '/how-did-we-do', 'How did we do? | Sunrise Dental', ms, [...person(c), ['rating', rating], ['comments', comments]], { source: 'Email' }),
    };
    store.surveySubmissions.set(s.id, s);
  };
  surveySubmission(marcus, 30, 4, 'Friendly hygienist; the wait was a little long.');
  surveySubmission(grace, 5, 5, 'Dr. Patel explained every option. Loved the visit!');
}
