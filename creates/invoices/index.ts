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

/** The Invoices & Payments creates: invoices, then estimates (in the order the README table shows them). */
export const invoices: Create[] = [createInvoice, createAndSendInvoice, updateInvoice, updateInvoiceLateFees, sendInvoice, recordInvoicePayment, voidInvoice, deleteInvoice, ...estimates];
