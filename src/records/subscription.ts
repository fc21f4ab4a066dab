import { defineRecord, t, type Output } from '../record-table';
import { paymentId, paymentPartyFields } from './payment';
import { offsetNext, windowOutputs } from './window';

/**
 * Subscriptions (GET /payments/subscriptions, payments.json `SubscriptionResponseSchema`): the
 * amount as a number in the subscription's `currency`; `status` (typed object in the spec, text
 * in its example) as text; `subscriptionId` is the payment provider's id, `id` HighLevel's.
 */
export const subscriptionTable = defineRecord(
  {
    ...paymentId('Subscription ID', '64bf78af39118e4011926cba'),
    subscriptionId: { label: 'Provider Subscription ID', type: t.text, sample: 'sub_1KGcXDCScnf89tZoVkoEMCEL' },
    status: { label: 'Status', type: t.looseText, sample: 'active' },
    currency: { label: 'Currency', type: t.text, sample: 'USD' },
    amount: { label: 'Amount', type: t.number, sample: 29 },
    entityType: { label: 'Created From (entity type)', type: t.text, sample: 'order' },
    entityId: { label: 'Created From (entity ID, e.g. order ID)', type: t.text, sample: '653f5e0cde5a1314e62a837c' },
    entitySourceType: { label: 'Source Type', type: t.text, sample: 'funnel' },
    entitySourceName: { label: 'Source Name', type: t.text, sample: 'Smile Club Membership' },
    entitySourceId: { label: 'Source ID', type: t.text, sample: 'bevrkPbLaDNXFaqfLKMm' },
    paymentProvider: { label: 'Payment Provider', type: t.text, from: 'paymentProviderType', sample: 'stripe' },
    createdBy: { label: 'Created By (user ID)', type: t.text, sample: null },
    ...paymentPartyFields,
  },
  { name: 'subscription' },
);
export type Subscription = Output<typeof subscriptionTable.fields>;

export const subscriptionList = subscriptionTable.list('data', 'the subscription list');
export const subscriptionOutputFields = subscriptionTable.outputFields;
export const subscriptionSample = subscriptionTable.sample;

/** Records, window paging, newest-first output, sample and labels of a subscription poll, to spread into it. */
export const subscriptionOutputs = {
  ...windowOutputs<Subscription>({ items: subscriptionList, next: offsetNext, time: (r) => r.createdAt, flatten: subscriptionTable.output }),
  ...subscriptionTable.shape,
};
