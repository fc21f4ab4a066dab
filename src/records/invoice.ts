import { z } from 'zod';
import type { Bundle, PlainOutputField } from 'zapier-platform-core';
import type { RequestParts } from '../client';
import { each, type Flat } from '../operation';
import { oneLineAddress, parseResponse } from '../schemas';
import { altLocation, money, pageSize, text } from './window';

/**
 * Invoices (GET /invoices/, invoices.json `GetInvoiceResponseDto`): flat, amounts as numbers in
 * the invoice's `currency`, the billed contact with the mailing address HighLevel keeps on the
 * invoice, and the line items as one text. `invoiceNumber` is typed number in the spec and
 * string in the webhook payload; it is output as text.
 */
const str = z.string().nullish();

const Address = z.looseObject({
  addressLine1: str,
  addressLine2: str,
  city: str,
  state: str,
  postalCode: str,
  countryCode: str,
});

const Item = z.looseObject({ name: str, qty: money, amount: money });

export const Invoice = z.looseObject({
  _id: z.string(),
  status: str,
  liveMode: z.boolean().nullish(),
  name: str,
  title: str,
  invoiceNumber: text,
  currency: str,
  total: money,
  amountPaid: money,
  amountDue: money,
  totalSummary: z.looseObject({ subTotal: money, discount: money, tax: money }).nullish(),
  issueDate: str,
  dueDate: str,
  altId: str,
  contactDetails: z
    .looseObject({ id: str, name: str, email: str, phoneNo: str, companyName: str, address: Address.nullish() })
    .nullish(),
  // The spec types the business address as an object, the webhook payload as text: only the name is used.
  businessDetails: z.looseObject({ name: str }).nullish(),
  // The spec types the items as strings, its example shows objects; anything else is skipped.
  invoiceItems: z.array(z.unknown()).nullish(),
  createdAt: str,
  updatedAt: str,
});
export type Invoice = z.infer<typeof Invoice>;

const List = z.object({ invoices: z.array(Invoice).nullish() });
export const invoiceList = (body: unknown): Invoice[] => parseResponse(List, body, 'the invoice list').invoices ?? [];

/** "2 × Teeth whitening kit (49.5)" per line, joined. */
function lineItems(items: readonly unknown[] | null | undefined): string | null {
  const lines = (items ?? [])
    .map((raw) => Item.safeParse(raw).data)
    .filter((i) => i?.name)
    .map((i) => `${i!.qty ?? 1} × ${i!.name}${i!.amount !== null ? ` (${i!.amount})` : ''}`);
  return lines.length ? lines.join('; ') : null;
}

export function flattenInvoice(inv: Invoice): Flat {
  const c = inv.contactDetails;
  const a = c?.address;
  const street = [a?.addressLine1, a?.addressLine2].filter((p) => p && p.trim()).join(', ');
  return {
    id: inv._id,
    invoiceNumber: inv.invoiceNumber,
    name: inv.name ?? null,
    title: inv.title ?? null,
    status: inv.status ?? null,
    currency: inv.currency ?? null,
    total: inv.total,
    subTotal: inv.totalSummary?.subTotal ?? null,
    discount: inv.totalSummary?.discount ?? null,
    tax: inv.totalSummary?.tax ?? null,
    amountPaid: inv.amountPaid,
    amountDue: inv.amountDue,
    issueDate: inv.issueDate ?? null,
    dueDate: inv.dueDate ?? null,
    lineItems: lineItems(inv.invoiceItems),
    liveMode: inv.liveMode ?? null,
    contactId: c?.id ?? null,
    contactName: c?.name ?? null,
    contactEmail: c?.email ?? null,
    contactPhone: c?.phoneNo ?? null,
    contactCompanyName: c?.companyName ?? null,
    contactAddress1: street || null,
    contactCity: a?.city ?? null,
    contactState: a?.state ?? null,
    contactPostalCode: a?.postalCode ?? null,
    contactCountry: a?.countryCode ?? null,
    contactFullAddress: oneLineAddress({ street, city: a?.city, state: a?.state, postalCode: a?.postalCode, country: a?.countryCode }),
    businessName: inv.businessDetails?.name ?? null,
    locationId: inv.altId ?? null,
    createdAt: inv.createdAt ?? null,
    updatedAt: inv.updatedAt ?? null,
  };
}

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

export const invoiceOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Invoice ID' },
  { key: 'invoiceNumber', label: 'Invoice Number' },
  { key: 'name', label: 'Invoice Name' },
  { key: 'title', label: 'Title' },
  { key: 'status', label: 'Status' },
  { key: 'currency', label: 'Currency' },
  { key: 'total', label: 'Total', type: 'number' },
  { key: 'subTotal', label: 'Subtotal', type: 'number' },
  { key: 'discount', label: 'Discount', type: 'number' },
  { key: 'tax', label: 'Tax', type: 'number' },
  { key: 'amountPaid', label: 'Amount Paid', type: 'number' },
  { key: 'amountDue', label: 'Amount Due', type: 'number' },
  { key: 'issueDate', label: 'Issue Date' },
  { key: 'dueDate', label: 'Due Date' },
  { key: 'lineItems', label: 'Line Items' },
  { key: 'liveMode', label: 'Live Mode (not test)', type: 'boolean' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'contactEmail', label: 'Contact Email' },
  { key: 'contactPhone', label: 'Contact Phone' },
  { key: 'contactCompanyName', label: 'Contact Company Name' },
  { key: 'contactAddress1', label: 'Contact Street Address' },
  { key: 'contactCity', label: 'Contact City' },
  { key: 'contactState', label: 'Contact State' },
  { key: 'contactPostalCode', label: 'Contact Postal Code' },
  { key: 'contactCountry', label: 'Contact Country' },
  { key: 'contactFullAddress', label: 'Contact Full Mailing Address' },
  { key: 'businessName', label: 'Business Name' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

export const invoiceSample: Flat = {
  id: '6578278e879ad2646715ba9c',
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
  lineItems: '2 × Teeth whitening kit (49.5)',
  liveMode: true,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Rosa Delgado',
  contactEmail: 'rosa.delgado@example.com',
  contactPhone: '+15125550143',
  contactCompanyName: 'Delgado Dental',
  contactAddress1: '3535 1st St N',
  contactCity: 'Dolomite',
  contactState: 'AL',
  contactPostalCode: '35061',
  contactCountry: 'US',
  contactFullAddress: '3535 1st St N, Dolomite, AL 35061, US',
  businessName: 'Sunrise Dental',
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2025-03-14T15:04:05.000Z',
  updatedAt: '2025-03-14T15:04:05.000Z',
};

/** Output declaration of operations that output invoices. */
export const invoiceOutputs = { records: invoiceList, output: each(flattenInvoice), sample: invoiceSample, outputFields: invoiceOutputFields };
