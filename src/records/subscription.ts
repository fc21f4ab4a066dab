import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import type { Flat } from '../operation';
import { parseResponse } from '../schemas';
import { paymentBase, paymentParty, paymentPartyFields } from './payment';
import { money, offsetNext, text, windowOutputs } from './window';

/**
 * Subscriptions (GET /payments/subscriptions, payments.json `SubscriptionResponseSchema`): the
 * amount as a number in the subscription's `currency`; `status` (typed object in the spec, text
 * in its example) as text; `subscriptionId` is the payment provider's id, `id` HighLevel's.
 */
const str = z.string().nullish();

export const Subscription = z.looseObject({
  ...paymentBase,
  amount: money,
  status: text,
  entityType: str,
  entityId: str,
  entitySourceType: str,
  entitySourceName: str,
  entitySourceId: str,
  subscriptionId: str,
  paymentProviderType: str,
  createdBy: str,
});
export type Subscription = z.infer<typeof Subscription>;

const List = z.object({ data: z.array(Subscription).nullish() });
export const subscriptionList = (body: unknown): Subscription[] => parseResponse(List, body, 'the subscription list').data ?? [];

export const flattenSubscription = (s: Subscription): Flat => ({
  id: s._id,
  ...paymentParty(s),
  subscriptionId: s.subscriptionId ?? null,
  status: s.status,
  currency: s.currency ?? null,
  amount: s.amount,
  entityType: s.entityType ?? null,
  entityId: s.entityId ?? null,
  entitySourceType: s.entitySourceType ?? null,
  entitySourceName: s.entitySourceName ?? null,
  entitySourceId: s.entitySourceId ?? null,
  paymentProvider: s.paymentProviderType ?? null,
  createdBy: s.createdBy ?? null,
});

export const subscriptionOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Subscription ID' },
  { key: 'subscriptionId', label: 'Provider Subscription ID' },
  { key: 'status', label: 'Status' },
  { key: 'currency', label: 'Currency' },
  { key: 'amount', label: 'Amount', type: 'number' },
  { key: 'entityType', label: 'Created From (entity type)' },
  { key: 'entityId', label: 'Created From (entity ID, e.g. order ID)' },
  { key: 'entitySourceType', label: 'Source Type' },
  { key: 'entitySourceName', label: 'Source Name' },
  { key: 'entitySourceId', label: 'Source ID' },
  { key: 'paymentProvider', label: 'Payment Provider' },
  { key: 'createdBy', label: 'Created By (user ID)' },
  ...paymentPartyFields,
];

export const subscriptionSample: Flat = {
  id: '64bf78af39118e4011926cba',
  subscriptionId: 'sub_1KGcXDCScnf89tZoVkoEMCEL',
  status: 'active',
  currency: 'USD',
  amount: 29,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Rosa Delgado',
  contactEmail: 'rosa.delgado@example.com',
  entityType: 'order',
  entityId: '653f5e0cde5a1314e62a837c',
  entitySourceType: 'funnel',
  entitySourceName: 'Smile Club Membership',
  entitySourceId: 'bevrkPbLaDNXFaqfLKMm',
  paymentProvider: 'stripe',
  liveMode: true,
  createdBy: null,
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2025-03-14T15:04:05.000Z',
  updatedAt: '2025-03-14T15:04:05.000Z',
};

/** Records, window paging, newest-first output, sample and labels of a subscription poll, to spread into it. */
export const subscriptionOutputs = {
  ...windowOutputs<Subscription>({ items: subscriptionList, next: offsetNext, time: (s) => s.createdAt, flatten: (subs) => subs.map(flattenSubscription) }),
  sample: subscriptionSample,
  outputFields: subscriptionOutputFields,
};
