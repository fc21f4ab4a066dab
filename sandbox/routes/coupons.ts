import { badRequest, clone, compact, notFound, opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';
import { newObjectId } from '../ids';
import type { CouponRecord } from '../ext-store';

/**
 * Coupons (payments.json, Version 2021-07-28): the location's coupons (`altId` +
 * `altType=location`), newest first, `search` matching part of the code or name, `status` from
 * the dates (scheduled / active / expired), paged by `limit` (default 100) / `offset`, answered as
 * `{ data, totalCount, traceId }`; create answers the coupon; delete takes `{ altId, altType, id }`
 * in its body. Codes are unique per location, ignoring case.
 */

const NOT_FOUND = 'Coupon not found';

const location = { altId: req.string(), altType: req.string({ enum: ['location'] as const }) };
const couponWrite = {
  ...location,
  name: req.string(),
  code: req.string(),
  discountType: req.string({ enum: ['percentage', 'amount'] as const }),
  discountValue: req.number({ min: 0 }),
  startDate: req.string(),
  endDate: opt.string(),
  usageLimit: opt.number({ min: 1 }),
  productIds: opt.stringArray(),
  applyToFuturePayments: opt.boolean(),
  limitPerCustomer: opt.boolean(),
};

export function couponRoutes({ store, ext }: World): Route[] {
  const statusOf = (c: CouponRecord, nowIso: string): 'scheduled' | 'active' | 'expired' =>
    c.startDate > nowIso ? 'scheduled' : c.endDate && c.endDate <= nowIso ? 'expired' : 'active';
  const present = (c: CouponRecord) => ({ ...clone(c), status: statusOf(c, new Date().toISOString()) });

  return [
    route({
      method: 'GET',
      path: '/payments/coupon/list',
      version: V,
      query: { ...location, limit: opt.number({ min: 1 }), offset: opt.number({ min: 0 }), status: opt.string({ enum: ['scheduled', 'active', 'expired'] as const }), search: opt.string() },
      handler: ({ query, ownLocation, request }) => {
        ownLocation(query.altId);
        const q = query.search?.trim().toLowerCase();
        const all = [...ext.coupons.values()]
          .filter((c) => c.altId === query.altId && (!q || c.code.toLowerCase().includes(q) || c.name.toLowerCase().includes(q)))
          .map(present)
          .filter((c) => !query.status || c.status === query.status)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a._id.localeCompare(b._id));
        const offset = query.offset ?? 0;
        return { data: all.slice(offset, offset + (query.limit ?? 100)), totalCount: all.length, traceId: request.traceId };
      },
    }),
    route({
      method: 'POST',
      path: '/payments/coupon',
      version: V,
      status: 201,
      body: couponWrite,
      handler: ({ body, ownLocation, request }) => {
        ownLocation(body.altId);
        if ([...ext.coupons.values()].some((c) => c.altId === body.altId && c.code.toLowerCase() === body.code.toLowerCase())) throw badRequest(`Coupon code ${body.code} already exists`);
        if (body.discountType === 'percentage' && body.discountValue > 100) throw badRequest('discountValue must not be greater than 100 for a percentage discount');
        const now = store.now();
        const c: CouponRecord = compact({
          _id: newObjectId(), ...body, altType: 'location' as const, usageCount: 0, limitPerCustomer: body.limitPerCustomer ? 1 : 0,
          applyToFuturePayments: body.applyToFuturePayments ?? true, applyToFuturePaymentsConfig: { type: 'forever' as const }, createdAt: now, updatedAt: now,
        });
        ext.coupons.set(c._id, c);
        return { ...present(c), traceId: request.traceId };
      },
    }),
    route({
      method: 'PUT',
      path: '/payments/coupon',
      version: V,
      body: { ...couponWrite, id: req.string() },
      handler: ({ body, ownLocation, request }) => {
        ownLocation(body.altId);
        const c = ext.coupons.get(body.id);
        if (!c || c.altId !== body.altId) throw notFound(NOT_FOUND);
        if ([...ext.coupons.values()].some((o) => o._id !== c._id && o.altId === body.altId && o.code.toLowerCase() === body.code.toLowerCase())) throw badRequest(`Coupon code ${body.code} already exists`);
        if (body.discountType === 'percentage' && body.discountValue > 100) throw badRequest('discountValue must not be greater than 100 for a percentage discount');
        const { id: _id, ...fields } = body;
        const next: CouponRecord = compact({ ...c, ...fields, altType: 'location' as const, limitPerCustomer: body.limitPerCustomer ? 1 : 0, updatedAt: store.now() });
        ext.coupons.set(c._id, next);
        return { ...present(next), traceId: request.traceId };
      },
    }),
    route({
      method: 'DELETE',
      path: '/payments/coupon',
      version: V,
      body: { ...location, id: req.string() },
      handler: ({ body, ownLocation, request }) => {
        ownLocation(body.altId);
        const c = ext.coupons.get(body.id);
        if (!c || c.altId !== body.altId) throw notFound(NOT_FOUND);
        ext.coupons.delete(c._id);
        return { success: true, traceId: request.traceId };
      },
    }),
  ];
}
