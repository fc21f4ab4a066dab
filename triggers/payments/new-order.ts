import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { orderOutputs } from '../../src/records/order';
import { paymentsWindowRequest } from '../../src/records/window';

/**
 * New Order: GET /payments/orders has no sort parameter (mapping report, section 7), so each poll
 * reads the whole date window startAt = today - 2 days .. endAt = tomorrow (YYYY-MM-DD, UTC),
 * every page of it (limit=100/offset until `totalCount`), and sorts newest first by `createdAt`
 * (src/records/window.ts); an idle poll is one request while the window holds at most 100 orders.
 * The location goes as altId + altType=location: the spec lists only altId (and an optional
 * locationId) for this endpoint, HighLevel's docs describe filtering by alt type, and the other
 * payments lists require both. Dedupe on the order id: each order fires once.
 */
export default defineListTrigger({
  key: 'newOrder',
  noun: 'Order',
  label: 'New Order',
  description:
    'Triggers when a new order is placed in your location (funnel and website order forms, store checkouts), with amounts, currency and the buyer.',
  endpoint: endpoint('GET', '/payments/orders', '2021-07-28', ['payments/orders.readonly']),
  inputs: {},
  request: paymentsWindowRequest,
  ...orderOutputs,
});
