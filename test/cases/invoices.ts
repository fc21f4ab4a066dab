import type { Case } from '../support/table';
import { callAt } from './call';
import { RAW_CONTACT } from './fixtures';
import { FLAT_INVOICE, INVOICE_Q, RAW_INVOICE, WINDOW } from './forms-payments-tasks'; // also fixes the clock: today is 2025-03-16 (UTC)
import { refused } from './builders';

const ALT = { altId: 'LOC123', altType: 'location' };
const call = callAt('2021-07-28');
const CONTACT_CALL = call('GET', '/contacts/c1', { reply: { contact: RAW_CONTACT } });
const GET_INV = call('GET', '/invoices/inv1', { query: ALT, reply: RAW_INVOICE });

/** The contact details and recipient the invoice body carries for RAW_CONTACT. */
const BILLED = {
  contactDetails: {
    id: 'c1', name: 'Rosa Delgado', email: 'rosa@example.com', phoneNo: '+15125550143', companyName: 'Delgado Dental',
    address: { addressLine1: '3535 1st St N', city: 'Dolomite', state: 'AL', postalCode: '35061', countryCode: 'US' },
  },
  sentTo: { email: ['rosa@example.com'], phoneNo: ['+15125550143'] },
};
const ITEMS_IN = [
  { itemName: 'Teeth whitening kit', itemQty: '2', itemPrice: '49.50', itemDescription: 'Take-home kit' },
  { itemName: 'Consult', itemPrice: 0 },
  { itemName: '', itemQty: '', itemPrice: '', itemDescription: '' }, // the editor's trailing empty row
];
const ITEMS_OUT = [
  { name: 'Teeth whitening kit', description: 'Take-home kit', currency: 'USD', amount: 49.5, qty: 2 },
  { name: 'Consult', currency: 'USD', amount: 0, qty: 1 },
];
const CREATE_IN = { contactId: 'c1', name: 'Spring whitening package', currency: 'usd', lineItems: ITEMS_IN, issueDate: '2025-03-14', dueDate: '2025-03-28' };
const CREATE_BODY = {
  ...ALT,
  name: 'Spring whitening package',
  currency: 'USD',
  items: ITEMS_OUT,
  issueDate: '2025-03-14',
  dueDate: '2025-03-28',
  discount: { type: 'percentage', value: 0 },
  businessDetails: {},
  liveMode: true,
  ...BILLED,
};
const DRAFT = { ...RAW_INVOICE, status: 'draft' };
const FLAT_DRAFT = { ...FLAT_INVOICE, status: 'draft' };

const RAW_ESTIMATE = {
  _id: 'est1', altId: 'LOC123', altType: 'location', name: 'Whitening estimate', title: 'ESTIMATE', estimateNumber: 12, estimateStatus: 'sent', currency: 'USD',
  liveMode: true, deleted: false, items: [{ _id: 'i1', name: 'In-office whitening', currency: 'USD', qty: 1, amount: 450 }], discount: { type: 'percentage', value: 0 }, total: 450,
  contactDetails: { id: 'c1', name: 'Rosa Delgado', email: 'rosa@example.com', phoneNo: '+15125550143' }, businessDetails: { name: 'Sunrise Dental' },
  issueDate: '2025-03-16', expiryDate: '2025-04-15', createdAt: '2025-03-16T09:00:00.000Z', updatedAt: '2025-03-16T09:00:00.000Z',
};
const FLAT_ESTIMATE = {
  id: 'est1', estimateNumber: '12', name: 'Whitening estimate', title: 'ESTIMATE', status: 'sent', currency: 'USD', total: 450, issueDate: '2025-03-16', expiryDate: '2025-04-15',
  lineItems: '1 × In-office whitening (450)', liveMode: true, contactId: 'c1', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com', contactPhone: '+15125550143',
  businessName: 'Sunrise Dental', locationId: 'LOC123', createdAt: '2025-03-16T09:00:00.000Z', updatedAt: '2025-03-16T09:00:00.000Z',
};

