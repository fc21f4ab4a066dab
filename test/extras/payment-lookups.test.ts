import { paymentLookupCases } from '../cases/forms-payments-tasks';
import { runTable } from '../support/table';

runTable('Orders, transactions and subscriptions by ID', paymentLookupCases);
