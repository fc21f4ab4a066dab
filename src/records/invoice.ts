import type { Bundle } from 'zapier-platform-core';
import type { RequestParts } from '../client';
import { defineRecord, isRecord, readAs, scalarText, t, wrong, type Coercion } from '../record-table';
import { webLink } from '../web-link';
import { oneLineAddress } from '../schemas';
import { altLocation, pageSize } from './window';

/**
 * Invoices (GET /invoices/, invoices.json `GetInvoiceResponseDto`): flat, amounts as numbers in
 * the invoice's `currency`, the billed contact with the mailing address HighLevel keeps on the
 * invoice, and the line items as one text. `invoiceNumber` is typed number in the spec and
 * string in the webhook payload; it is output as text. The spec types the items as strings, its
 * example shows objects; anything else is skipped. The spec types the business address as an
 * object, the webhook payload as text: only the business name is used.
 */

/** "2 × Teeth whitening kit (49.5)" per line, joined. */
export const lineItems: Coercion<string | null> = {
  empty: null,
  read: (v) => {
    if (!Array.isArray(v)) return wrong(v);
    const lines = v
      .filter(isRecord)
      .filter((i) => scalarText(i.name))
      .map((i) => {
        const amount = readAs(t.number, i.amount);
        return `${readAs(t.number, i.qty) ?? 1} × ${scalarText(i.name)}${amount !== null ? ` (${amount})` : ''}`;
      });
    return { value: lines.length ? lines.join('; ') : null };
  },
};

/** The street of the invoice's contact address: both lines, comma-joined. */
const street = (c: Readonly<Record<string, unknown>>): string | null => {
  const a = isRecord(c.contactDetails) && isRecord(c.contactDetails.address) ? c.contactDetails.address : {};
  return [readAs(t.text, a.addressLine1), readAs(t.text, a.addressLine2)].filter((p) => p && p.trim()).join(', ') || null;
};

/** The billed contact and the sender as estimates and recurring invoices carry them (their `contactDetails`, `businessDetails`). */
export const billedColumns = {
  contactId: { label: 'Contact ID', type: t.text, from: 'contactDetails.id', sample: 'seD4PfOuKoVMLkEZqohJ' },
  contactName: { label: 'Contact Name', type: t.text, from: 'contactDetails.name', sample: 'Rosa Delgado' },
  contactEmail: { label: 'Contact Email', type: t.text, from: 'contactDetails.email', sample: 'rosa.delgado@example.com' },
  contactPhone: { label: 'Contact Phone', type: t.text, from: 'contactDetails.phoneNo', sample: '+15125550143' },
  businessName: { label: 'Business Name', type: t.text, from: 'businessDetails.name', sample: 'Sunrise Dental' },
};

export const invoiceTable = defineRecord(
  {
    id: { label: 'Invoice ID', type: t.text, from: ['_id', 'id'], sample: '6578278e879ad2646715ba9c' },
    invoiceNumber: { label: 'Invoice Number', type: t.looseText, sample: '1042' },
    name: { label: 'Invoice Name', type: t.text, sample: 'Spring whitening package' },
    title: { label: 'Title', type: t.text, sample: 'INVOICE' },
    status: { label: 'Status', type: t.text, sample: 'sent' },
    currency: { label: 'Currency', type: t.text, sample: 'USD' },
    total: { label: 'Total', type: t.number, sample: 99 },
    subTotal: { label: 'Subtotal', type: t.number, from: 'totalSummary.subTotal', sample: 99 },
    discount: { label: 'Discount', type: t.number, from: 'totalSummary.discount', sample: 0 },
    tax: { label: 'Tax', type: t.number, from: 'totalSummary.tax', sample: 0 },
    amountPaid: { label: 'Amount Paid', type: t.number, sample: 0 },
    amountDue: { label: 'Amount Due', type: t.number, sample: 99 },
    issueDate: { label: 'Issue Date', type: t.text, sample: '2025-03-14' },
    dueDate: { label: 'Due Date', type: t.text, sample: '2025-03-28' },
    lineItems: { label: 'Line Items', type: lineItems, from: 'invoiceItems', sample: '2 × Teeth whitening kit (49.5)' },
    liveMode: { label: 'Live Mode (not test)', type: t.boolean, sample: true },
    contactId: { label: 'Contact ID', type: t.text, from: 'contactDetails.id', sample: 'seD4PfOuKoVMLkEZqohJ' },
    contactName: { label: 'Contact Name', type: t.text, from: 'contactDetails.name', sample: 'Rosa Delgado' },
    contactEmail: { label: 'Contact Email', type: t.text, from: 'contactDetails.email', sample: 'rosa.delgado@example.com' },
    contactPhone: { label: 'Contact Phone', type: t.text, from: 'contactDetails.phoneNo', sample: '+15125550143' },
    contactCompanyName: { label: 'Contact Company Name', type: t.text, from: 'contactDetails.companyName', sample: 'Delgado Dental' },
    contactAddress1: { label: 'Contact Street Address', type: t.text, from: [], derive: (_, raw) => street(raw), sample: '3535 1st St N' },
    contactCity: { label: 'Contact City', type: t.text, from: 'contactDetails.address.city', sample: 'Dolomite' },
    contactState: { label: 'Contact State', type: t.text, from: 'contactDetails.address.state', sample: 'AL' },
    contactPostalCode: { label: 'Contact Postal Code', type: t.text, from: 'contactDetails.address.postalCode', sample: '35061' },
    contactCountry: { label: 'Contact Country', type: t.text, from: 'contactDetails.address.countryCode', sample: 'US' },
    contactFullAddress: {
      label: 'Contact Full Mailing Address', type: t.text, from: [], sample: '3535 1st St N, Dolomite, AL 35061, US',
      derive: (o) => oneLineAddress({ street: o.contactAddress1, city: o.contactCity, state: o.contactState, postalCode: o.contactPostalCode, country: o.contactCountry }),
    },
    businessName: { label: 'Business Name', type: t.text, from: 'businessDetails.name', sample: 'Sunrise Dental' },
    locationId: { label: 'Location ID', type: t.text, from: 'altId', sample: 've9EPM428h8vShlRW1KT' },
    webUrl: webLink('Invoice URL (in HighLevel)', (id) => `payments/invoices/edit/${id}`, '6578278e879ad2646715ba9c'),
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  },
  { name: 'invoice' },
);

export const invoiceList = invoiceTable.list('invoices');

/**
 * The newest invoices of the connected location: sorted by issue date, descending (the only sort
 * the spec offers), one page of a poll's worth; `status` narrows it (e.g. `paid`).
 */
export const newestInvoicesRequest =
  (status?: 'paid') =>
  (_input: unknown, { bundle }: { bundle: Bundle }): RequestParts => ({
    query: {
      ...altLocation(bundle),
      status,
      limit: pageSize(bundle),
      offset: 0,
      sortField: 'issueDate',
      sortOrder: 'descend',
    },
  });

/** Output declaration of operations that output invoices. */
export const invoiceOutputs = { records: invoiceList, ...invoiceTable.outputs };

/** A bare invoice (GET /invoices/{invoiceId}; the create, update, void and delete answers). */
export const invoiceRecord = invoiceTable.one('', 'the invoice');
export const invoiceAnswer = invoiceTable.answer('', 'the invoice');
/** `{ invoice, ... }` answers (send, record payment, text2pay). */
export const invoiceEnvelopeAnswer = invoiceTable.answer('invoice', 'the invoice');
export const invoiceShape = invoiceTable.shape;
