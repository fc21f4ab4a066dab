import { windowClock } from '../../src/records/window';
import type { Call, Case } from '../support/table';
import { CF_CALL } from './fixtures';

// The unsorted endpoints poll a date window relative to now: fix the clock so the dates are exact.
// 2025-03-16 12:00 UTC -> startAt 2025-03-14 (two days back), endAt 2025-03-17 (tomorrow).
windowClock.now = () => Date.parse('2025-03-16T12:00:00.000Z');
export const WINDOW = { startAt: '2025-03-14', endAt: '2025-03-17' };

const V = '2021-07-28' as const;
const get = (path: string, query: Record<string, string>, body: unknown): Call => ({ method: 'GET', path, version: V, query, reply: { body } });
/** n items made by `make(i)`, i = 0..n-1. */
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
/** A time i minutes after 2025-03-14 00:00 UTC. */
const minute = (i: number) => new Date(Date.parse('2025-03-14T00:00:00.000Z') + i * 60_000).toISOString();

/* ------------------------------ forms & surveys ------------------------------ */

const FORM_Q = { locationId: 'LOC123', ...WINDOW, page: '1', limit: '100' };

const RAW_SUBMISSION = {
  id: 'sub-2',
  contactId: 'c1',
  createdAt: '2025-03-16T09:00:00.000Z',
  formId: 'F1',
  name: 'Rosa Delgado',
  email: 'rosa@example.com',
  others: {
    first_name: 'Rosa',
    email: 'rosa@example.com',
    address: '3535 1st St N',
    city: 'Dolomite',
    postal_code: '35061',
    cfMailDay0000000000A: 'ignored: not in the sequence',
    cfMailDay: 'Tuesday',
    Zq3yHbtjg3bm3p0V0k3F: ['a.pdf', 'b.pdf'],
    formId: 'F1',
    location_id: 'LOC123',
    fieldsOriSequance: ['first_name', 'email', 'address', 'city', 'postal_code', 'cfMailDay', 'Zq3yHbtjg3bm3p0V0k3F', 'not_answered'],
    eventData: { source: 'Direct traffic', referrer: 'https://www.google.com/', parentName: 'Free Postcard Request', page: { url: 'https://x.example.com/p', title: 'Free Postcard' } },
  },
};
const FLAT_SUBMISSION = {
  id: 'sub-2',
  formId: 'F1',
  formName: 'Free Postcard Request',
  contactId: 'c1',
  name: 'Rosa Delgado',
  email: 'rosa@example.com',
  createdAt: '2025-03-16T09:00:00.000Z',
  pageUrl: 'https://x.example.com/p',
  pageTitle: 'Free Postcard',
  source: 'Direct traffic',
  referrer: 'https://www.google.com/',
  fullAddress: '3535 1st St N, Dolomite, 35061',
  field_first_name: 'Rosa',
  field_email: 'rosa@example.com',
  field_address: '3535 1st St N',
  field_city: 'Dolomite',
  field_postal_code: '35061',
  custom_preferred_mail_day: 'Tuesday',
  field_Zq3yHbtjg3bm3p0V0k3F: 'a.pdf, b.pdf',
};
/** An older submission without answers or page data. */
const RAW_OLD_SUBMISSION = { id: 'sub-1', createdAt: '2025-03-15T08:00:00.000Z', formId: 'F2', others: {} };
const FLAT_OLD_SUBMISSION = {
  id: 'sub-1', formId: 'F2', formName: null, contactId: null, name: null, email: null, createdAt: '2025-03-15T08:00:00.000Z',
  pageUrl: null, pageTitle: null, source: null, referrer: null, fullAddress: null,
};
/** Custom fields come under their 20-character id; this one is the location's "Preferred Mail Day". */
const CUSTOM_ANSWER = { id: 'sub-3', createdAt: '2025-03-16T10:00:00.000Z', formId: 'F1', others: { cfMailDayXXXXXXXXXXX: 'Monday', phone: '+15125550143' } };
const CF_WITH_FORM_FIELD = {
  ...CF_CALL,
  reply: { body: { customFields: [{ id: 'cfMailDayXXXXXXXXXXX', name: 'Preferred Mail Day', fieldKey: 'contact.preferred_mail_day', dataType: 'SINGLE_OPTIONS', model: 'contact' }] } },
};

