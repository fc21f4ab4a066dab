import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { couponField } from '../../src/records/coupon';
import { altLocation } from '../../src/records/window';
import { parseResponse } from '../../src/schemas';

/** DELETE /payments/coupon with the body `{ altId, altType, id }` (the spec's DeleteCouponParams); answers `{ success }`. */
export default defineAction({
  key: 'deleteCoupon',
  noun: 'Coupon',
  label: 'Delete Coupon',
  description: 'Deletes a coupon so its code no longer works (orders that used it keep their discount). This cannot be undone.',
  endpoint: endpoint('DELETE', '/payments/coupon', '2021-07-28', ['payments/coupons.write']),
  inputs: { couponId: couponField() },
  request: ({ couponId }, { bundle }) => ({ body: { ...altLocation(bundle), id: couponId } }),
  output: (body, { input }) => ({
    couponId: input.couponId,
    succeeded: parseResponse(z.looseObject({ success: z.boolean().nullish() }), body ?? {}, 'the coupon deletion').success ?? true,
  }),
  sample: { couponId: '67f6c132d9485f9dacd5f123', succeeded: true },
  outputFields: [
    { key: 'couponId', label: 'Deleted Coupon ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
