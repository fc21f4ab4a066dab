import type { Create } from 'zapier-platform-core';
import createEstimate from './create-estimate';
import createInvoiceFromEstimate from './create-invoice-from-estimate';
import deleteEstimate from './delete-estimate';
import sendEstimate from './send-estimate';
import updateEstimate from './update-estimate';

/** The estimate creates (after the invoice ones; deletes last). */
export const estimates: Create[] = [createEstimate, updateEstimate, sendEstimate, createInvoiceFromEstimate, deleteEstimate];
