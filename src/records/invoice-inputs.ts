import { z } from 'zod';
import { callApi, type Ctx } from '../client';
import { contactField } from '../common-fields';
import { endpoint } from '../endpoint';
import { f, REQUIRED, type FieldSpec } from '../fields';
import { lineItemGroup } from '../line-items';
import { invalidInput } from '../errors';
import { clock } from '../clock';
import { contactRecord, type Contact } from './contact';

/**
 * What the invoice writes share (Create Invoice, Update Invoice, Create & Send Invoice): the line
 * items as a Zapier line-item group (`children`: each row a name, quantity, unit price and
 * description; Zapier hands the step an array of objects, mapped line items included), the
 * billed contact (read once with GET /contacts/{contactId} for the name, email, phone and
 * mailing address the invoice keeps, invoices.json `ContactDetailsDto`), and the dates, discount
 * and texts of the invoice body. Decisions: the spec requires `businessDetails` without
 * requiring any of its fields, so `{}` is sent unless a Business Name is given (HighLevel fills
 * in the location's business); `discount` is required, so `{ type: 'percentage', value: 0 }` is
 * sent when no discount is given; every item carries the invoice's currency (required per item).
 */

export const invoiceIdField = (helpText = 'The invoice. Pick one, or map an Invoice ID from an earlier step (e.g. New Invoice).') =>
  f.id({ label: 'Invoice', required: true, dynamic: 'invoiceDropdown.id.name', search: 'findInvoice.id', helpText });

export interface LineItem {
  name: string;
  qty: number;
  amount: number;
  description?: string;
}

const CHILDREN = [
  { key: 'itemName', label: 'Item Name', required: true, type: 'string', helpText: 'The item\'s name, e.g. "Teeth whitening kit".' },
  { key: 'itemQty', label: 'Quantity', required: false, type: 'number', helpText: 'How many; 1 when blank. Decimals are allowed (e.g. 1.5 hours).' },
  { key: 'itemPrice', label: 'Unit Price', required: true, type: 'number', helpText: 'Price of one unit in the invoice currency, e.g. 49.50 (no currency sign).' },
  { key: 'itemDescription', label: 'Item Description', required: false, type: 'text', helpText: 'Optional details printed under the item name.' },
] as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const asNumber = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
  return null;
};

