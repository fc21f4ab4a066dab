import type { Trigger } from 'zapier-platform-core';
import invoicePaid from './invoice-paid';
import newInvoice from './new-invoice';
import newOrder from './new-order';
import newPayment from './new-payment';
import newSubscription from './new-subscription';

/** The Invoices & Payments triggers (beyond the catalog). */
export const payments: Trigger[] = [newInvoice, invoicePaid, newOrder, newPayment, newSubscription];
