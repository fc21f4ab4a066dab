import type { Search } from 'zapier-platform-core';
import findCoupon from './find-coupon';
import findOrder from './find-order';
import findSubscription from './find-subscription';
import findTransaction from './find-transaction';
import findOrderFulfillments from './find-order-fulfillments';

/** The Invoices & Payments searches. */
export const payments: Search[] = [findOrder, findTransaction, findSubscription, findCoupon, findOrderFulfillments];
