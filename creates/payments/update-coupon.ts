import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { couponAnswer, couponField, couponShape } from '../../src/records/coupon';
import { couponBody, couponInputs } from '../../src/records/coupon-inputs';

/**
 * PUT /payments/coupon (the spec's UpdateCouponParams): the coupon is replaced, so the fields
 * HighLevel requires on a create are required here too; the coupon's `id` goes in the body.
 * HighLevel can read one coupon only by id AND code, so the current values are not read first:
 * map them from Find Coupon in an earlier step to keep what should not change.
 */
export default defineAction({
  key: 'updateCoupon',
  noun: 'Coupon',
  label: 'Update Coupon',
  description: 'Updates a coupon\'s code, discount, dates, limits or products; every required field is sent again (map the current values from Find Coupon to keep them).',
  endpoint: endpoint('PUT', '/payments/coupon', '2021-07-28', ['payments/coupons.write']),
  inputs: { couponId: couponField(), ...couponInputs },
  request: ({ couponId, ...input }, { bundle }) => ({ body: { ...couponBody(input, bundle), id: couponId } }),
  output: couponAnswer,
  ...couponShape,
});
