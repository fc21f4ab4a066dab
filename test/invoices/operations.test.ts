import { invoiceCases } from '../cases/invoices';
import { runTable } from '../support/table';

runTable('Invoices', invoiceCases);
