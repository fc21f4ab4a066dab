import { paymentDropdown } from '../../src/records/payment-lookup';
import { transactionKind } from '../../src/records/payment-kinds';

/** Transactions for the Transaction dropdown (hidden): payer, amount and date, 100 per "load more". */
export default paymentDropdown(transactionKind);
