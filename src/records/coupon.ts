import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t, type Output } from '../record-table';

/**
 * Coupons (payments.json, Version 2021-07-28): keyed by `_id`, the location as `altId` with
 * `altType=location`; a list answers `{ data, totalCount }`, create and fetch the coupon itself
 * (`CreateCouponResponseDto`). `limitPerCustomer` is a boolean on writes and a number (0 = no
 * limit) in answers, per the spec: output as a number.
 */
export const listCouponsEndpoint = endpoint('GET', '/payments/coupon/list', '2021-07-28', ['payments/coupons.readonly']);

export const couponTable = defineRecord(
  {
    id: { label: 'Coupon ID', type: t.text, from: ['_id', 'id'], sample: '67f6c132d9485f9dacd5f123', important: true },
    code: { label: 'Coupon Code', type: t.text, sample: 'SPRING10', important: true },
    name: { label: 'Coupon Name', type: t.text, sample: 'Spring Whitening Sale' },
    status: { label: 'Status', type: t.text, sample: 'active' },
    discountType: { label: 'Discount Type', type: t.text, sample: 'percentage' },
    discountValue: { label: 'Discount Value', type: t.number, sample: 10 },
    startDate: { label: 'Start Date', type: t.datetime, sample: '2025-03-01T00:00:00.000Z' },
    endDate: { label: 'End Date', type: t.datetime, sample: '2025-05-31T23:59:59.000Z' },
    usageCount: { label: 'Times Used', type: t.number, sample: 12 },
    usageLimit: { label: 'Usage Limit', type: t.number, sample: 100 },
    limitPerCustomer: { label: 'Limit per Customer', type: t.number, sample: 1 },
    productIds: { label: 'Product IDs', type: t.strings, sample: ['655b33a82209e60b6adb87a5'] },
    applyToFuturePayments: { label: 'Applies to Future Payments', type: t.boolean, sample: true },
    locationId: { label: 'Location ID', type: t.text, from: 'altId', sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-02-20T18:49:22.026Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-02-20T18:49:22.026Z' },
  },
  { name: 'coupon' },
);
export type Coupon = Output<typeof couponTable.fields>;

export const couponList = couponTable.list('data', 'the coupon list');
export const couponOutputs = couponTable.outputs;
export const couponShape = couponTable.shape;
export const couponAnswer = couponTable.answer('', 'the coupon write');

export const couponField = () =>
  f.id({
    label: 'Coupon',
    required: true,
    dynamic: 'couponDropdown.id.name',
    search: 'findCoupon.id',
    helpText: 'The coupon. Pick one, or map a Coupon ID from an earlier step (e.g. Find Coupon).',
  });
