import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { transactionOutputs } from '../../src/records/transaction';
import { paymentsWindowRequest } from '../../src/records/window';

/**
 * New Payment: GET /payments/transactions?altId&altType=location has no sort parameter (mapping
 * report, section 7), so each poll reads the whole date window startAt = today - 2 days .. endAt =
 * tomorrow (YYYY-MM-DD, UTC), every page (limit=100/offset until `totalCount`), and sorts newest
 * first by `createdAt` (src/records/window.ts); an idle poll is one request while the window
 * holds at most 100 transactions. Dedupe on the transaction id: each transaction fires once, in
 * whatever status it has when first seen (a Filter step on Status keeps only "succeeded").
 */
export default defineListTrigger({
  key: 'newPayment',
  noun: 'Payment',
  label: 'New Payment',
  description:
    'Triggers when a new payment transaction is recorded in your location (orders, invoices, subscription charges), with amount, currency, status and payer.',
  endpoint: endpoint('GET', '/payments/transactions', '2021-07-28', ['payments/transactions.readonly']),
  inputs: {},
  request: paymentsWindowRequest,
  ...transactionOutputs,
});
