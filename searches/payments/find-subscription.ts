import { paymentSearch } from '../../src/records/payment-lookup';
import { subscriptionKind } from '../../src/records/payment-kinds';

/** GET /payments/subscriptions/{subscriptionId}?altId&altType=location. */
export default paymentSearch({
  ...subscriptionKind,
  from: 'New Subscription',
  description: 'Finds a subscription by its ID, with its status, amount and subscriber, e.g. to check it is still active; no result when there is none.',
});
