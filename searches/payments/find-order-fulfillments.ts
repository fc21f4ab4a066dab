import { defineSearch } from '../../src/operation';
import { fulfillmentList, fulfillmentTable, listFulfillmentsEndpoint } from '../../src/records/fulfillment';
import { paymentIdField } from '../../src/records/payment-lookup';
import { altLocation } from '../../src/records/window';

/** GET /payments/orders/{orderId}/fulfillments?altId&altType=location: `{ status, data: [...] }`, newest as HighLevel lists them. */
export default defineSearch({
  key: 'findOrderFulfillments',
  noun: 'Fulfillment',
  label: 'Find Order Fulfillments',
  description: 'Finds the fulfillments (shipments with tracking) of an order, e.g. to check whether it has shipped before sending a reminder.',
  endpoint: listFulfillmentsEndpoint,
  inputs: { orderId: paymentIdField('Order', 'New Order') },
  request: (_input, { bundle }) => ({ query: altLocation(bundle) }),
  records: fulfillmentList,
  ...fulfillmentTable.outputs,
});
