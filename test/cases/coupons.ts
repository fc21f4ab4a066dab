import type { Call, Case } from '../support/table';

const V = '2021-07-28' as const;
const ALT = { altId: 'LOC123', altType: 'location' };

const RAW_COUPON = {
  _id: 'cp1', altId: 'LOC123', altType: 'location', name: 'Spring Whitening Sale', code: 'SPRING10', discountType: 'percentage', discountValue: 10,
  status: 'active', startDate: '2025-03-01T06:00:00.000Z', endDate: '2025-05-31T23:59:59.000Z', usageCount: 3, usageLimit: 100, limitPerCustomer: 1,
  productIds: ['P1'], applyToFuturePayments: true, applyToFuturePaymentsConfig: { type: 'forever' }, createdAt: '2025-02-20T18:49:22.026Z', updatedAt: '2025-02-20T18:49:22.026Z', traceId: 'tr-1',
};
const FLAT_COUPON = {
  id: 'cp1', code: 'SPRING10', name: 'Spring Whitening Sale', status: 'active', discountType: 'percentage', discountValue: 10,
  startDate: '2025-03-01T06:00:00.000Z', endDate: '2025-05-31T23:59:59.000Z', usageCount: 3, usageLimit: 100, limitPerCustomer: 1,
  productIds: ['P1'], applyToFuturePayments: true, locationId: 'LOC123', createdAt: '2025-02-20T18:49:22.026Z', updatedAt: '2025-02-20T18:49:22.026Z',
};
const list = (query: Record<string, string>, data: unknown[]): Call => ({ method: 'GET', path: '/payments/coupon/list', version: V, query: { ...ALT, ...query }, reply: { body: { data, totalCount: data.length, traceId: 'tr-2' } } });

const CREATE = { code: 'SPRING10', name: 'Spring Whitening Sale', discountType: 'percentage', discountValue: '10', startDate: '2025-03-01T00:00:00-06:00' };

export const couponCases: Case[] = [
  {
    name: 'create: the location as altId/altType, the start in UTC',
    op: 'creates.createCoupon',
    input: { ...CREATE, endDate: '2025-05-31T23:59:59Z', usageLimit: 100, limitPerCustomer: 'yes', productIds: 'P1' },
    calls: [{
      method: 'POST', path: '/payments/coupon', version: V,
      body: { ...ALT, code: 'SPRING10', name: 'Spring Whitening Sale', discountType: 'percentage', discountValue: 10, startDate: '2025-03-01T06:00:00.000Z', endDate: '2025-05-31T23:59:59.000Z', usageLimit: 100, limitPerCustomer: true, productIds: ['P1'] },
      reply: { status: 201, body: RAW_COUPON },
    }],
    output: FLAT_COUPON,
  },
  { name: 'a code with spaces is refused', op: 'creates.createCoupon', input: { ...CREATE, code: 'SPRING 10' }, calls: [], error: /"Coupon Code" \(code\) must not contain spaces, got "SPRING 10"/ },
  { name: 'a percentage above 100 is refused', op: 'creates.createCoupon', input: { ...CREATE, discountValue: 150 }, calls: [], error: /"Discount Value" \(discountValue\) must be at most 100 for a percentage, got 150/ },
  { name: 'a zero discount is refused', op: 'creates.createCoupon', input: { ...CREATE, discountType: 'amount', discountValue: 0 }, calls: [], error: /"Discount Value" \(discountValue\) must be more than 0, got 0/ },
  { name: 'an end before the start is refused', op: 'creates.createCoupon', input: { ...CREATE, endDate: '2025-02-01T00:00:00Z' }, calls: [], error: /"End Date" \(endDate\) must be after the Start Date/ },
  { name: 'the start date is required', op: 'creates.createCoupon', input: { ...CREATE, startDate: undefined }, calls: [], error: /"Start Date" \(startDate\) is required/ },
  { name: 'a fractional usage limit is refused', op: 'creates.createCoupon', input: { ...CREATE, usageLimit: 2.5 }, calls: [], error: /"Usage Limit" \(usageLimit\) must be a whole number of 1 or more, got 2.5/ },
  {
    name: 'update replaces the coupon: every required field and its id in the body',
    op: 'creates.updateCoupon',
    input: { couponId: 'cp1', ...CREATE, discountValue: '15', productIds: 'P1' },
    calls: [{
      method: 'PUT', path: '/payments/coupon', version: V,
      body: { ...ALT, code: 'SPRING10', name: 'Spring Whitening Sale', discountType: 'percentage', discountValue: 15, startDate: '2025-03-01T06:00:00.000Z', productIds: ['P1'], id: 'cp1' },
      reply: { body: { ...RAW_COUPON, discountValue: 15 } },
    }],
    output: { ...FLAT_COUPON, discountValue: 15 },
  },
  { name: 'update needs the coupon', op: 'creates.updateCoupon', input: { ...CREATE }, calls: [], error: /"Coupon" \(couponId\) is required/ },
  { name: 'update checks the discount like create', op: 'creates.updateCoupon', input: { couponId: 'cp1', ...CREATE, discountValue: 150 }, calls: [], error: /"Discount Value" \(discountValue\) must be at most 100 for a percentage, got 150/ },
  { name: 'update refuses a dot-segment coupon id', op: 'creates.updateCoupon', input: { couponId: '..', ...CREATE }, calls: [], error: /"Coupon" \(couponId\) must be a HighLevel ID/ },
  {
    name: 'delete sends the id in the body',
    op: 'creates.deleteCoupon',
    input: { couponId: 'cp1' },
    calls: [{ method: 'DELETE', path: '/payments/coupon', version: V, body: { ...ALT, id: 'cp1' }, reply: { body: { success: true, traceId: 'tr-3' } } }],
    output: { couponId: 'cp1', succeeded: true },
  },
  { name: 'delete needs the coupon', op: 'creates.deleteCoupon', calls: [], error: /"Coupon" \(couponId\) is required/ },
  {
    name: 'by code: partial matches narrowed to the exact code, any case',
    op: 'searches.findCoupon',
    input: { code: 'spring10' },
    calls: [list({ search: 'spring10', limit: '100', offset: '0' }, [{ ...RAW_COUPON, _id: 'cp2', code: 'SPRING100' }, RAW_COUPON])],
    output: [FLAT_COUPON],
  },
  { name: 'by code, none', op: 'searches.findCoupon', input: { code: 'NOPE' }, calls: [list({ search: 'NOPE', limit: '100', offset: '0' }, [])], output: [] },
  {
    name: 'dropdown: code and name',
    op: 'triggers.couponDropdown',
    calls: [list({ limit: '100', offset: '0' }, [RAW_COUPON, { ...RAW_COUPON, _id: 'cp3', code: 'VIP', name: 'VIP' }])],
    output: [{ id: 'cp1', name: 'SPRING10 (Spring Whitening Sale)' }, { id: 'cp3', name: 'VIP' }],
  },
];
