import type { Create } from 'zapier-platform-core';
import { estimates } from '../estimates';
import createAndSendInvoice from './create-and-send-invoice';
import createInvoice from './create-invoice';
import deleteInvoice from './delete-invoice';
import recordInvoicePayment from './record-invoice-payment';
import sendInvoice from './send-invoice';
import updateInvoice from './update-invoice';
import updateInvoiceLateFees from './update-invoice-late-fees';
import voidInvoice from './void-invoice';
import cancelRecurringInvoice from './cancel-recurring-invoice';
import createRecurringInvoice from './create-recurring-invoice';
import deleteRecurringInvoice from './delete-recurring-invoice';
import setUpRecurringInvoiceAutoPayment from './set-up-recurring-invoice-auto-payment';
import sendRecurringInvoice from './send-recurring-invoice';
import updateRecurringInvoice from './update-recurring-invoice';

/** The recurring invoice creates (invoice schedules), after the invoice ones; delete last. */
const recurring: Create[] = [createRecurringInvoice, updateRecurringInvoice, sendRecurringInvoice, setUpRecurringInvoiceAutoPayment, cancelRecurringInvoice, deleteRecurringInvoice];

/** The Invoices & Payments creates: invoices, recurring invoices, then estimates (in the order the README table shows them). */
export const invoices: Create[] = [createInvoice, createAndSendInvoice, updateInvoice, updateInvoiceLateFees, sendInvoice, recordInvoicePayment, voidInvoice, deleteInvoice, ...recurring, ...estimates];
