import { recurringInvoiceCases } from '../cases/recurring-invoices';
import { runTable } from '../support/table';

runTable('Recurring invoices', recurringInvoiceCases);