export const invoiceCases: Case[] = [
  /* ------------------------------ dropdown, searches ------------------------------ */
  {
    name: 'most recently issued first, labelled with number, name, contact and status',
    op: 'triggers.invoiceDropdown',
    calls: [call('GET', '/invoices/', { query: { ...ALT, limit: '100', offset: '0', sortField: 'issueDate', sortOrder: 'descend' }, reply: { invoices: [RAW_INVOICE, { _id: 'inv0', name: 'Old', status: 'void' }], total: 2 } })],
    output: [
      { id: 'inv1', name: '#1042 Spring whitening package (Rosa Delgado, sent)' },
      { id: 'inv0', name: 'Old (void)' },
    ],
  },
  {
    name: 'the next page of the dropdown',
    op: 'triggers.invoiceDropdown',
    meta: { page: 2 },
    calls: [call('GET', '/invoices/', { query: { ...ALT, limit: '100', offset: '200', sortField: 'issueDate', sortOrder: 'descend' }, reply: { invoices: [], total: 2 } })],
    output: [],
  },
  {
    name: 'one invoice by id, flat',
    op: 'searches.getInvoice',
    input: { invoiceId: 'inv1' },
    calls: [GET_INV],
    output: [FLAT_INVOICE],
  },
  {
    name: 'an unknown invoice is no result',
    op: 'searches.getInvoice',
    input: { invoiceId: 'nope' },
    calls: [call('GET', '/invoices/nope', { query: ALT, status: 404, reply: { statusCode: 404, message: 'Invoice not found' } })],
    output: [],
  },
  refused('an id with a slash is refused before any request', 'searches.getInvoice', { invoiceId: 'inv1/void' }, /"Invoice" \(invoiceId\) must be a HighLevel ID without "\/", "\\", "\?" or "#"/),
  {
    name: 'by number text, status and contact',
    op: 'searches.findInvoice',
    input: { search: '1042', status: 'sent', contactId: 'c1' },
    calls: [call('GET', '/invoices/', { query: { ...ALT, search: '1042', contactId: 'c1', status: 'sent', limit: '10', offset: '0', sortField: 'issueDate', sortOrder: 'descend' }, reply: { invoices: [RAW_INVOICE], total: 1 } })],
    output: [FLAT_INVOICE],
  },
  refused('without any criterion nothing is sent', 'searches.findInvoice', {}, /"Search" \(search\) is required unless Contact or Status is given/),
  refused('a status not in the list is refused', 'searches.findInvoice', { status: 'overdue' }, /"Status" \(status\) must be one of draft, sent, partially_paid, paid, void, got "overdue"/),

  /* ------------------------------ create, create and send ------------------------------ */
  {
    name: 'reads the contact, then creates the draft with the line items (trailing empty row dropped)',
    op: 'creates.createInvoice',
    input: CREATE_IN,
    calls: [CONTACT_CALL, call('POST', '/invoices/', { body: CREATE_BODY, reply: DRAFT })],
    output: FLAT_DRAFT,
  },
  {
    name: 'optional texts, discount, business name, test mode and another recipient; issue date today when blank',
    op: 'creates.createInvoice',
    input: {
      contactId: 'c1', sendToEmail: 'billing@delgado.example.com', name: 'Spring whitening package', currency: 'USD', lineItems: [{ itemName: 'Kit', itemPrice: 10 }],
      title: 'QUOTE', invoiceNumber: '2001', termsNotes: 'Due on receipt', discountType: 'fixed', discountValue: '5', businessName: 'Sunrise Dental', liveMode: 'false',
    },
    calls: [
      CONTACT_CALL,
      call('POST', '/invoices/', {
        body: {
          ...CREATE_BODY, items: [{ name: 'Kit', currency: 'USD', amount: 10, qty: 1 }], issueDate: '2025-03-16', dueDate: undefined, title: 'QUOTE', invoiceNumber: '2001', termsNotes: 'Due on receipt',
          discount: { type: 'fixed', value: 5 }, businessDetails: { name: 'Sunrise Dental' }, liveMode: false, sentTo: { ...BILLED.sentTo, email: ['billing@delgado.example.com'] },
        },
        reply: DRAFT,
      }),
    ],
    output: FLAT_DRAFT,
  },
  refused('a line item without a unit price is refused naming the row, before any request', 'creates.createInvoice', { ...CREATE_IN, lineItems: [{ itemName: 'Kit', itemPrice: 10 }, { itemName: 'Consult' }] }, /"Line Items" \(lineItems\) item 2: Unit Price is required/),
  refused('a non-numeric quantity is refused', 'creates.createInvoice', { ...CREATE_IN, lineItems: [{ itemName: 'Kit', itemPrice: 10, itemQty: 'two' }] }, /"Line Items" \(lineItems\) item 1: Quantity must be a number above 0, got "two"/),
  refused('no line items at all', 'creates.createInvoice', { ...CREATE_IN, lineItems: [{ itemName: '', itemPrice: '' }] }, /"Line Items" \(lineItems\) needs at least one item with a name and a unit price/),
  refused('a currency that is not a three-letter code', 'creates.createInvoice', { ...CREATE_IN, currency: 'dollars' }, /"Currency" \(currency\) must be a three-letter currency code such as USD, got "dollars"/),
  refused('a due date before the issue date', 'creates.createInvoice', { ...CREATE_IN, dueDate: '2025-03-01' }, /"Due Date" \(dueDate\) must not be before the Issue Date \(2025-03-14\), got "2025-03-01"/),
  {
    name: 'a contact without an email needs Send To Email (one request, no invoice)',
    op: 'creates.createInvoice',
    input: CREATE_IN,
    calls: [call('GET', '/contacts/c1', { reply: { contact: { ...RAW_CONTACT, email: null } } })],
    error: /"Send To Email" \(sendToEmail\) is required: the contact c1 has no email address/,
  },
  {
    name: 'text2pay: creates and sends in one request; outputs the payment link',
    op: 'creates.createAndSendInvoice',
    input: { ...CREATE_IN, userId: 'U1' },
    calls: [CONTACT_CALL, call('POST', '/invoices/text2pay', { body: { ...CREATE_BODY, action: 'send', userId: 'U1' }, reply: { invoice: RAW_INVOICE, invoiceUrl: 'https://link.example.com/invoice/inv1' } })],
    output: { ...FLAT_INVOICE, invoiceUrl: 'https://link.example.com/invoice/inv1' },
  },
  {
    name: 'text2pay as a draft',
    op: 'creates.createAndSendInvoice',
    input: { ...CREATE_IN, userId: 'U1', action: 'draft' },
    calls: [CONTACT_CALL, call('POST', '/invoices/text2pay', { body: { ...CREATE_BODY, action: 'draft', userId: 'U1' }, reply: { invoice: DRAFT } })],
    output: { ...FLAT_DRAFT, invoiceUrl: null },
  },
  {
    name: 'text2pay needs the sending user',
    op: 'creates.createAndSendInvoice',
    input: CREATE_IN,
    calls: [],
    error: /"Sent By" \(userId\) is required/,
  },

  /* ------------------------------ update ------------------------------ */
  {
    name: 'reads the invoice, then PUTs it whole with only the given fields changed',
    op: 'creates.updateInvoice',
    input: { invoiceId: 'inv1', name: 'Spring package (revised)', dueDate: '2025-04-01' },
    calls: [
      GET_INV,
      call('PUT', '/invoices/inv1', {
        body: {
          ...ALT,
          name: 'Spring package (revised)',
          currency: 'USD',
          invoiceItems: [{ name: 'Teeth whitening kit', currency: 'USD', amount: 49.5, qty: 2 }, { name: 'Consult', currency: 'USD', amount: 0, qty: 1 }],
          issueDate: '2025-03-14',
          dueDate: '2025-04-01',
          title: 'INVOICE',
          invoiceNumber: '1042',
          liveMode: true,
        },
        reply: { ...RAW_INVOICE, name: 'Spring package (revised)', dueDate: '2025-04-01' },
      }),
    ],
    output: { ...FLAT_INVOICE, name: 'Spring package (revised)', dueDate: '2025-04-01' },
  },
  {
    name: 'new line items replace the old ones; a discount value keeps the type',
    op: 'creates.updateInvoice',
    input: { invoiceId: 'inv1', lineItems: [{ itemName: 'Kit', itemPrice: 12, itemQty: 3 }], discountValue: 10, currency: 'eur' },
    calls: [
      call('GET', '/invoices/inv1', { query: ALT, reply: { ...RAW_INVOICE, discount: { type: 'fixed', value: 0 }, termsNotes: 'Thanks!' } }),
      call('PUT', '/invoices/inv1', {
        body: {
          ...ALT, name: 'Spring whitening package', currency: 'EUR', invoiceItems: [{ name: 'Kit', currency: 'EUR', amount: 12, qty: 3 }],
          issueDate: '2025-03-14', dueDate: '2025-03-28', title: 'INVOICE', invoiceNumber: '1042', termsNotes: 'Thanks!', discount: { type: 'fixed', value: 10 }, liveMode: true,
        },
        reply: RAW_INVOICE,
      }),
    ],
    output: FLAT_INVOICE,
  },
  refused('a discount type without a value is refused before any request', 'creates.updateInvoice', { invoiceId: 'inv1', discountType: 'fixed' }, /"Discount Value" \(discountValue\) is required when Discount Type is set/),
  {
    name: 'HighLevel refusing a paid invoice: its words',
    op: 'creates.updateInvoice',
    input: { invoiceId: 'inv1', name: 'x' },
    calls: [GET_INV, { ...call('PUT', '/invoices/inv1', { body: { ...ALT, name: 'x', currency: 'USD', invoiceItems: [{ name: 'Teeth whitening kit', currency: 'USD', amount: 49.5, qty: 2 }, { name: 'Consult', currency: 'USD', amount: 0, qty: 1 }], issueDate: '2025-03-14', dueDate: '2025-03-28', title: 'INVOICE', invoiceNumber: '1042', liveMode: true } }), reply: { status: 400, body: { statusCode: 400, message: 'Cannot update an invoice with status paid' } } }],
    error: /Cannot update an invoice with status paid/,
  },

  /* ------------------------------ send, pay, void, delete ------------------------------ */
  {
    name: 'by email as the chosen user, live mode by default',
    op: 'creates.sendInvoice',
    input: { invoiceId: 'inv1', userId: 'U1', action: 'email' },
    calls: [call('POST', '/invoices/inv1/send', { body: { ...ALT, userId: 'U1', action: 'email', liveMode: true }, reply: { invoice: RAW_INVOICE, smsData: {}, emailData: {} } })],
    output: FLAT_INVOICE,
  },
  refused('an unknown way of sending is refused', 'creates.sendInvoice', { invoiceId: 'inv1', userId: 'U1', action: 'fax' }, /"Send By" \(action\) must be one of email, sms, sms_and_email, send_manually, got "fax"/),
  {
    name: 'a check payment of part of the amount',
    op: 'creates.recordInvoicePayment',
    input: { invoiceId: 'inv1', mode: 'cheque', amount: '49.5', chequeNumber: '1187', notes: 'Front desk', fulfilledAt: '2025-03-15T10:00:00-05:00' },
    calls: [
      call('POST', '/invoices/inv1/record-payment', {
        body: { ...ALT, mode: 'cheque', card: { brand: '', last4: '' }, cheque: { number: '1187' }, notes: 'Front desk', amount: 49.5, fulfilledAt: '2025-03-15T15:00:00.000Z' },
        reply: { success: true, invoice: { ...RAW_INVOICE, status: 'partially_paid', amountPaid: 49.5, amountDue: 49.5 } },
      }),
    ],
    output: { ...FLAT_INVOICE, status: 'partially_paid', amountPaid: 49.5, amountDue: 49.5, succeeded: true },
  },
  {
    name: 'a card payment of the amount due (no amount sent)',
    op: 'creates.recordInvoicePayment',
    input: { invoiceId: 'inv1', mode: 'card', cardBrand: 'visa', cardLast4: '4242' },
    calls: [
      call('POST', '/invoices/inv1/record-payment', {
        body: { ...ALT, mode: 'card', card: { brand: 'visa', last4: '4242' }, cheque: { number: '' }, notes: '' },
        reply: { success: true, invoice: { ...RAW_INVOICE, status: 'paid', amountPaid: 99, amountDue: 0 } },
      }),
    ],
    output: { ...FLAT_INVOICE, status: 'paid', amountPaid: 99, amountDue: 0, succeeded: true },
  },
  refused('card digits that are not four digits', 'creates.recordInvoicePayment', { invoiceId: 'inv1', mode: 'card', cardLast4: '42' }, /"Card Last 4 Digits" \(cardLast4\) must be four digits, got "42"/),
  refused('a zero amount', 'creates.recordInvoicePayment', { invoiceId: 'inv1', mode: 'cash', amount: '0' }, /"Amount" \(amount\) must be more than 0, got 0/),
  {
    name: 'voids it and outputs the void invoice',
    op: 'creates.voidInvoice',
    input: { invoiceId: 'inv1' },
    calls: [call('POST', '/invoices/inv1/void', { body: ALT, reply: { ...RAW_INVOICE, status: 'void' } })],
    output: { ...FLAT_INVOICE, status: 'void' },
  },
  {
    name: 'deletes it and outputs the deleted invoice',
    op: 'creates.deleteInvoice',
    input: { invoiceId: 'inv1' },
    calls: [call('DELETE', '/invoices/inv1', { query: ALT, reply: RAW_INVOICE })],
    output: FLAT_INVOICE,
  },
  refused('no invoice: nothing is deleted', 'creates.deleteInvoice', {}, /"Invoice" \(invoiceId\) is required/),

  /* ------------------------------ Updated Invoice ------------------------------ */
  {
    name: 'newest change first; the id is invoice id + update time, so each change fires once',
    op: 'triggers.updatedInvoice',
    calls: [call('GET', '/invoices/', { query: INVOICE_Q, reply: { invoices: [{ ...RAW_INVOICE, _id: 'inv2', updatedAt: '2025-03-15T08:00:00.000Z' }, { ...RAW_INVOICE, status: 'paid', updatedAt: '2025-03-16T11:00:00.000Z' }], total: 2 } })],
    output: [
      { ...FLAT_INVOICE, status: 'paid', updatedAt: '2025-03-16T11:00:00.000Z', id: 'inv1:2025-03-16T11:00:00.000Z', invoiceId: 'inv1' },
      { ...FLAT_INVOICE, updatedAt: '2025-03-15T08:00:00.000Z', id: 'inv2:2025-03-15T08:00:00.000Z', invoiceId: 'inv2', webUrl: 'https://app.gohighlevel.com/v2/location/LOC123/payments/invoices/edit/inv2' },
    ],
  },
  {
    name: 'idle poll: one request',
    op: 'triggers.updatedInvoice',
    meta: { isLoadingSample: true },
    calls: [call('GET', '/invoices/', { query: { ...INVOICE_Q, limit: '3' }, reply: { invoices: [], total: 0 } })],
    output: [],
  },

  /* ------------------------------ estimates ------------------------------ */
  {
    name: 'estimates of the window, newest created first (the list has no sort)',
    op: 'triggers.newEstimate',
    calls: [call('GET', '/invoices/estimate/list', { query: { ...ALT, ...WINDOW, limit: '100', offset: '0' }, reply: { estimates: [{ ...RAW_ESTIMATE, _id: 'est0', createdAt: '2025-03-14T09:00:00.000Z' }, RAW_ESTIMATE], total: 2 } })],
    output: [FLAT_ESTIMATE, { ...FLAT_ESTIMATE, id: 'est0', createdAt: '2025-03-14T09:00:00.000Z' }],
  },
  {
    name: 'labelled with number, name, contact and status',
    op: 'triggers.estimateDropdown',
    calls: [call('GET', '/invoices/estimate/list', { query: { ...ALT, limit: '100', offset: '0' }, reply: { estimates: [RAW_ESTIMATE], total: 1 } })],
    output: [{ id: 'est1', name: '#12 Whitening estimate (Rosa Delgado, sent)' }],
  },
  {
    name: 'reads the contact, then creates a one-off draft estimate',
    op: 'creates.createEstimate',
    input: { contactId: 'c1', name: 'Whitening estimate', currency: 'USD', lineItems: [{ itemName: 'In-office whitening', itemPrice: '450' }], issueDate: '2025-03-14', expiryDate: '2025-04-13' },
    calls: [
      CONTACT_CALL,
      call('POST', '/invoices/estimate', {
        body: {
          ...ALT, name: 'Whitening estimate', currency: 'USD', items: [{ name: 'In-office whitening', currency: 'USD', amount: 450, qty: 1 }], issueDate: '2025-03-14', expiryDate: '2025-04-13',
          discount: { type: 'percentage', value: 0 }, businessDetails: {}, liveMode: true, ...BILLED, frequencySettings: { enabled: false, schedule: {} },
        },
        reply: { ...RAW_ESTIMATE, estimateStatus: 'draft' },
      }),
    ],
    output: { ...FLAT_ESTIMATE, status: 'draft' },
  },
  refused('an expiry before the issue date is refused before any request', 'creates.createEstimate', { contactId: 'c1', name: 'Whitening estimate', currency: 'USD', lineItems: [{ itemName: 'Kit', itemPrice: 1 }], issueDate: '2025-03-14', expiryDate: '2025-03-01' }, /"Expiry Date" \(expiryDate\) must not be before the Issue Date \(2025-03-14\), got "2025-03-01"/),
  {
    name: 'by text message as the chosen user',
    op: 'creates.sendEstimate',
    input: { estimateId: 'est1', userId: 'U1', action: 'sms' },
    calls: [call('POST', '/invoices/estimate/est1/send', { body: { ...ALT, action: 'sms', liveMode: true, userId: 'U1' }, reply: RAW_ESTIMATE })],
    output: FLAT_ESTIMATE,
  },
  {
    name: 'the new draft invoice, with the estimate id',
    op: 'creates.createInvoiceFromEstimate',
    input: { estimateId: 'est1' },
    calls: [call('POST', '/invoices/estimate/est1/invoice', { body: { ...ALT, markAsInvoiced: true }, reply: { estimate: { ...RAW_ESTIMATE, estimateStatus: 'invoiced' }, invoice: DRAFT } })],
    output: { ...FLAT_DRAFT, estimateId: 'est1' },
  },
  refused('no estimate: nothing is sent', 'creates.createInvoiceFromEstimate', { markAsInvoiced: 'maybe' }, /"Estimate" \(estimateId\) is required/),
  {
    name: 'deletes it (location in the body) and outputs the deleted estimate',
    op: 'creates.deleteEstimate',
    input: { estimateId: 'est1' },
    calls: [call('DELETE', '/invoices/estimate/est1', { body: ALT, reply: RAW_ESTIMATE })],
    output: FLAT_ESTIMATE,
  },

  /* ------------------------------ update estimate, late fees ------------------------------ */
  {
    name: 'reads the contact, then replaces the estimate; a status marks it accepted',
    op: 'creates.updateEstimate',
    input: { estimateId: 'est1', contactId: 'c1', name: 'Whitening estimate (revised)', currency: 'usd', lineItems: [{ itemName: 'In-office whitening', itemPrice: '400' }], issueDate: '2025-03-16', estimateStatus: 'accepted' },
    calls: [
      CONTACT_CALL,
      call('PUT', '/invoices/estimate/est1', {
        body: {
          ...ALT, name: 'Whitening estimate (revised)', currency: 'USD', items: [{ name: 'In-office whitening', currency: 'USD', amount: 400, qty: 1 }], issueDate: '2025-03-16',
          discount: { type: 'percentage', value: 0 }, businessDetails: {}, liveMode: true, ...BILLED, frequencySettings: { enabled: false, schedule: {} }, estimateStatus: 'accepted',
        },
        reply: { ...RAW_ESTIMATE, name: 'Whitening estimate (revised)', total: 400, items: [{ name: 'In-office whitening', currency: 'USD', qty: 1, amount: 400 }], estimateStatus: 'accepted' },
      }),
    ],
    output: { ...FLAT_ESTIMATE, name: 'Whitening estimate (revised)', total: 400, lineItems: '1 × In-office whitening (400)', status: 'accepted' },
  },
  refused('a status HighLevel sets itself (invoiced) is refused before any request', 'creates.updateEstimate', { estimateId: 'est1', contactId: 'c1', name: 'x', currency: 'USD', lineItems: [{ itemName: 'Kit', itemPrice: 1 }], estimateStatus: 'invoiced' }, /"Status" \(estimateStatus\) must be one of draft, sent, accepted, declined, got "invoiced"/),
  refused('no line items: nothing is sent', 'creates.updateEstimate', { estimateId: 'est1', contactId: 'c1', name: 'x', currency: 'USD' }, /"Line Items" \(lineItems\) is required/),
  {
    name: 'a 5% fee every week after 3 grace days, at most 50',
    op: 'creates.updateInvoiceLateFees',
    input: { invoiceId: 'inv1', enable: 'true', value: '5', type: 'percentage', interval: 'week', graceDays: '3', maxLateFees: '50' },
    calls: [
      call('PATCH', '/invoices/inv1/late-fees-configuration', {
        body: { ...ALT, lateFeesConfiguration: { enable: true, value: 5, type: 'percentage', frequency: { intervalCount: 1, interval: 'week' }, grace: { intervalCount: 3, interval: 'day' }, maxLateFees: { type: 'fixed', value: 50 } } },
        reply: RAW_INVOICE,
      }),
    ],
    output: FLAT_INVOICE,
  },
  {
    name: 'switched off: the spec\'s required fields with their defaults',
    op: 'creates.updateInvoiceLateFees',
    input: { invoiceId: 'inv1', enable: 'false' },
    calls: [call('PATCH', '/invoices/inv1/late-fees-configuration', { body: { ...ALT, lateFeesConfiguration: { enable: false, value: 0, type: 'fixed', frequency: { intervalCount: 1, interval: 'one_time' } } }, reply: RAW_INVOICE })],
    output: FLAT_INVOICE,
  },
  refused('a fee that is not a number is refused naming the field', 'creates.updateInvoiceLateFees', { invoiceId: 'inv1', value: '$25' }, /"Late Fee" \(value\) must be a number, got "\$25"/),
  refused('late fees on without a fee', 'creates.updateInvoiceLateFees', { invoiceId: 'inv1', enable: 'true' }, /"Late Fee" \(value\) is required when Charge Late Fees is Yes/),
  refused('a percentage above 100', 'creates.updateInvoiceLateFees', { invoiceId: 'inv1', value: '150', type: 'percentage' }, /"Late Fee" \(value\) must be at most 100, got 150/),
  refused('a fractional repeat count', 'creates.updateInvoiceLateFees', { invoiceId: 'inv1', value: '10', interval: 'day', intervalCount: '1.5' }, /"Repeat Every" \(intervalCount\) must be a whole number of at least 1, got 1.5/),
];
