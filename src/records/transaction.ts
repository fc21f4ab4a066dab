import { defineRecord, t, type Output } from '../record-table';
import { paymentId, paymentPartyFields } from './payment';
import { offsetNext, windowOutputs } from './window';

/**
 * Payment transactions (GET /payments/transactions, payments.json `TxnResponseSchema`): amounts
 * as numbers in the transaction's `currency`; `status` is typed object in the spec with a text
 * example ("succeeded") and is output as text (an object as its JSON); the card from
 * `paymentMethod.card`.
 */
export const transactionTable = defineRecord(
  {
    ...paymentId('Transaction ID', '61dd0feac077f72010f78804'),
    status: { label: 'Status', type: t.looseText, sample: 'succeeded' },
    currency: { label: 'Currency', type: t.text, sample: 'USD' },
    amount: { label: 'Amount', type: t.number, sample: 89.1 },
    amountRefunded: { label: 'Amount Refunded', type: t.number, sample: 0 },
    entityType: { label: 'Paid For (entity type)', type: t.text, sample: 'order' },
    entityId: { label: 'Paid For (entity ID, e.g. order ID)', type: t.text, sample: '653f5e0cde5a1314e62a837c' },
    entitySourceType: { label: 'Source Type', type: t.text, sample: 'funnel' },
    entitySourceSubType: { label: 'Source Sub-Type', type: t.text, sample: 'one_step_order_form' },
    entitySourceName: { label: 'Source Name', type: t.text, sample: 'Whitening Offer' },
    entitySourceId: { label: 'Source ID', type: t.text, sample: 'kDj7BHej9Zyyq3QakJmz' },
    subscriptionId: { label: 'Subscription ID', type: t.text, sample: null },
    chargeId: { label: 'Charge ID', type: t.text, sample: 'ch_3OpQ2vCScnf89tZo1xk8bA2c' },
    paymentProvider: { label: 'Payment Provider', type: t.text, from: 'paymentProviderType', sample: 'stripe' },
    cardBrand: { label: 'Card Brand', type: t.text, from: 'paymentMethod.card.brand', sample: 'visa' },
    cardLast4: { label: 'Card Last 4 Digits', type: t.looseText, from: 'paymentMethod.card.last4', sample: '4242' },
    chargedAt: { label: 'Charged At', type: t.datetime, from: 'fulfilledAt', sample: '2025-03-14T15:04:07.000Z' },
    ...paymentPartyFields,
    updatedAt: { ...paymentPartyFields.updatedAt, sample: '2025-03-14T15:04:07.000Z' },
  },
  { name: 'transaction' },
);
export type Transaction = Output<typeof transactionTable.fields>;

export const transactionList = transactionTable.list('data', 'the transaction list');
export const transactionOutputFields = transactionTable.outputFields;
export const transactionSample = transactionTable.sample;

/** Records, window paging, newest-first output, sample and labels of a transaction poll, to spread into it. */
export const transactionOutputs = {
  ...windowOutputs<Transaction>({ items: transactionList, next: offsetNext, time: (r) => r.createdAt, flatten: transactionTable.output }),
  ...transactionTable.shape,
};
