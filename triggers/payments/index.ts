import type { Trigger } from 'zapier-platform-core';
import invoicePaid from './invoice-paid';
import newInvoice from './new-invoice';
import newOrder from './new-order';
import newPayment from './new-payment';
import newSubscription from './new-subscription';
import couponDropdown from '../dropdowns/coupons';
import orderDropdown from '../dropdowns/orders';
import subscriptionDropdown from '../dropdowns/subscriptions';
import transactionDropdown from '../dropdowns/transactions';

/** The Invoices & Payments triggers (beyond the catalog). */
export const payments: Trigger[] = [newInvoice, invoicePaid, newOrder, newPayment, newSubscription, orderDropdown, transactionDropdown, subscriptionDropdown, couponDropdown];
