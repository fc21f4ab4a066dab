import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { subscriptionOutputs } from '../../src/records/subscription';
import { paymentsWindowRequest } from '../../src/records/window';

/**
 * New Subscription: GET /payments/subscriptions?altId&altType=location has no sort parameter
 * (mapping report, section 7), so each poll reads the whole date window startAt = today - 2 days
 * .. endAt = tomorrow (YYYY-MM-DD, UTC), every page (limit=100/offset until `totalCount`), and
 * sorts newest first by `createdAt` (src/records/window.ts); an idle poll is one request while the
 * window holds at most 100 subscriptions. Dedupe on the subscription id: each fires once.
 */
export default defineListTrigger({
  key: 'newSubscription',
  noun: 'Subscription',
  label: 'New Subscription',
  description:
    'Triggers when a new recurring subscription is started in your location, with amount, currency, status and the subscribing contact.',
  endpoint: endpoint('GET', '/payments/subscriptions', '2021-07-28', ['payments/subscriptions.readonly']),
  inputs: {},
  request: paymentsWindowRequest,
  ...subscriptionOutputs,
});