/** One problem of a line item, in words that name the row and the column. */
function readItem(raw: unknown, row: number): LineItem | string {
  const at = `item ${row}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `${at} must be a line item with a name and a unit price`;
  const r = raw as Record<string, unknown>;
  if (blank(r.itemName)) return `${at}: Item Name is required`;
  if (typeof r.itemName !== 'string' && typeof r.itemName !== 'number') return `${at}: Item Name must be text`;
  if (blank(r.itemPrice)) return `${at}: Unit Price is required`;
  const amount = asNumber(r.itemPrice);
  if (amount === null || amount < 0) return `${at}: Unit Price must be a number of 0 or more, got "${String(r.itemPrice)}"`;
  const qty = blank(r.itemQty) ? 1 : asNumber(r.itemQty);
  if (qty === null || qty <= 0) return `${at}: Quantity must be a number above 0, got "${String(r.itemQty)}"`;
  const description = blank(r.itemDescription) ? undefined : String(r.itemDescription).trim();
  return { name: String(r.itemName).trim(), qty, amount, ...(description ? { description } : {}) };
}

/**
 * The Line Items group: required, at least one row. A row left completely empty (Zapier's editor
 * keeps a trailing one) is dropped; every other row must have a name and a unit price.
 */
export function lineItemsField(helpText: string): FieldSpec<LineItem[]>;
export function lineItemsField(helpText: string, required: false): FieldSpec<LineItem[] | undefined>;
export function lineItemsField(helpText: string, required = true): FieldSpec<LineItem[] | undefined> {
  const schema = () =>
    z.unknown().transform((v, c): LineItem[] | undefined => {
      const rows = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
        (r) => !(typeof r === 'object' && r !== null && Object.values(r as Record<string, unknown>).every(blank)),
      );
      if (!rows.length) {
        if (!required) return undefined;
        c.addIssue({ code: 'custom', message: v === undefined ? REQUIRED : 'needs at least one item with a name and a unit price' });
        return z.NEVER;
      }
      const items: LineItem[] = [];
      for (const [i, raw] of rows.entries()) {
        const item = readItem(raw, i + 1);
        if (typeof item === 'string') {
          c.addIssue({ code: 'custom', message: item });
          return z.NEVER;
        }
        items.push(item);
      }
      return items;
    });
  return lineItemGroup({ label: 'Line Items', helpText, required }, CHILDREN, schema);
}

/** The items as the spec's `InvoiceItemDto` (name, currency, amount, qty; description when given). */
export const itemsBody = (items: readonly LineItem[], currency: string) =>
  items.map((i) => ({ name: i.name, ...(i.description ? { description: i.description } : {}), currency, amount: i.amount, qty: i.qty }));

/** Today in UTC as YYYY-MM-DD (the app's one clock). */
export const today = (): string => new Date(clock.now()).toISOString().slice(0, 10);

const CURRENCY = /^[A-Za-z]{3}$/;
export const currencyField = () =>
  f.text({ label: 'Currency', required: true, default: 'USD', helpText: 'Three-letter ISO 4217 code of the invoice currency, e.g. `USD`, `CAD`, `EUR`.' });

/** The currency in capitals, or an error naming the field. */
export function currencyOf(value: string): string {
  if (!CURRENCY.test(value)) throw invalidInput({ key: 'currency', label: 'Currency' }, `must be a three-letter currency code such as USD, got "${value}"`);
  return value.toUpperCase();
}

/** Inputs of the invoice body that create, update and create-and-send share. */
export const invoiceBodyInputs = {
  issueDate: f.date({ label: 'Issue Date', helpText: 'The invoice date, e.g. 2025-03-14. Today (UTC) when blank.' }),
  dueDate: f.date({ label: 'Due Date', helpText: 'When payment is due, e.g. 2025-03-28. Blank: no due date (HighLevel shows the issue date).' }),
  title: f.text({ label: 'Title', helpText: 'The heading printed on the invoice, e.g. "INVOICE" (HighLevel\'s default when blank).' }),
  invoiceNumber: f.text({ label: 'Invoice Number', helpText: 'Your own number for the invoice, e.g. 1042. Blank: HighLevel assigns the next number.' }),
  termsNotes: f.longText({ label: 'Terms & Notes', helpText: 'Payment terms or a note printed at the bottom of the invoice (HTML allowed).' }),
  discountType: f.choice({ label: 'Discount Type', choices: { percentage: 'Percentage of the subtotal', fixed: 'Fixed amount' }, helpText: 'How Discount Value is read. Percentage when blank.' }),
  discountValue: f.number({ label: 'Discount Value', helpText: 'The discount, e.g. 10 (10% or 10.00 in the invoice currency). No discount when blank.' }),
  businessName: f.text({ label: 'Business Name', helpText: 'The business shown as the sender. Blank: the location\'s business details from its invoice settings.' }),
  liveMode: f.boolean({ label: 'Live Mode', default: 'true', helpText: 'Yes: a real invoice that can be paid. No: a test-mode invoice (test payments only). Yes when blank.' }),
};

type BodyInput = {
  issueDate?: string;
  dueDate?: string;
  title?: string;
  invoiceNumber?: string;
  termsNotes?: string;
  discountType?: 'percentage' | 'fixed';
  discountValue?: number;
  businessName?: string;
  liveMode?: boolean;
};

/** The due date may not be before the issue date (checked before any request). */
export function checkDates(input: { issueDate?: string; dueDate?: string }): void {
  if (input.dueDate && input.dueDate < (input.issueDate ?? today())) {
    throw invalidInput({ key: 'dueDate', label: 'Due Date' }, `must not be before the Issue Date (${input.issueDate ?? today()}), got "${input.dueDate}"`);
  }
}

/** The fields of the invoice body that the shared inputs give. */
export function invoiceBody(input: BodyInput) {
  return {
    ...(input.title ? { title: input.title } : {}),
    ...(input.invoiceNumber ? { invoiceNumber: input.invoiceNumber } : {}),
    ...(input.termsNotes ? { termsNotes: input.termsNotes } : {}),
    issueDate: input.issueDate ?? today(),
    ...(input.dueDate ? { dueDate: input.dueDate } : {}),
    discount: { type: input.discountType ?? 'percentage', value: input.discountValue ?? 0 },
    businessDetails: input.businessName ? { name: input.businessName } : {},
    liveMode: input.liveMode ?? true,
  };
}

/** The billed contact (required: first among the inputs) and the optional other recipient (after the required ones). */
export const billedContactInput = { contactId: contactField('The contact billed: their name, email, phone and mailing address are copied onto the invoice or estimate.') };
export const sendToEmailInput = { sendToEmail: f.email({ label: 'Send To Email', helpText: 'Where it is emailed. Blank: the contact\'s email.' }) };

const getContact = endpoint('GET', '/contacts/{contactId}', '2021-07-28', ['contacts.readonly']);

/** The invoice's `contactDetails` (ContactDetailsDto, required id, name, phoneNo, email). */
export const contactDetails = (c: Contact) => ({
  id: c.id,
  name: c.name ?? [c.firstName, c.lastName].filter(Boolean).join(' '),
  email: c.email ?? '',
  phoneNo: c.phone ?? '',
  ...(c.companyName ? { companyName: c.companyName } : {}),
  address: Object.fromEntries(
    Object.entries({ addressLine1: c.address1, city: c.city, state: c.state, postalCode: c.postalCode, countryCode: c.country }).filter(([, v]) => v),
  ),
});

/** The contact an invoice, estimate or recurring invoice is for (GET /contacts/{contactId}). */
export const readContact = async (ctx: Ctx, contactId: string): Promise<Contact> => contactRecord(await callApi(ctx, getContact, { path: { contactId } }));

/** An item of an invoice or recurring invoice as read back, in the shape a PUT takes (`InvoiceItemDto`'s fields only). */
export const keptItem = (i: Record<string, unknown>) =>
  Object.fromEntries(
    (['name', 'description', 'productId', 'priceId', 'currency', 'amount', 'qty', 'taxes', 'type', 'taxInclusive'] as const)
      .filter((k) => i[k] !== undefined && i[k] !== null)
      .map((k) => [k, i[k]]),
  );

/**
 * Reads the billed contact and returns the invoice's `contactDetails` and `sentTo`. A contact
 * without an email needs Send To Email (HighLevel requires one recipient address).
 */
export async function billedContact(ctx: Ctx, input: { contactId: string; sendToEmail?: string }) {
  const contact = await readContact(ctx, input.contactId);
  const email = input.sendToEmail ?? contact.email;
  if (!email) throw invalidInput({ key: 'sendToEmail', label: 'Send To Email' }, `is required: the contact ${contact.id} has no email address`);
  return {
    contactDetails: contactDetails(contact),
    sentTo: { email: [email], ...(contact.phone ? { phoneNo: [contact.phone] } : {}) },
  };
}

export const estimateIdField = (helpText = 'The estimate. Pick one, or map an Estimate ID from an earlier step (e.g. New Estimate).') =>
  f.id({ label: 'Estimate', required: true, dynamic: 'estimateDropdown.id.name', helpText });

/** A money amount (already a number: f.number refuses text) that must be more than 0, or at most `max`; refused naming the field. */
export function amountOf(n: number, ref: { key: string; label: string }, max?: number): number {
  if (!(n > 0)) throw invalidInput(ref, `must be more than 0, got ${n}`);
  if (max !== undefined && n > max) throw invalidInput(ref, `must be at most ${max}, got ${n}`);
  return n;
}
