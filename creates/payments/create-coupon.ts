import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { couponAnswer, couponShape } from '../../src/records/coupon';
import { couponBody, couponInputs } from '../../src/records/coupon-inputs';

/**
 * POST /payments/coupon (altId, altType, name, code, discountType, discountValue and startDate
 * required). Dates go as ISO 8601 in UTC. A percentage must be above 0 and at most 100.
 */
export default defineAction({
  key: 'createCoupon',
  noun: 'Coupon',
  label: 'Create Coupon',
  description: 'Creates a discount coupon code for your order forms, store and invoices, e.g. a one-off code for a new subscriber or a referral.',
  endpoint: endpoint('POST', '/payments/coupon', '2021-07-28', ['payments/coupons.write']),
  inputs: couponInputs,
  request: (input, { bundle }) => ({ body: couponBody(input, bundle) }),
  output: couponAnswer,
  ...couponShape,
});