const SURVEY_Q = { locationId: 'LOC123', surveyId: 'S1', ...WINDOW, page: '1', limit: '100' };

/* ------------------------------ invoices ------------------------------ */

export const INVOICE_Q = { altId: 'LOC123', altType: 'location', limit: '100', offset: '0', sortField: 'issueDate', sortOrder: 'descend' };
export const RAW_INVOICE = {
  _id: 'inv1',
  status: 'sent',
  liveMode: true,
  amountPaid: 0,
  altId: 'LOC123',
  altType: 'location',
  name: 'Spring whitening package',
  businessDetails: { name: 'Sunrise Dental', address: { addressLine1: '1 Main St' } },
  invoiceNumber: 1042,
  currency: 'USD',
  contactDetails: {
    id: 'c1', name: 'Rosa Delgado', email: 'rosa@example.com', phoneNo: '+15125550143', companyName: 'Delgado Dental',
    address: { addressLine1: '3535 1st St N', addressLine2: 'Suite 2', city: 'Dolomite', state: 'AL', postalCode: '35061', countryCode: 'US' },
  },
  issueDate: '2025-03-14',
  dueDate: '2025-03-28',
  invoiceItems: [{ _id: 'it1', name: 'Teeth whitening kit', qty: 2, amount: 49.5, currency: 'USD' }, { _id: 'it2', name: 'Consult', amount: 0 }],
  total: 99,
  title: 'INVOICE',
  amountDue: 99,
  createdAt: '2025-03-14T15:04:05.000Z',
  updatedAt: '2025-03-14T15:04:05.000Z',
  totalSummary: { subTotal: 99, discount: 0, tax: 0 },
};
export const FLAT_INVOICE = {
  id: 'inv1',
  invoiceNumber: '1042',
  name: 'Spring whitening package',
  title: 'INVOICE',
  status: 'sent',
  currency: 'USD',
  total: 99,
  subTotal: 99,
  discount: 0,
  tax: 0,
  amountPaid: 0,
  amountDue: 99,
  issueDate: '2025-03-14',
  dueDate: '2025-03-28',
  lineItems: '2 × Teeth whitening kit (49.5); 1 × Consult (0)',
  liveMode: true,
  contactId: 'c1',
  contactName: 'Rosa Delgado',
  contactEmail: 'rosa@example.com',
  contactPhone: '+15125550143',
  contactCompanyName: 'Delgado Dental',
  contactAddress1: '3535 1st St N, Suite 2',
  contactCity: 'Dolomite',
  contactState: 'AL',
  contactPostalCode: '35061',
  contactCountry: 'US',
  contactFullAddress: '3535 1st St N, Suite 2, Dolomite, AL 35061, US',
  businessName: 'Sunrise Dental',
  locationId: 'LOC123',
  webUrl: 'https://app.gohighlevel.com/v2/location/LOC123/payments/invoices/edit/inv1',
  createdAt: '2025-03-14T15:04:05.000Z',
  updatedAt: '2025-03-14T15:04:05.000Z',
};
const PAID_INVOICE = { ...RAW_INVOICE, status: 'paid', amountPaid: 99, amountDue: 0, updatedAt: '2025-03-16T11:00:00.000Z' };

/* ------------------------------ orders, payments, subscriptions ------------------------------ */

const PAY_Q = { altId: 'LOC123', altType: 'location', ...WINDOW, limit: '100', offset: '0' };
const order = (id: string, createdAt: string) => ({ _id: id, altId: 'LOC123', altType: 'location', status: 'completed', sourceType: 'funnel', createdAt, updatedAt: createdAt });
const flatOrder = (id: string, createdAt: string) => ({
  id, status: 'completed', paymentStatus: null, fulfillmentStatus: null, currency: null, amount: null, subtotal: null, discount: null, couponCode: null,
  totalProducts: null, contactId: null, contactName: null, contactEmail: null, sourceType: 'funnel', sourceSubType: null, sourceName: null, sourceId: null,
  liveMode: null, createdBy: null, locationId: 'LOC123', createdAt, updatedAt: createdAt,
});
const RAW_ORDER = {
  ...order('o2', '2025-03-16T09:00:00.000Z'),
  contactId: 'c1', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com', currency: 'USD',
  amount: '89.1', subtotal: 99, discount: 9.9, paymentStatus: 'paid', fulfillmentStatus: 'unfulfilled', liveMode: true, totalProducts: '2',
  sourceSubType: 'one_step_order_form', sourceName: 'Whitening Offer', sourceId: 'P1', couponCode: 'SPRING10', createdBy: 'U1',
};
const FLAT_ORDER = {
  ...flatOrder('o2', '2025-03-16T09:00:00.000Z'),
  contactId: 'c1', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com', currency: 'USD',
  amount: 89.1, subtotal: 99, discount: 9.9, paymentStatus: 'paid', fulfillmentStatus: 'unfulfilled', liveMode: true, totalProducts: 2,
  sourceSubType: 'one_step_order_form', sourceName: 'Whitening Offer', sourceId: 'P1', couponCode: 'SPRING10', createdBy: 'U1',
};

