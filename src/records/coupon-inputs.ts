import type { Bundle } from 'zapier-platform-core';
import { invalidInput } from '../errors';
import { f, type InputOf } from '../fields';
import { altLocation } from './window';

/**
 * A coupon's writable fields, shared by Create Coupon (POST /payments/coupon) and Update Coupon
 * (PUT /payments/coupon, which replaces the coupon: the spec requires the same fields on both).
 */
export const couponInputs = {
  code: f.text({ label: 'Coupon Code', required: true, helpText: 'The code buyers enter, e.g. SPRING10 (letters and digits, no spaces).' }),
  name: f.text({ label: 'Coupon Name', required: true, helpText: 'An internal name for the coupon, e.g. Spring Whitening Sale.' }),
  discountType: f.choice({ label: 'Discount Type', required: true, choices: { percentage: 'Percentage off', amount: 'Fixed amount off' }, helpText: 'A percentage of the price, or a fixed amount in the order\'s currency.' }),
  discountValue: f.number({ label: 'Discount Value', required: true, helpText: 'The discount: 10 means 10% off (Percentage) or 10.00 off (Fixed amount).' }),
  startDate: f.datetime({ label: 'Start Date', required: true, helpText: 'When the coupon starts to work, e.g. 2025-03-01T00:00:00-06:00; map "now" from a Formatter step to start at once.' }),
  endDate: f.datetime({ label: 'End Date', helpText: 'When the coupon stops working; blank means it never expires.' }),
  usageLimit: f.number({ label: 'Usage Limit', helpText: 'How many times the coupon can be used in total; blank means no limit.' }),
  limitPerCustomer: f.boolean({ label: 'Once per Customer', helpText: 'Yes to let each customer redeem it only once; blank or no means no such limit.' }),
  productIds: f.list({ label: 'Products', dynamic: 'productDropdown.id.name', helpText: 'The products the coupon applies to: pick them, or map product IDs (a list or comma-separated); blank means every product.' }),
};
export type CouponInput = InputOf<typeof couponInputs>;

/** The coupon's body (the location as altId/altType), after the checks HighLevel's answer would only make vaguely. */
export function couponBody(input: CouponInput, bundle: Bundle) {
  if (/\s/.test(input.code)) throw invalidInput({ key: 'code', label: 'Coupon Code' }, `must not contain spaces, got "${input.code}"`);
  if (!(input.discountValue > 0)) throw invalidInput({ key: 'discountValue', label: 'Discount Value' }, `must be more than 0, got ${input.discountValue}`);
  if (input.discountType === 'percentage' && input.discountValue > 100) throw invalidInput({ key: 'discountValue', label: 'Discount Value' }, `must be at most 100 for a percentage, got ${input.discountValue}`);
  if (input.endDate && input.endDate <= input.startDate) throw invalidInput({ key: 'endDate', label: 'End Date' }, `must be after the Start Date (${input.startDate}), got ${input.endDate}`);
  if (input.usageLimit !== undefined && !(Number.isInteger(input.usageLimit) && input.usageLimit >= 1)) {
    throw invalidInput({ key: 'usageLimit', label: 'Usage Limit' }, `must be a whole number of 1 or more, got ${input.usageLimit}`);
  }
  return { ...altLocation(bundle), ...input };
}
