import type { Create } from 'zapier-platform-core';
import createCoupon from './create-coupon';
import deleteCoupon from './delete-coupon';
import updateCoupon from './update-coupon';
import recordOrderPayment from './record-order-payment';
import createOrderFulfillment from './create-order-fulfillment';

/** The Invoices & Payments actions of payments.json. */
export const payments: Create[] = [createCoupon, updateCoupon, deleteCoupon, recordOrderPayment, createOrderFulfillment];
