import type { EstimateRecord } from '../ext-store';
import { badRequest, clone, opt, req, route, V_2021_07_28 as V, type Infer, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import { itemsAndTotal } from '../line-items';
import type { InvoiceRecord } from '../store';
import { ALT, altRecords } from './alt-records';

/**
 * Estimates (invoices.json, Version 2021-07-28): the location's list (no sort in the spec:
 * answered oldest first, as created; filtered by issue date `startAt`..`endAt`, status, contact
 * and a search of name and number), create (a draft, 201), send (201), create an invoice from
 * one (a draft invoice with its contact and items), update (a PUT replacing it; an invoiced one is refused) and delete (`altId`/`altType` in the body).
 */

const NOT_FOUND = 'Estimate not found';

/** The estimate body of a create and an update (`CreateEstimatesDto` / `UpdateEstimateDto` require the same fields). */
const estimateBody = {
  ...ALT,
  name: req.string(),
  businessDetails: req.object(),
  currency: req.string(),
  items: req.array(),
  discount: req.object(),
  contactDetails: req.object(),
  frequencySettings: req.object(),
  issueDate: opt.string(),
  expiryDate: opt.string(),
  title: opt.string(),
  liveMode: opt.boolean(),
};
const SETTABLE = ['draft', 'sent', 'accepted', 'declined', 'invoiced'] as const satisfies readonly EstimateRecord['estimateStatus'][];
const settable = (s: string | undefined): s is EstimateRecord['estimateStatus'] => (SETTABLE as readonly string[]).includes(s ?? '');

export function estimateRoutes({ store, ext }: World): Route[] {
  const { find, save, list } = altRecords(ext.estimates, NOT_FOUND, () => store.now(), (e) => e.deleted);
  /** A new estimate from a create body, or `prev` with the body's fields (an update replaces the estimate). */
  const fromBody = (body: Infer<typeof estimateBody>, prev?: EstimateRecord): EstimateRecord => {
    const c = store.contacts.get(String(body.contactDetails.id ?? ''));
    if (!c || c.locationId !== body.altId) throw badRequest('Contact not found');
    const { items, discount, total } = itemsAndTotal(body);
    const now = store.now();
    return {
      _id: prev?._id ?? newObjectId(), altId: body.altId, altType: 'location', name: body.name, title: body.title ?? 'ESTIMATE',
      estimateNumber: prev?.estimateNumber ?? Math.max(0, ...[...ext.estimates.values()].map((x) => x.estimateNumber)) + 1, estimateStatus: prev?.estimateStatus ?? 'draft',
      currency: body.currency, liveMode: body.liveMode ?? true, deleted: false, items, discount, total,
      contactDetails: { id: c.id, name: String(body.contactDetails.name ?? c.name ?? ''), email: c.email, phoneNo: c.phone },
      businessDetails: { name: typeof body.businessDetails.name === 'string' ? body.businessDetails.name : store.locations.get(body.altId)?.business.name ?? '' },
      issueDate: body.issueDate ?? now.slice(0, 10), ...(body.expiryDate ? { expiryDate: body.expiryDate } : {}), createdAt: prev?.createdAt ?? now, updatedAt: now,
    };
  };
  return [
    route({
      method: 'GET',
      path: '/invoices/estimate/list',
      version: V,
      query: {
        ...ALT,
        startAt: opt.string(),
        endAt: opt.string(),
        search: opt.string(),
        status: opt.string({ enum: ['all', 'draft', 'sent', 'accepted', 'declined', 'invoiced', 'viewed'] as const }),
        contactId: opt.string(),
        limit: req.string(),
        offset: req.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        const { page, total } = list(query, {
          dateOf: (e) => `${e.issueDate}T12:00:00Z`, // a day: tested at its noon (UTC)
          searched: (e) => [e.name, String(e.estimateNumber)],
          keep: (e) => !e.deleted && (!query.status || query.status === 'all' || e.estimateStatus === query.status) && (!query.contactId || e.contactDetails.id === query.contactId),
        });
        return { estimates: page, total };
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/estimate',
      version: V,
      status: 201,
      body: estimateBody,
      handler: ({ body, ownLocation }) => {
        ownLocation(body.altId);
        const e = fromBody(body);
        ext.estimates.set(e._id, e);
        return clone(e);
      },
    }),
    route({
      method: 'PUT',
      path: '/invoices/estimate/{estimateId}',
      version: V,
      body: { ...estimateBody, estimateStatus: opt.string({ enum: ['all', 'draft', 'sent', 'accepted', 'declined', 'invoiced', 'viewed'] as const }) },
      handler: ({ params, body, ownLocation }) => {
        const e = find(params.estimateId, body.altId, ownLocation);
        if (e.estimateStatus === 'invoiced') throw badRequest('Cannot update an invoiced estimate');
        const next = fromBody(body, e);
        return save({ ...next, estimateStatus: settable(body.estimateStatus) ? body.estimateStatus : e.estimateStatus });
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/estimate/{estimateId}/send',
      version: V,
      status: 201,
      body: { ...ALT, action: req.string({ enum: ['sms_and_email', 'send_manually', 'email', 'sms'] as const }), liveMode: req.boolean(), userId: req.string() },
      handler: ({ params, body, ownLocation }) => {
        const e = find(params.estimateId, body.altId, ownLocation);
        if (!store.users.get(body.userId)?.roles.locationIds.includes(body.altId)) throw badRequest('User not found');
        if (e.estimateStatus === 'invoiced') throw badRequest('Cannot send an invoiced estimate');
        return save({ ...e, estimateStatus: e.estimateStatus === 'draft' ? 'sent' : e.estimateStatus });
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/estimate/{estimateId}/invoice',
      version: V,
      body: { ...ALT, markAsInvoiced: req.boolean(), version: opt.string({ enum: ['v1', 'v2'] as const }) },
      handler: ({ params, body, ownLocation }) => {
        const e = find(params.estimateId, body.altId, ownLocation);
        const now = store.now();
        const c = store.contacts.get(e.contactDetails.id);
        const invoice: InvoiceRecord = {
          _id: newObjectId(), status: 'draft', liveMode: e.liveMode, amountPaid: 0, altId: e.altId, altType: 'location', name: e.name,
          businessDetails: { name: e.businessDetails.name, address: {} },
          invoiceNumber: Math.max(1000, ...[...store.invoices.values()].map((i) => i.invoiceNumber)) + 1, currency: e.currency,
          contactDetails: { ...e.contactDetails, address: c ? { addressLine1: c.address1, city: c.city, state: c.state, countryCode: c.country, postalCode: c.postalCode } : {}, customFields: [] },
          issueDate: now.slice(0, 10), dueDate: now.slice(0, 10), discount: e.discount,
          invoiceItems: e.items.map((i) => ({ ...i, _id: newObjectId(), taxes: [] })), total: e.total, title: 'INVOICE', amountDue: e.total,
          totalSummary: { subTotal: e.items.reduce((s, i) => s + i.qty * i.amount, 0), discount: 0, tax: 0 }, createdAt: now, updatedAt: now,
        };
        store.invoices.set(invoice._id, invoice);
        const estimate = body.markAsInvoiced ? save({ ...e, estimateStatus: 'invoiced' }) : clone(e);
        return { estimate, invoice: clone(invoice) };
      },
    }),
    route({
      method: 'DELETE',
      path: '/invoices/estimate/{estimateId}',
      version: V,
      body: ALT,
      handler: ({ params, body, ownLocation }) => {
        const e = find(params.estimateId, body.altId, ownLocation);
        ext.estimates.delete(e._id);
        return clone(e);
      },
    }),
  ];
}
