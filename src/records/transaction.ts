import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import type { Flat } from '../operation';
import { parseResponse } from '../schemas';
import { paymentBase, paymentParty, paymentPartyFields } from './payment';
import { money, offsetNext, text, windowOutputs } from './window';

/**
 * Payment transactions (GET /payments/transactions, payments.json `TxnResponseSchema`): amounts
 * as numbers in the transaction's `currency`; `status` is typed object in the spec with a text
 * example ("succeeded") and is output as text; the card from `paymentMethod.card`.
 */
const str = z.string().nullish();
const Card = z.looseObject({ card: z.looseObject({ brand: str, last4: text }).nullish() });

export const Transaction = z.looseObject({
  ...paymentBase,
  amount: money,
  amountRefunded: money,
  status: text,
  entityType: str,
  entityId: str,
  entitySourceType: str,
  entitySourceSubType: str,
  entitySourceName: str,
  entitySourceId: str,
  subscriptionId: str,
  chargeId: str,
  paymentProviderType: str,
  paymentMethod: z.unknown().optional(),
  fulfilledAt: str,
});
export type Transaction = z.infer<typeof Transaction>;

const List = z.object({ data: z.array(Transaction).nullish() });
export const transactionList = (body: unknown): Transaction[] => parseResponse(List, body, 'the transaction list').data ?? [];

export function flattenTransaction(t: Transaction): Flat {
  const card = Card.safeParse(t.paymentMethod).data?.card;
  return {
    id: t._id,
    ...paymentParty(t),
    status: t.status,
    currency: t.currency ?? null,
    amount: t.amount,
    amountRefunded: t.amountRefunded,
    entityType: t.entityType ?? null,
    entityId: t.entityId ?? null,
    entitySourceType: t.entitySourceType ?? null,
    entitySourceSubType: t.entitySourceSubType ?? null,
    entitySourceName: t.entitySourceName ?? null,
    entitySourceId: t.entitySourceId ?? null,
    subscriptionId: t.subscriptionId ?? null,
    chargeId: t.chargeId ?? null,
    paymentProvider: t.paymentProviderType ?? null,
    cardBrand: card?.brand ?? null,
    cardLast4: card?.last4 ?? null,
    chargedAt: t.fulfilledAt ?? null,
  };
}

export const transactionOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Transaction ID' },
  { key: 'status', label: 'Status' },
  { key: 'currency', label: 'Currency' },
  { key: 'amount', label: 'Amount', type: 'number' },
  { key: 'amountRefunded', label: 'Amount Refunded', type: 'number' },
  { key: 'entityType', label: 'Paid For (entity type)' },
  { key: 'entityId', label: 'Paid For (entity ID, e.g. order ID)' },
  { key: 'entitySourceType', label: 'Source Type' },
  { key: 'entitySourceSubType', label: 'Source Sub-Type' },
  { key: 'entitySourceName', label: 'Source Name' },
  { key: 'entitySourceId', label: 'Source ID' },
  { key: 'subscriptionId', label: 'Subscription ID' },
  { key: 'chargeId', label: 'Charge ID' },
  { key: 'paymentProvider', label: 'Payment Provider' },
  { key: 'cardBrand', label: 'Card Brand' },
  { key: 'cardLast4', label: 'Card Last 4 Digits' },
  { key: 'chargedAt', label: 'Charged At', type: 'datetime' },
  ...paymentPartyFields,
];

export const transactionSample: Flat = {
  id: '61dd0feac077f72010f78804',
  status: 'succeeded',
  currency: 'USD',
  amount: 89.1,
  amountRefunded: 0,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Rosa Delgado',
  contactEmail: 'rosa.delgado@example.com',
  entityType: 'order',
  entityId: '653f5e0cde5a1314e62a837c',
  entitySourceType: 'funnel',
  entitySourceSubType: 'one_step_order_form',
  entitySourceName: 'Whitening Offer',
  entitySourceId: 'kDj7BHej9Zyyq3QakJmz',
  subscriptionId: null,
  chargeId: 'ch_3OpQ2vCScnf89tZo1xk8bA2c',
  paymentProvider: 'stripe',
  cardBrand: 'visa',
  cardLast4: '4242',
  liveMode: true,
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2025-03-14T15:04:05.000Z',
  chargedAt: '2025-03-14T15:04:07.000Z',
  updatedAt: '2025-03-14T15:04:07.000Z',
};

/** Records, window paging, newest-first output, sample and labels of a transaction poll, to spread into it. */
export const transactionOutputs = {
  ...windowOutputs<Transaction>({ items: transactionList, next: offsetNext, time: (t) => t.createdAt, flatten: (txns) => txns.map(flattenTransaction) }),
  sample: transactionSample,
  outputFields: transactionOutputFields,
};
