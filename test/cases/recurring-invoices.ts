import type { Case } from '../support/table';
import { callAt } from './call';
import { RAW_CONTACT } from './fixtures';
import { WINDOW } from './forms-payments-tasks'; // also fixes the clock: today is 2025-03-16 (UTC)
import { refused } from './builders';

/** Recurring invoices (invoices.json `/invoices/schedule`): dropdown, trigger, searches and writes. */
const ALT = { altId: 'LOC123', altType: 'location' };
const call = callAt('2021-07-28');
const CONTACT_CALL = call('GET', '/contacts/c1', { reply: { contact: RAW_CONTACT } });
const CONTACT_DETAILS = {
  id: 'c1', name: 'Rosa Delgado', email: 'rosa@example.com', phoneNo: '+15125550143', companyName: 'Delgado Dental',
  address: { addressLine1: '3535 1st St N', city: 'Dolomite', state: 'AL', postalCode: '35061', countryCode: 'US' },
};
const RULE = { intervalType: 'monthly', interval: 1, startDate: '2025-04-01', dayOfMonth: 1, endType: 'after', count: 12 };

const RAW_SCHEDULE = {
  _id: 'sch1', status: 'active', liveMode: true, altId: 'LOC123', altType: 'location', name: 'Smile membership (monthly)',
  schedule: { executeAt: null, rrule: RULE },
  invoices: [{ _id: 'inv7', status: 'sent', total: 29 }, { _id: 'inv8', status: 'draft', total: 29 }],
  businessDetails: { name: 'Sunrise Dental' }, currency: 'USD', contactDetails: CONTACT_DETAILS, discount: { type: 'percentage', value: 0 },
  items: [{ _id: 'it1', name: 'Smile membership', currency: 'USD', qty: 1, amount: 29 }], total: 29, title: 'INVOICE', termsNotes: 'Billed monthly.',
  compiledTermsNotes: 'Billed monthly.', createdAt: '2025-03-15T09:00:00.000Z', updatedAt: '2025-03-15T09:00:00.000Z',
};
const FLAT_SCHEDULE = {
  id: 'sch1', name: 'Smile membership (monthly)', title: 'INVOICE', status: 'active', currency: 'USD', total: 29, lineItems: '1 × Smile membership (29)',
  intervalType: 'monthly', interval: 1, startDate: '2025-04-01', dayOfMonth: 1, dayOfWeek: null, endType: 'after', endDate: null, count: 12,
  invoicesIssued: 2, latestInvoiceId: 'inv8', liveMode: true, contactId: 'c1', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com', contactPhone: '+15125550143',
  businessName: 'Sunrise Dental', termsNotes: 'Billed monthly.', locationId: 'LOC123', createdAt: '2025-03-15T09:00:00.000Z', updatedAt: '2025-03-15T09:00:00.000Z',
};
const DRAFT = { ...RAW_SCHEDULE, status: 'draft', invoices: [] };
const FLAT_DRAFT = { ...FLAT_SCHEDULE, status: 'draft', invoicesIssued: 0, latestInvoiceId: null };
const GET_SCHEDULE = call('GET', '/invoices/schedule/sch1', { query: ALT, reply: RAW_SCHEDULE });
const CREATE_IN = {
  contactId: 'c1', name: 'Smile membership (monthly)', currency: 'usd', lineItems: [{ itemName: 'Smile membership', itemPrice: '29' }],
  intervalType: 'monthly', startDate: '2025-04-01', dayOfMonth: '1', count: '12',
};
const CREATE_BODY = {
  ...ALT, name: 'Smile membership (monthly)', currency: 'USD', items: [{ name: 'Smile membership', currency: 'USD', amount: 29, qty: 1 }], contactDetails: CONTACT_DETAILS,
  schedule: { rrule: RULE }, discount: { type: 'percentage', value: 0 }, businessDetails: {}, liveMode: true,
};
/** The PUT body of an unchanged schedule (what Update sends before its own changes). */
const KEPT = {
  ...ALT, name: 'Smile membership (monthly)', contactDetails: CONTACT_DETAILS, schedule: { executeAt: null, rrule: RULE }, liveMode: true, businessDetails: { name: 'Sunrise Dental' },
  currency: 'USD', items: [{ name: 'Smile membership', currency: 'USD', amount: 29, qty: 1 }], discount: { type: 'percentage', value: 0 }, title: 'INVOICE', termsNotes: 'Billed monthly.',
};