const RAW_TXN = {
  _id: 't1', altId: 'LOC123', altType: 'location', contactId: 'c1', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com',
  currency: 'USD', amount: 89.1, amountRefunded: 0, status: 'succeeded', liveMode: true, entityType: 'order', entityId: 'o2',
  entitySourceType: 'funnel', entitySourceSubType: 'one_step_order_form', entitySourceName: 'Whitening Offer', entitySourceId: 'P1',
  chargeId: 'ch_1', paymentProviderType: 'stripe', paymentMethod: { card: { brand: 'visa', last4: '4242' } },
  createdAt: '2025-03-16T09:00:01.000Z', updatedAt: '2025-03-16T09:00:03.000Z', fulfilledAt: '2025-03-16T09:00:02.000Z',
};
const FLAT_TXN = {
  id: 't1', status: 'succeeded', currency: 'USD', amount: 89.1, amountRefunded: 0, contactId: 'c1', contactName: 'Rosa Delgado',
  contactEmail: 'rosa@example.com', entityType: 'order', entityId: 'o2', entitySourceType: 'funnel', entitySourceSubType: 'one_step_order_form',
  entitySourceName: 'Whitening Offer', entitySourceId: 'P1', subscriptionId: null, chargeId: 'ch_1', paymentProvider: 'stripe',
  cardBrand: 'visa', cardLast4: '4242', liveMode: true, locationId: 'LOC123', createdAt: '2025-03-16T09:00:01.000Z',
  chargedAt: '2025-03-16T09:00:02.000Z', updatedAt: '2025-03-16T09:00:03.000Z',
};
const FAILED_TXN = { _id: 't0', altId: 'LOC123', status: { code: 'card_declined' }, amount: 10, currency: 'USD', entitySourceType: 'invoice', createdAt: '2025-03-15T10:00:00.000Z', updatedAt: '2025-03-15T10:00:00.000Z', fulfilledAt: null };
const FLAT_FAILED_TXN = {
  id: 't0', status: '{"code":"card_declined"}', currency: 'USD', amount: 10, amountRefunded: null, contactId: null, contactName: null, contactEmail: null,
  entityType: null, entityId: null, entitySourceType: 'invoice', entitySourceSubType: null, entitySourceName: null, entitySourceId: null,
  subscriptionId: null, chargeId: null, paymentProvider: null, cardBrand: null, cardLast4: null, liveMode: null, locationId: 'LOC123',
  createdAt: '2025-03-15T10:00:00.000Z', chargedAt: null, updatedAt: '2025-03-15T10:00:00.000Z',
};

const RAW_SUB = {
  _id: 'sub1', altId: 'LOC123', altType: 'location', contactId: 'c1', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com',
  currency: 'USD', amount: 29, status: 'active', liveMode: true, entityType: 'order', entityId: 'o2', entitySourceType: 'funnel',
  entitySourceName: 'Smile Club', entitySourceId: 'P2', subscriptionId: 'sub_1KG', paymentProviderType: 'stripe',
  createdAt: '2025-03-16T09:00:00.000Z', updatedAt: '2025-03-16T09:00:00.000Z',
};
const FLAT_SUB = {
  id: 'sub1', subscriptionId: 'sub_1KG', status: 'active', currency: 'USD', amount: 29, contactId: 'c1', contactName: 'Rosa Delgado',
  contactEmail: 'rosa@example.com', entityType: 'order', entityId: 'o2', entitySourceType: 'funnel', entitySourceName: 'Smile Club',
  entitySourceId: 'P2', paymentProvider: 'stripe', liveMode: true, createdBy: null, locationId: 'LOC123',
  createdAt: '2025-03-16T09:00:00.000Z', updatedAt: '2025-03-16T09:00:00.000Z',
};

