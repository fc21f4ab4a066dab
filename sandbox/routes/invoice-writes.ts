import { badRequest, clone, notFound, opt, req, route, unprocessable, V_2021_07_28 as V, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import type { InvoiceItem, InvoiceRecord, InvoiceStatus, PostalAddress } from '../store';

/**
 * Invoices by id and their writes (invoices.json, Version 2021-07-28): get, create (a draft),
 * create-and-send (text2pay), update (a PUT of the whole invoice; paid and void ones refused),
 * delete, void, send and record a manual payment. Every call names the location (`altId` +
 * `altType=location`); an invoice of another location is 404, as HighLevel answers. Totals are
 * recomputed from the items and the discount.
 */

const NOT_FOUND = 'Invoice not found';
const ALT = { altId: req.string(), altType: req.string({ enum: ['location'] as const }) };
const DISCOUNT_TYPES = ['percentage', 'fixed'] as const;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function items(raw: unknown[], field: string, currency: string): InvoiceItem[] {
  const errors: string[] = [];
  const out = raw.map((r, i) => {
    const o = isObj(r) ? r : {};
    if (!str(o.name)) errors.push(`${field}.${i}.name should not be empty`);
    if (typeof o.amount !== 'number') errors.push(`${field}.${i}.amount must be a number conforming to the specified constraints`);
    if (typeof o.qty !== 'number') errors.push(`${field}.${i}.qty must be a number conforming to the specified constraints`);
    return { _id: newObjectId(), currency: str(o.currency) ?? currency, name: String(o.name ?? ''), ...(str(o.description) ? { description: String(o.description) } : {}), qty: Number(o.qty), amount: Number(o.amount), taxes: [] };
  });
  if (errors.length) throw unprocessable(errors);
  return out;
}

/** Subtotal, discount and total from the items (2 decimals). */
function totals(inv: InvoiceRecord): InvoiceRecord {
  const round = (n: number) => Math.round(n * 100) / 100;
  const subTotal = round(inv.invoiceItems.reduce((s, i) => s + i.qty * i.amount, 0));
  const discount = round(inv.discount.type === 'fixed' ? Math.min(inv.discount.value, subTotal) : (subTotal * inv.discount.value) / 100);
  const total = round(subTotal - discount);
  return { ...inv, total, totalSummary: { subTotal, discount, tax: 0 }, amountDue: round(Math.max(total - inv.amountPaid, 0)) };
}

const discountOf = (v: unknown): InvoiceRecord['discount'] => {
  const d = isObj(v) ? v : {};
  if (d.type !== undefined && !DISCOUNT_TYPES.includes(d.type as (typeof DISCOUNT_TYPES)[number])) throw unprocessable([`discount.type must be one of the following values: ${DISCOUNT_TYPES.join(', ')}`]);
  return { type: d.type === 'fixed' ? 'fixed' : 'percentage', value: typeof d.value === 'number' ? d.value : 0 };
};

export function invoiceWriteRoutes({ store }: World): Route[] {
  const find = (id: string, altId: string, ownLocation: (l: string) => void): InvoiceRecord => {
    ownLocation(altId);
    const inv = store.invoices.get(id);
    if (!inv || inv.altId !== altId) throw notFound(NOT_FOUND);
    return inv;
  };
  const save = (inv: InvoiceRecord) => {
    const next = totals({ ...inv, updatedAt: store.now() });
    store.invoices.set(next._id, next);
    return clone(next);
  };
  const nextNumber = () => Math.max(1000, ...[...store.invoices.values()].map((i) => i.invoiceNumber)) + 1;

  /** A new invoice from a create or text2pay body. */
  const create = (body: Json, altId: string): InvoiceRecord => {
    const contact = isObj(body.contactDetails) ? body.contactDetails : {};
    if (!str(contact.id)) throw unprocessable(['contactDetails.id should not be empty']);
    const c = store.contacts.get(String(contact.id));
    if (!c || c.locationId !== altId) throw badRequest('Contact not found');
    const sentTo = isObj(body.sentTo) ? body.sentTo : {};
    if (!Array.isArray(sentTo.email) || !sentTo.email.length) throw unprocessable(['sentTo.email must be an array']);
    const currency = String(body.currency);
    const location = store.locations.get(altId);
    const business = isObj(body.businessDetails) ? body.businessDetails : {};
    const now = store.now();
    return totals({
      _id: newObjectId(),
      status: 'draft',
      liveMode: body.liveMode !== false,
      amountPaid: 0,
      altId,
      altType: 'location',
      name: String(body.name),
      businessDetails: { name: str(business.name) ?? location?.business?.name ?? location?.name ?? '', address: {} },
      invoiceNumber: str(body.invoiceNumber) && /^\d+$/.test(String(body.invoiceNumber)) ? Number(body.invoiceNumber) : nextNumber(),
      currency,
      contactDetails: {
        id: c.id,
        name: str(contact.name) ?? c.name ?? '',
        email: str(contact.email) ?? c.email,
        phoneNo: str(contact.phoneNo) ?? c.phone,
        companyName: str(contact.companyName) ?? c.companyName,
        address: (isObj(contact.address) ? contact.address : {}) as PostalAddress,
        customFields: [],
      },
      issueDate: String(body.issueDate),
      dueDate: str(body.dueDate) ?? String(body.issueDate),
      discount: discountOf(body.discount),
      invoiceItems: items(body.items as unknown[], 'items', currency),
      total: 0,
      title: str(body.title) ?? 'INVOICE',
      amountDue: 0,
      totalSummary: { subTotal: 0, discount: 0, tax: 0 },
      createdAt: now,
      updatedAt: now,
    });
  };
  const createBody = {
    ...ALT,
    name: req.string(),
    currency: req.string(),
    items: req.array(),
    contactDetails: req.object(),
    issueDate: req.string(),
    sentTo: req.object(),
    liveMode: req.boolean(),
    dueDate: opt.string(),
    title: opt.string(),
    invoiceNumber: opt.string(),
    termsNotes: opt.string(),
    discount: opt.object(),
    businessDetails: opt.object(),
  };
  const open = (inv: InvoiceRecord, doing: string) => {
    if (inv.status === 'paid' || inv.status === 'void') throw badRequest(`Cannot ${doing} an invoice with status ${inv.status}`);
  };
  const setStatus = (inv: InvoiceRecord, status: InvoiceStatus) => save({ ...inv, status });

  return [
    route({
      method: 'GET',
      path: '/invoices/{invoiceId}',
      version: V,
      query: ALT,
      handler: ({ params, query, ownLocation }) => clone(find(params.invoiceId, query.altId, ownLocation)),
    }),
    route({
      method: 'POST',
      path: '/invoices/',
      version: V,
      body: { ...createBody, businessDetails: req.object(), discount: req.object() },
      handler: ({ body, rawBody, ownLocation }) => {
        ownLocation(body.altId);
        return save(create(rawBody, body.altId));
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/text2pay',
      version: V,
      body: { ...createBody, action: req.string({ enum: ['draft', 'send'] as const }), userId: req.string(), id: opt.string() },
      handler: ({ body, rawBody, ownLocation }) => {
        ownLocation(body.altId);
        if (!store.users.get(body.userId)?.roles.locationIds.includes(body.altId)) throw badRequest('User not found');
        const inv = save({ ...create(rawBody, body.altId), status: body.action === 'send' ? 'sent' : 'draft' });
        return { invoice: inv, invoiceUrl: `https://link.sandbox.example/invoice/${inv._id}` };
      },
    }),
    route({
      method: 'PUT',
      path: '/invoices/{invoiceId}',
      version: V,
      body: {
        ...ALT,
        name: req.string(),
        currency: req.string(),
        invoiceItems: req.array(),
        issueDate: req.string(),
        dueDate: req.string(),
        title: opt.string(),
        invoiceNumber: opt.string(),
        termsNotes: opt.string(),
        discount: opt.object(),
        liveMode: opt.boolean(),
      },
      handler: ({ params, body, ownLocation }) => {
        const inv = find(params.invoiceId, body.altId, ownLocation);
        open(inv, 'update');
        return save({
          ...inv,
          name: body.name,
          currency: body.currency,
          invoiceItems: items(body.invoiceItems, 'invoiceItems', body.currency),
          issueDate: body.issueDate,
          dueDate: body.dueDate,
          ...(body.title ? { title: body.title } : {}),
          ...(body.invoiceNumber && /^\d+$/.test(body.invoiceNumber) ? { invoiceNumber: Number(body.invoiceNumber) } : {}),
          ...(body.discount ? { discount: discountOf(body.discount) } : {}),
          ...(body.liveMode !== undefined ? { liveMode: body.liveMode } : {}),
        });
      },
    }),
    route({
      method: 'DELETE',
      path: '/invoices/{invoiceId}',
      version: V,
      query: ALT,
      handler: ({ params, query, ownLocation }) => {
        const inv = find(params.invoiceId, query.altId, ownLocation);
        store.invoices.delete(inv._id);
        return clone(inv);
      },
    }),
    route({
      method: 'PATCH',
      path: '/invoices/{invoiceId}/late-fees-configuration',
      version: V,
      body: { ...ALT, lateFeesConfiguration: req.object() },
      handler: ({ params, body, ownLocation }) => {
        const inv = find(params.invoiceId, body.altId, ownLocation);
        const c = body.lateFeesConfiguration;
        const frequency = isObj(c.frequency) ? c.frequency : {};
        const errors = [
          ...(typeof c.enable === 'boolean' ? [] : ['lateFeesConfiguration.enable must be a boolean value']),
          ...(typeof c.value === 'number' ? [] : ['lateFeesConfiguration.value must be a number conforming to the specified constraints']),
          ...(DISCOUNT_TYPES.includes(c.type as (typeof DISCOUNT_TYPES)[number]) ? [] : ['lateFeesConfiguration.type must be one of the following values: fixed, percentage']),
          ...(typeof frequency.intervalCount === 'number' && ['minute', 'hour', 'day', 'week', 'month', 'one_time'].includes(String(frequency.interval)) ? [] : ['lateFeesConfiguration.frequency must have an intervalCount and an interval']),
        ];
        if (errors.length) throw unprocessable(errors);
        open(inv, 'set late fees on');
        return save({ ...inv, lateFeesConfiguration: clone(c) });
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/{invoiceId}/void',
      version: V,
      body: ALT,
      handler: ({ params, body, ownLocation }) => {
        const inv = find(params.invoiceId, body.altId, ownLocation);
        if (inv.amountPaid > 0 || inv.status === 'void') throw badRequest(`Cannot void an invoice with status ${inv.status}`);
        return setStatus(inv, 'void');
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/{invoiceId}/send',
      version: V,
      body: { ...ALT, userId: req.string(), action: req.string({ enum: ['sms_and_email', 'send_manually', 'email', 'sms'] as const }), liveMode: req.boolean() },
      handler: ({ params, body, ownLocation }) => {
        const inv = find(params.invoiceId, body.altId, ownLocation);
        open(inv, 'send');
        if (!store.users.get(body.userId)?.roles.locationIds.includes(body.altId)) throw badRequest('User not found');
        const sent = setStatus(inv, inv.status === 'draft' ? 'sent' : inv.status);
        const email = body.action === 'email' || body.action === 'sms_and_email';
        const sms = body.action === 'sms' || body.action === 'sms_and_email';
        return { invoice: sent, smsData: sms ? { to: inv.contactDetails.phoneNo } : {}, emailData: email ? { to: inv.contactDetails.email } : {} };
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/{invoiceId}/record-payment',
      version: V,
      body: {
        ...ALT,
        mode: req.string({ enum: ['cash', 'card', 'cheque', 'bank_transfer', 'other'] as const }),
        card: req.object(),
        cheque: req.object(),
        notes: opt.string(), // required by the spec, but an empty note is accepted
        amount: opt.number({ min: 0.01 }),
        fulfilledAt: opt.string(),
      },
      handler: ({ params, body, rawBody, ownLocation }) => {
        if (!('notes' in rawBody)) throw unprocessable(['notes must be a string']);
        const inv = find(params.invoiceId, body.altId, ownLocation);
        open(inv, 'record a payment for');
        if (inv.status === 'draft') throw badRequest('Cannot record a payment for a draft invoice');
        const amount = body.amount ?? inv.amountDue;
        if (amount > inv.amountDue + 1e-9) throw badRequest(`Amount ${amount} is more than the amount due (${inv.amountDue})`);
        const amountPaid = Math.round((inv.amountPaid + amount) * 100) / 100;
        const paid = save({ ...inv, amountPaid, status: amountPaid >= inv.total ? 'paid' : 'partially_paid' });
        return { success: true, invoice: paid };
      },
    }),
  ];
}