export const recurringInvoiceCases: Case[] = [
  /* ------------------------------ dropdown, trigger, searches ------------------------------ */
  {
    name: 'labelled with name, contact, period and status',
    op: 'triggers.recurringInvoiceDropdown',
    calls: [call('GET', '/invoices/schedule', { query: { ...ALT, limit: '100', offset: '0' }, reply: { schedules: [RAW_SCHEDULE, { _id: 'sch0', name: 'Old plan' }], total: 2 } })],
    output: [
      { id: 'sch1', name: 'Smile membership (monthly) (Rosa Delgado, monthly, active)' },
      { id: 'sch0', name: 'Old plan' },
    ],
  },
  {
    name: 'the next page of the dropdown',
    op: 'triggers.recurringInvoiceDropdown',
    meta: { page: 1 },
    calls: [call('GET', '/invoices/schedule', { query: { ...ALT, limit: '100', offset: '100' }, reply: { schedules: [], total: 2 } })],
    output: [],
  },
  {
    name: 'recurring invoices of the window, newest created first (the list has no sort)',
    op: 'triggers.newRecurringInvoice',
    calls: [call('GET', '/invoices/schedule', { query: { ...ALT, ...WINDOW, limit: '100', offset: '0' }, reply: { schedules: [{ ...DRAFT, _id: 'sch0', createdAt: '2025-03-14T08:00:00.000Z' }, RAW_SCHEDULE], total: 2 } })],
    output: [FLAT_SCHEDULE, { ...FLAT_DRAFT, id: 'sch0', createdAt: '2025-03-14T08:00:00.000Z' }],
  },
  {
    name: 'idle poll while loading a sample: one request of 3',
    op: 'triggers.newRecurringInvoice',
    meta: { isLoadingSample: true },
    calls: [call('GET', '/invoices/schedule', { query: { ...ALT, ...WINDOW, limit: '3', offset: '0' }, reply: { schedules: [], total: 0 } })],
    output: [],
  },
  {
    name: 'one recurring invoice by id, flat, with the invoices issued so far',
    op: 'searches.getRecurringInvoice',
    input: { scheduleId: 'sch1' },
    calls: [GET_SCHEDULE],
    output: [FLAT_SCHEDULE],
  },
  {
    name: 'an unknown one is no result',
    op: 'searches.getRecurringInvoice',
    input: { scheduleId: 'nope' },
    calls: [call('GET', '/invoices/schedule/nope', { query: ALT, status: 404, reply: { statusCode: 404, message: 'Schedule not found' } })],
    output: [],
  },
  {
    name: 'by the contact\'s email and status',
    op: 'searches.findRecurringInvoice',
    input: { search: 'rosa@example.com', status: 'active' },
    calls: [call('GET', '/invoices/schedule', { query: { ...ALT, search: 'rosa@example.com', status: 'active', limit: '10', offset: '0' }, reply: { schedules: [RAW_SCHEDULE], total: 1 } })],
    output: [FLAT_SCHEDULE],
  },
  refused('without any criterion nothing is sent', 'searches.findRecurringInvoice', {}, /"Search" \(search\) is required unless Status is given/),

  /* ------------------------------ create, update ------------------------------ */
  {
    name: 'reads the contact, then creates the draft with its repeat rule (12 monthly invoices on the 1st)',
    op: 'creates.createRecurringInvoice',
    input: CREATE_IN,
    calls: [CONTACT_CALL, call('POST', '/invoices/schedule', { body: CREATE_BODY, reply: DRAFT })],
    output: FLAT_DRAFT,
  },
  {
    name: 'weekly on Mondays until a date, every 2 weeks, with texts and a discount',
    op: 'creates.createRecurringInvoice',
    input: {
      ...CREATE_IN, intervalType: 'weekly', interval: '2', dayOfMonth: '', dayOfWeek: 'mo', count: '', endDate: '2025-12-31',
      title: 'MEMBERSHIP', termsNotes: 'Thanks!', discountType: 'fixed', discountValue: '4', businessName: 'Sunrise Dental', liveMode: 'false',
    },
    calls: [
      CONTACT_CALL,
      call('POST', '/invoices/schedule', {
        body: {
          ...CREATE_BODY, schedule: { rrule: { intervalType: 'weekly', interval: 2, startDate: '2025-04-01', dayOfWeek: 'mo', endType: 'by', endDate: '2025-12-31' } },
          title: 'MEMBERSHIP', termsNotes: 'Thanks!', discount: { type: 'fixed', value: 4 }, businessDetails: { name: 'Sunrise Dental' }, liveMode: false,
        },
        reply: DRAFT,
      }),
    ],
    output: FLAT_DRAFT,
  },
  {
    name: 'no end: repeats until cancelled (endType never)',
    op: 'creates.createRecurringInvoice',
    input: { ...CREATE_IN, count: '' },
    calls: [CONTACT_CALL, call('POST', '/invoices/schedule', { body: { ...CREATE_BODY, schedule: { rrule: { intervalType: 'monthly', interval: 1, startDate: '2025-04-01', dayOfMonth: 1, endType: 'never' } } }, reply: DRAFT })],
    output: FLAT_DRAFT,
  },
  refused('both an end date and a number of invoices is refused before any request', 'creates.createRecurringInvoice', { ...CREATE_IN, endDate: '2026-01-01' }, /"End Date" \(endDate\) cannot be combined with Number of Invoices: use one of them/),
  refused('a day of month HighLevel cannot repeat on', 'creates.createRecurringInvoice', { ...CREATE_IN, dayOfMonth: '31' }, /"Day of Month" \(dayOfMonth\) must be a day from 1 to 28, or -1 for the last day, got 31/),
  refused('a unit price that is not a number', 'creates.createRecurringInvoice', { ...CREATE_IN, lineItems: [{ itemName: 'Smile membership', itemPrice: '29 dollars' }] }, /"Line Items" \(lineItems\) item 1: Unit Price must be a number of 0 or more, got "29 dollars"/),
  refused('a period not in the list', 'creates.createRecurringInvoice', { ...CREATE_IN, intervalType: 'hourly' }, /"Repeats" \(intervalType\) must be one of daily, weekly, monthly, yearly, got "hourly"/),
  {
    name: 'reads the recurring invoice, then PUTs it whole with only the given fields changed',
    op: 'creates.updateRecurringInvoice',
    input: { scheduleId: 'sch1', name: 'Smile membership (2025)', dayOfMonth: '15' },
    calls: [GET_SCHEDULE, call('PUT', '/invoices/schedule/sch1', { body: { ...KEPT, name: 'Smile membership (2025)', schedule: { executeAt: null, rrule: { ...RULE, dayOfMonth: 15 } } }, reply: { ...RAW_SCHEDULE, name: 'Smile membership (2025)' } })],
    output: { ...FLAT_SCHEDULE, name: 'Smile membership (2025)' },
  },
  {
    name: 'new items, another contact, and an end date replacing the count',
    op: 'creates.updateRecurringInvoice',
    input: { scheduleId: 'sch1', contactId: 'c1', lineItems: [{ itemName: 'Smile membership plus', itemPrice: 39 }], endDate: '2025-12-01', discountValue: '10' },
    calls: [
      GET_SCHEDULE,
      CONTACT_CALL,
      call('PUT', '/invoices/schedule/sch1', {
        body: {
          ...KEPT, items: [{ name: 'Smile membership plus', currency: 'USD', amount: 39, qty: 1 }], discount: { type: 'percentage', value: 10 },
          schedule: { executeAt: null, rrule: { intervalType: 'monthly', interval: 1, startDate: '2025-04-01', dayOfMonth: 1, endType: 'by', endDate: '2025-12-01' } },
        },
        reply: RAW_SCHEDULE,
      }),
    ],
    output: FLAT_SCHEDULE,
  },
  refused('a discount type without a value is refused before any request', 'creates.updateRecurringInvoice', { scheduleId: 'sch1', discountType: 'fixed' }, /"Discount Value" \(discountValue\) is required when Discount Type is set/),

  /* ------------------------------ start, auto-payment, cancel, delete ------------------------------ */
  {
    name: 'starts it in live mode by default',
    op: 'creates.sendRecurringInvoice',
    input: { scheduleId: 'sch1' },
    calls: [call('POST', '/invoices/schedule/sch1/schedule', { body: { ...ALT, liveMode: true }, reply: RAW_SCHEDULE })],
    output: FLAT_SCHEDULE,
  },
  {
    name: 'charges the saved card for every invoice',
    op: 'creates.setUpRecurringInvoiceAutoPayment',
    input: { scheduleId: 'sch1', paymentMethodId: 'pm_1P7xAbc', customerId: 'cus_Q2xDef' },
    calls: [call('POST', '/invoices/schedule/sch1/auto-payment', { body: { ...ALT, id: 'sch1', autoPayment: { enable: true, type: 'card', paymentMethodId: 'pm_1P7xAbc', customerId: 'cus_Q2xDef' } }, reply: RAW_SCHEDULE })],
    output: FLAT_SCHEDULE,
  },
  {
    name: 'switched off: only enable false',
    op: 'creates.setUpRecurringInvoiceAutoPayment',
    input: { scheduleId: 'sch1', enable: 'false' },
    calls: [call('POST', '/invoices/schedule/sch1/auto-payment', { body: { ...ALT, id: 'sch1', autoPayment: { enable: false } }, reply: RAW_SCHEDULE })],
    output: FLAT_SCHEDULE,
  },
  refused('on without a payment method is refused before any request', 'creates.setUpRecurringInvoiceAutoPayment', { scheduleId: 'sch1', customerId: 'cus_Q2xDef' }, /"Payment Method ID" \(paymentMethodId\) is required when Pay Automatically is Yes/),
  {
    name: 'cancels it and outputs the cancelled schedule',
    op: 'creates.cancelRecurringInvoice',
    input: { scheduleId: 'sch1' },
    calls: [call('POST', '/invoices/schedule/sch1/cancel', { body: ALT, reply: { ...RAW_SCHEDULE, status: 'cancelled' } })],
    output: { ...FLAT_SCHEDULE, status: 'cancelled' },
  },
  {
    name: 'deletes it',
    op: 'creates.deleteRecurringInvoice',
    input: { scheduleId: 'sch1' },
    calls: [call('DELETE', '/invoices/schedule/sch1', { query: ALT, reply: { success: true } })],
    output: { scheduleId: 'sch1', succeeded: true },
  },
  refused('an id with a slash is refused before any request', 'creates.deleteRecurringInvoice', { scheduleId: 'sch1/cancel' }, /"Recurring Invoice" \(scheduleId\) must be a HighLevel ID without "\/", "\\", "\?" or "#"/),
];
