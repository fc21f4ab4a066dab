import type { InvoiceScheduleRecord } from '../ext-store';
import { badRequest, clone, opt, req, route, unprocessable, V_2021_07_28 as V, type Infer, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import { itemsAndTotal } from '../line-items';
import { ALT, altRecords } from './alt-records';

/**
 * Recurring invoices (invoices.json `/invoices/schedule`, Version 2021-07-28): the location's
 * list (no sort: oldest first, as created; filtered by `startAt`..`endAt` on the creation date,
 * status and a search of id, name, contact name, email and phone), get, create (a draft), update
 * (a PUT of the whole template; a cancelled one is refused), delete, start (`schedule`: active),
 * auto-payment and cancel. Every call names the location (`altId` + `altType=location`).
 */

const NOT_FOUND = 'Schedule not found';
const INTERVAL_TYPES = ['yearly', 'monthly', 'weekly', 'daily', 'hourly', 'minutely', 'secondly'];
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The template body of a create and an update (`CreateInvoiceScheduleDto` / `UpdateInvoiceScheduleDto` require the same fields). */
const templateBody = {
  ...ALT,
  name: req.string(),
  contactDetails: req.object(),
  schedule: req.object(),
  liveMode: req.boolean(),
  businessDetails: req.object(),
  currency: req.string(),
  items: req.array(),
  discount: req.object(),
  title: opt.string(),
  termsNotes: opt.string(),
};

export function invoiceScheduleRoutes({ store, ext }: World): Route[] {
  const { find, save, list } = altRecords(ext.invoiceSchedules, NOT_FOUND, () => store.now());
  /** The template of a body, checked as HighLevel does (contact of the location, items, rule). */
  const fromBody = (body: Infer<typeof templateBody>, prev?: InvoiceScheduleRecord): InvoiceScheduleRecord => {
    const c = store.contacts.get(String(body.contactDetails.id ?? ''));
    if (!c || c.locationId !== body.altId) throw badRequest('Contact not found');
    const rrule = isObj(body.schedule.rrule) ? body.schedule.rrule : {};
    const errors: string[] = [];
    if (!INTERVAL_TYPES.includes(String(rrule.intervalType))) errors.push(`schedule.rrule.intervalType must be one of the following values: ${INTERVAL_TYPES.join(', ')}`);
    if (typeof rrule.interval !== 'number') errors.push('schedule.rrule.interval must be a number conforming to the specified constraints');
    if (typeof rrule.startDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(rrule.startDate)) errors.push('schedule.rrule.startDate must be a date in YYYY-MM-DD format');
    if (errors.length) throw unprocessable(errors);
    const { items, discount, total } = itemsAndTotal(body);
    const now = store.now();
    return {
      _id: prev?._id ?? newObjectId(), altId: body.altId, altType: 'location', status: prev?.status ?? 'draft', liveMode: body.liveMode, name: body.name,
      title: body.title ?? prev?.title ?? 'INVOICE', termsNotes: body.termsNotes ?? prev?.termsNotes ?? '', currency: body.currency,
      contactDetails: { ...body.contactDetails, id: c.id }, businessDetails: { name: store.locations.get(body.altId)?.business.name ?? '', ...body.businessDetails },
      discount, items, total, schedule: { rrule: { ...rrule } }, invoices: prev?.invoices ?? [],
      ...(prev?.autoPayment ? { autoPayment: prev.autoPayment } : {}), createdAt: prev?.createdAt ?? now, updatedAt: now,
    };
  };
  return [
    route({
      method: 'GET',
      path: '/invoices/schedule',
      version: V,
      query: {
        ...ALT,
        status: opt.string(),
        startAt: opt.string(),
        endAt: opt.string(),
        search: opt.string(),
        paymentMode: opt.string({ enum: ['default', 'live', 'test'] as const }),
        limit: req.string(),
        offset: req.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        const { page, total } = list(query, {
          dateOf: (s) => s.createdAt,
          searched: (s) => [s._id, s.name, s.contactDetails.name, s.contactDetails.email, s.contactDetails.phoneNo],
          keep: (s) => (!query.status || s.status === query.status) && (!query.paymentMode || query.paymentMode === 'default' || s.liveMode === (query.paymentMode === 'live')),
        });
        return { schedules: page, total };
      },
    }),
    route({
      method: 'GET',
      path: '/invoices/schedule/{scheduleId}',
      version: V,
      query: ALT,
      handler: ({ params, query, ownLocation }) => clone(find(params.scheduleId, query.altId, ownLocation)),
    }),
    route({
      method: 'POST',
      path: '/invoices/schedule',
      version: V,
      body: templateBody,
      handler: ({ body, ownLocation }) => {
        ownLocation(body.altId);
        return save(fromBody(body));
      },
    }),
    route({
      method: 'PUT',
      path: '/invoices/schedule/{scheduleId}',
      version: V,
      body: templateBody,
      handler: ({ params, body, ownLocation }) => {
        const s = find(params.scheduleId, body.altId, ownLocation);
        if (s.status === 'cancelled') throw badRequest('Cannot update a cancelled schedule');
        return save(fromBody(body, s));
      },
    }),
    route({
      method: 'DELETE',
      path: '/invoices/schedule/{scheduleId}',
      version: V,
      query: ALT,
      handler: ({ params, query, ownLocation }) => {
        const s = find(params.scheduleId, query.altId, ownLocation);
        ext.invoiceSchedules.delete(s._id);
        return { success: true };
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/schedule/{scheduleId}/schedule',
      version: V,
      body: { ...ALT, liveMode: req.boolean(), autoPayment: opt.object() },
      handler: ({ params, body, ownLocation }) => {
        const s = find(params.scheduleId, body.altId, ownLocation);
        return save({ ...s, status: 'active', liveMode: body.liveMode, ...(body.autoPayment ? { autoPayment: body.autoPayment } : {}) });
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/schedule/{scheduleId}/auto-payment',
      version: V,
      body: { ...ALT, id: req.string(), autoPayment: req.object() },
      handler: ({ params, body, ownLocation }) => {
        const s = find(params.scheduleId, body.altId, ownLocation);
        if (body.id !== s._id) throw badRequest('id must be the schedule id');
        if (typeof body.autoPayment.enable !== 'boolean') throw unprocessable(['autoPayment.enable must be a boolean value']);
        if (body.autoPayment.enable && (typeof body.autoPayment.paymentMethodId !== 'string' || typeof body.autoPayment.customerId !== 'string')) {
          throw badRequest('A payment method and customer are required to enable auto-payment');
        }
        return save({ ...s, autoPayment: clone(body.autoPayment) });
      },
    }),
    route({
      method: 'POST',
      path: '/invoices/schedule/{scheduleId}/cancel',
      version: V,
      body: ALT,
      handler: ({ params, body, ownLocation }) => save({ ...find(params.scheduleId, body.altId, ownLocation), status: 'cancelled' }),
    }),
  ];
}
