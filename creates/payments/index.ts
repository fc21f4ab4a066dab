import type { Create } from 'zapier-platform-core';
import createCoupon from './create-coupon';
import deleteCoupon from './delete-coupon';

/** The Invoices & Payments actions of payments.json. */
export const payments: Create[] = [createCoupon, deleteCoupon];