/* ------------------------------ tasks ------------------------------ */

const TASKS = { method: 'POST', path: '/locations/LOC123/tasks/search', version: V } as const;
const RAW_LTASK = {
  _id: 'lt2',
  title: 'Mail welcome postcard',
  body: 'Send the spring postcard.',
  dueDate: '2025-03-21T17:00:00.000Z',
  completed: false,
  assignedTo: 'U1',
  assignedToUserDetails: { id: 'U1', firstName: 'Sam', lastName: 'Lee', email: 'sam@example.com' },
  contactId: 'c1',
  contactDetails: { id: 'c1', firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com' },
  locationId: 'LOC123',
  dateAdded: '2025-03-16T09:00:00.000Z',
  dateUpdated: '2025-03-16T09:00:00.000Z',
};
const FLAT_LTASK = {
  id: 'lt2', title: 'Mail welcome postcard', body: 'Send the spring postcard.', dueDate: '2025-03-21T17:00:00.000Z', completed: false,
  assignedTo: 'U1', assignedToName: 'Sam Lee', assignedToEmail: 'sam@example.com', contactId: 'c1', contactName: 'Rosa Delgado',
  contactEmail: 'rosa@example.com', locationId: 'LOC123', dateAdded: '2025-03-16T09:00:00.000Z', dateUpdated: '2025-03-16T09:00:00.000Z',
};
/** An older task as the contact endpoints shape it: `id`, no details, `description` instead of `body`. */
const RAW_LTASK_OLD = { id: 'lt1', title: 'Call back', description: 'Ask about the postcard.', completed: false, contactId: 'c2', dateAdded: '2025-03-10T09:00:00.000Z' };
const FLAT_LTASK_OLD = {
  id: 'lt1', title: 'Call back', body: 'Ask about the postcard.', dueDate: null, completed: false, assignedTo: null, assignedToName: null,
  assignedToEmail: null, contactId: 'c2', contactName: null, contactEmail: null, locationId: null, dateAdded: '2025-03-10T09:00:00.000Z', dateUpdated: null,
};

export const extraTriggerCases: Case[] = [
  /* ------------------------------ forms & surveys ------------------------------ */
  {
    name: 'whole window of every form, newest first, answers by field key, custom fields by name, unknown ids by key',
    op: 'triggers.newFormSubmission',
    calls: [get('/forms/submissions', FORM_Q, { submissions: [RAW_OLD_SUBMISSION, RAW_SUBMISSION], meta: { total: 2, currentPage: 1, nextPage: null } }), CF_CALL],
    output: [FLAT_SUBMISSION, FLAT_OLD_SUBMISSION],
  },
  {
    name: 'a custom field answer is named after the location\'s custom field',
    op: 'triggers.newFormSubmission',
    input: { formId: 'F1' },
    calls: [get('/forms/submissions', { ...FORM_Q, formId: 'F1' }, { submissions: [CUSTOM_ANSWER] }), CF_WITH_FORM_FIELD],
    output: [
      {
        id: 'sub-3', formId: 'F1', formName: null, contactId: null, name: null, email: null, createdAt: '2025-03-16T10:00:00.000Z',
        pageUrl: null, pageTitle: null, source: null, referrer: null, fullAddress: null, custom_preferred_mail_day: 'Monday', field_phone: '+15125550143',
      },
    ],
  },
  {
    name: 'a full page is followed by the next (meta.nextPage); every item of the window is returned, newest first',
    op: 'triggers.newFormSubmission',
    calls: [
      get('/forms/submissions', FORM_Q, { submissions: many(100, (i) => ({ id: `s${i}`, createdAt: minute(i) })), meta: { total: 101, currentPage: 1, nextPage: 2 } }),
      get('/forms/submissions', { ...FORM_Q, page: '2' }, { submissions: [{ id: 'newest', createdAt: minute(500) }], meta: { total: 101, currentPage: 2, nextPage: null } }),
    ],
    output: [
      { ...FLAT_OLD_SUBMISSION, id: 'newest', formId: null, createdAt: minute(500) },
      ...many(100, (i) => ({ ...FLAT_OLD_SUBMISSION, id: `s${99 - i}`, formId: null, createdAt: minute(99 - i) })),
    ],
  },
  {
    name: 'idle poll is one request; a sample asks for 3 and never pages',
    op: 'triggers.newFormSubmission',
    meta: { isLoadingSample: true },
    calls: [get('/forms/submissions', { ...FORM_Q, limit: '3' }, { submissions: many(3, (i) => ({ id: `s${i}`, createdAt: minute(i) })), meta: { nextPage: 2 } })],
    output: many(3, (i) => ({ ...FLAT_OLD_SUBMISSION, id: `s${2 - i}`, formId: null, createdAt: minute(2 - i) })),
  },
  { name: 'a form id with a slash sends nothing', op: 'triggers.newFormSubmission', input: { formId: 'F1/x' }, calls: [], error: /"Form" \(formId\) must be a HighLevel ID/ },
  {
    name: 'survey submissions of one survey; without a field sequence every answer but bookkeeping is taken',
    op: 'triggers.newSurveySubmission',
    input: { surveyId: 'S1' },
    calls: [
      get('/surveys/submissions', SURVEY_Q, {
        submissions: [{ id: 'sv1', surveyId: 'S1', contactId: 'c1', name: 'Ana Ruiz', email: 'ana@example.com', createdAt: '2025-03-16T08:00:00.000Z',
          others: { how_did_you_hear: 'Postcard', rating: 9, surveyId: 'S1', submissionId: 'x', __custom_field_id__: 'placeholder', eventData: { parentName: 'Patient Survey' } } }],
        meta: { nextPage: null },
      }),
    ],
    output: [
      {
        id: 'sv1', surveyId: 'S1', surveyName: 'Patient Survey', contactId: 'c1', name: 'Ana Ruiz', email: 'ana@example.com', createdAt: '2025-03-16T08:00:00.000Z',
        pageUrl: null, pageTitle: null, source: null, referrer: null, fullAddress: null, field_how_did_you_hear: 'Postcard', field_rating: 9,
      },
    ],
  },
  { name: 'a survey id with a space sends nothing', op: 'triggers.newSurveySubmission', input: { surveyId: 'S 1' }, calls: [], error: /"Survey" \(surveyId\) must be a HighLevel ID/ },
  {
    name: 'forms dropdown pages by 50',
    op: 'triggers.formDropdown',
    meta: { page: 1 },
    calls: [get('/forms/', { locationId: 'LOC123', limit: '50', skip: '50' }, { forms: [{ id: 'F1', name: 'Free Postcard Request', locationId: 'LOC123' }, { id: 'F2' }], total: 52 })],
    output: [{ id: 'F1', name: 'Free Postcard Request' }, { id: 'F2', name: 'F2' }],
  },
  {
    name: 'surveys dropdown',
    op: 'triggers.surveyDropdown',
    calls: [get('/surveys/', { locationId: 'LOC123', limit: '50', skip: '0' }, { surveys: [{ id: 'S1', name: 'Patient Survey', locationId: 'LOC123' }], total: 1 })],
    output: [{ id: 'S1', name: 'Patient Survey' }],
  },

  /* ------------------------------ invoices ------------------------------ */
  {
    name: 'newest invoices by issue date, amounts as numbers with currency, contact address flat',
    op: 'triggers.newInvoice',
    calls: [get('/invoices/', INVOICE_Q, { invoices: [RAW_INVOICE], total: 1 })],
    output: [FLAT_INVOICE],
  },
  {
    name: 'idle poll: one request, nothing new',
    op: 'triggers.newInvoice',
    meta: { isLoadingSample: true },
    calls: [get('/invoices/', { ...INVOICE_Q, limit: '3' }, { invoices: [], total: 0 })],
    output: [],
  },
  {
    name: 'paid invoices only; the dedupe id is the invoice id plus "paid", so it fires once',
    op: 'triggers.invoicePaid',
    calls: [get('/invoices/', { ...INVOICE_Q, status: 'paid' }, { invoices: [PAID_INVOICE], total: 1 })],
    output: [{ ...FLAT_INVOICE, id: 'inv1:paid', invoiceId: 'inv1', status: 'paid', amountPaid: 99, amountDue: 0, updatedAt: '2025-03-16T11:00:00.000Z' }],
  },
  {
    name: 'HighLevel\'s validation message is shown, not a JSON dump',
    op: 'triggers.invoicePaid',
    calls: [{ ...get('/invoices/', { ...INVOICE_Q, status: 'paid' }, {}), reply: { status: 422, body: { statusCode: 422, message: ['altId must be a string'] } } }],
    error: /HighLevel answered 422 Unprocessable Entity to GET \/invoices\/: altId must be a string/,
  },

  /* ------------------------------ orders, payments, subscriptions ------------------------------ */
  {
    name: 'orders of the window, newest first, numeric text amounts as numbers',
    op: 'triggers.newOrder',
    calls: [get('/payments/orders', PAY_Q, { data: [order('o1', '2025-03-15T09:00:00.000Z'), RAW_ORDER], totalCount: 2 })],
    output: [FLAT_ORDER, flatOrder('o1', '2025-03-15T09:00:00.000Z')],
  },
  {
    name: 'a full page is followed by the next offset; a short page ends the poll; an order seen twice counts once',
    op: 'triggers.newOrder',
    calls: [
      get('/payments/orders', PAY_Q, { data: many(100, (i) => order(`o${i}`, minute(i))), totalCount: 101 }),
      get('/payments/orders', { ...PAY_Q, offset: '100' }, { data: [order('o99', minute(99)), order('new', minute(500))], totalCount: 102 }),
    ],
    output: [flatOrder('new', minute(500)), ...many(100, (i) => flatOrder(`o${99 - i}`, minute(99 - i)))],
  },
  {
    name: 'a full page that reaches totalCount is the last request',
    op: 'triggers.newOrder',
    calls: [get('/payments/orders', PAY_Q, { data: many(100, (i) => order(`o${i}`, minute(i))), totalCount: 100 })],
    output: many(100, (i) => flatOrder(`o${99 - i}`, minute(99 - i))),
  },
  {
    name: 'payments of the window, newest first, card and status flat',
    op: 'triggers.newPayment',
    calls: [get('/payments/transactions', PAY_Q, { data: [FAILED_TXN, RAW_TXN], totalCount: 2 })],
    output: [FLAT_TXN, FLAT_FAILED_TXN],
  },
  {
    name: 'idle payment poll while loading a sample: one request of 3',
    op: 'triggers.newPayment',
    meta: { isLoadingSample: true },
    calls: [get('/payments/transactions', { ...PAY_Q, limit: '3' }, { data: [], totalCount: 0 })],
    output: [],
  },
  {
    name: 'subscriptions of the window',
    op: 'triggers.newSubscription',
    calls: [get('/payments/subscriptions', PAY_Q, { data: [RAW_SUB], totalCount: 1 })],
    output: [FLAT_SUB],
  },

  /* ------------------------------ tasks ------------------------------ */
  {
    name: 'pending tasks of the location, newest first; an item without id is skipped',
    op: 'triggers.newTask',
    calls: [{ ...TASKS, body: { completed: false, limit: 100, skip: 0 }, reply: { body: { tasks: [RAW_LTASK_OLD, { title: 'no id' }, RAW_LTASK] } } }],
    output: [FLAT_LTASK, FLAT_LTASK_OLD],
  },
  {
    name: 'one assignee; a full page is followed by the next skip until a page is empty',
    op: 'triggers.newTask',
    input: { assignedTo: 'U1' },
    calls: [
      { ...TASKS, body: { completed: false, assignedTo: ['U1'], limit: 100, skip: 0 }, reply: { body: { tasks: many(100, (i) => ({ ...RAW_LTASK_OLD, id: `k${i}`, dateAdded: minute(i) })) } } },
      { ...TASKS, body: { completed: false, assignedTo: ['U1'], limit: 100, skip: 100 }, reply: { body: { tasks: [] } } },
    ],
    output: many(100, (i) => ({ ...FLAT_LTASK_OLD, id: `k${99 - i}`, dateAdded: minute(99 - i) })),
  },
  {
    name: 'idle task poll while loading a sample: one request of 3',
    op: 'triggers.newTask',
    meta: { isLoadingSample: true },
    calls: [{ ...TASKS, body: { completed: false, limit: 3, skip: 0 }, reply: { body: { tasks: [] } } }],
    output: [],
  },
  { name: 'an assignee id with a space sends nothing', op: 'triggers.newTask', input: { assignedTo: 'U 1' }, calls: [], error: /"Assigned To" \(assignedTo\) must be a HighLevel ID/ },
  {
    name: 'completed tasks, most recently updated first; the dedupe id is the task id plus "completed"',
    op: 'triggers.taskCompleted',
    input: { assignedTo: 'U1' },
    calls: [
      {
        ...TASKS,
        body: { completed: true, assignedTo: ['U1'], limit: 100, skip: 0 },
        reply: { body: { tasks: [{ ...RAW_LTASK_OLD, completed: true }, { ...RAW_LTASK, completed: true, dateUpdated: '2025-03-16T11:30:00.000Z' }] } },
      },
    ],
    output: [
      { ...FLAT_LTASK, completed: true, dateUpdated: '2025-03-16T11:30:00.000Z', id: 'lt2:completed', taskId: 'lt2' },
      { ...FLAT_LTASK_OLD, completed: true, id: 'lt1:completed', taskId: 'lt1' },
    ],
  },
  { name: 'Task Completed: bad assignee sends nothing', op: 'triggers.taskCompleted', input: { assignedTo: 'a/b' }, calls: [], error: /"Assigned To" \(assignedTo\) must be a HighLevel ID/ },
];

/* ------------------------------ payments by ID (issue 14) ------------------------------ */

const ALT = { altId: 'LOC123', altType: 'location' };
const PAGE_Q = { ...ALT, limit: '100', offset: '0' };

export const paymentLookupCases: Case[] = [
  { name: 'by ID: the bare order', op: 'searches.findOrder', input: { orderId: 'o2' }, calls: [get('/payments/orders/o2', ALT, RAW_ORDER)], output: [FLAT_ORDER] },
  {
    name: 'by ID, none',
    op: 'searches.findOrder',
    input: { orderId: 'o9' },
    calls: [{ method: 'GET', path: '/payments/orders/o9', version: V, query: ALT, reply: { status: 404, body: { statusCode: 404, message: 'Order not found' } } }],
    output: [],
  },
  { name: 'needs the order', op: 'searches.findOrder', calls: [], error: /"Order" \(orderId\) is required/ },
  { name: 'by ID: the bare transaction', op: 'searches.findTransaction', input: { transactionId: 't1' }, calls: [get('/payments/transactions/t1', ALT, RAW_TXN)], output: [FLAT_TXN] },
  { name: 'refuses an ID with a slash', op: 'searches.findTransaction', input: { transactionId: 't1/../x' }, calls: [], error: /"Transaction" \(transactionId\) must be a HighLevel ID without "\/", "\\", "\?" or "#"/ },
  { name: 'by ID: the bare subscription', op: 'searches.findSubscription', input: { subscriptionId: 'sub1' }, calls: [get('/payments/subscriptions/sub1', ALT, RAW_SUB)], output: [FLAT_SUB] },
  {
    name: 'an answer without the id is reported, not crashed on',
    op: 'searches.findSubscription',
    input: { subscriptionId: 'sub1' },
    calls: [get('/payments/subscriptions/sub1', ALT, { altId: 'LOC123' })],
    error: /HighLevel answered the subscription request with an unexpected response at "id": the subscription has no id/,
  },
  {
    name: 'dropdown: buyer, source, amount and date',
    op: 'triggers.orderDropdown',
    calls: [get('/payments/orders', PAGE_Q, { data: [RAW_ORDER, order('o1', '2025-03-15T09:00:00.000Z')], totalCount: 2 })],
    output: [{ id: 'o2', name: 'Whitening Offer, Rosa Delgado, 89.1 USD, 2025-03-16' }, { id: 'o1', name: '2025-03-15' }],
  },
  {
    name: 'dropdown: the next page',
    op: 'triggers.transactionDropdown',
    meta: { page: 2 },
    calls: [get('/payments/transactions', { ...ALT, limit: '100', offset: '200' }, { data: [RAW_TXN], totalCount: 201 })],
    output: [{ id: 't1', name: 'Whitening Offer, Rosa Delgado, 89.1 USD, 2025-03-16' }],
  },
  {
    name: 'dropdown: subscriptions',
    op: 'triggers.subscriptionDropdown',
    calls: [get('/payments/subscriptions', PAGE_Q, { data: [RAW_SUB], totalCount: 1 })],
    output: [{ id: 'sub1', name: 'Smile Club, Rosa Delgado, 29 USD, 2025-03-16' }],
  },
];
