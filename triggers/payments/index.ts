import type { Trigger } from 'zapier-platform-core';
import estimateDropdown from '../dropdowns/estimates';
import invoiceDropdown from '../dropdowns/invoices';
import invoicePaid from './invoice-paid';
import newEstimate from './new-estimate';
import newInvoice from './new-invoice';
import newOrder from './new-order';
import newPayment from './new-payment';
import newSubscription from './new-subscription';
import newRecurringInvoice from './new-recurring-invoice';
import recurringInvoiceDropdown from '../dropdowns/recurring-invoices';
import couponDropdown from '../dropdowns/coupons';
import orderDropdown from '../dropdowns/orders';
import subscriptionDropdown from '../dropdowns/subscriptions';
import transactionDropdown from '../dropdowns/transactions';

import updatedInvoice from './updated-invoice';

/** The Invoices & Payments triggers (beyond the catalog), then their hidden dropdown sources. */
export const payments: Trigger[] = [newInvoice, updatedInvoice, invoicePaid, newOrder, newPayment, newSubscription, newEstimate, newRecurringInvoice, invoiceDropdown, estimateDropdown, recurringInvoiceDropdown, orderDropdown, transactionDropdown, subscriptionDropdown, couponDropdown];
