import { paymentSearch } from '../../src/records/payment-lookup';
import { transactionKind } from '../../src/records/payment-kinds';

/** GET /payments/transactions/{transactionId}?altId&altType=location. */
export default paymentSearch({
  ...transactionKind,
  from: 'New Payment',
  description: 'Finds a payment transaction by its ID, with its status, amount, refunds, card and payer; no result when there is none.',
});
