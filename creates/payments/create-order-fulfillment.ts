import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { fulfilledItemsField, fulfillmentAnswer, fulfillmentTable } from '../../src/records/fulfillment';
import { paymentIdField } from '../../src/records/payment-lookup';
import { altLocation } from '../../src/records/window';

/**
 * Create Order Fulfillment: POST /payments/orders/{orderId}/fulfillments (CreateFulfillmentDto:
 * altId, altType, trackings, items and notifyCustomer required). One tracking per step (the
 * carrier's number and URL); items as a line-item group of price ID and quantity. The answer's
 * `data` is the fulfillment.
 */
export default defineAction({
  key: 'createOrderFulfillment',
  noun: 'Fulfillment',
  label: 'Create Order Fulfillment',
  description: 'Marks items of an order as shipped, with the carrier\'s tracking number, e.g. when a label is printed in your shipping app; can notify the buyer.',
  endpoint: endpoint('POST', '/payments/orders/{orderId}/fulfillments', '2021-07-28', ['payments/orders.write']),
  inputs: {
    orderId: paymentIdField('Order', 'New Order'),
    items: fulfilledItemsField('The items shipped, one row each.'),
    trackingNumber: f.text({ label: 'Tracking Number', helpText: 'The carrier\'s tracking number, e.g. 1Z999AA10123456784.' }),
    shippingCarrier: f.text({ label: 'Shipping Carrier', helpText: 'The carrier\'s name, e.g. UPS, USPS or FedEx.' }),
    trackingUrl: f.text({ label: 'Tracking URL', helpText: 'The page where the buyer follows the parcel, e.g. `https://www.ups.com/track?tracknum=1Z999AA10123456784`.' }),
    notifyCustomer: f.boolean({ label: 'Notify Buyer', helpText: 'Yes emails the buyer that the items shipped (with the tracking). Default: No.' }),
  },
  request: (input, { bundle }) => {
    const tracking = Object.fromEntries(Object.entries({ trackingNumber: input.trackingNumber, shippingCarrier: input.shippingCarrier, trackingUrl: input.trackingUrl }).filter(([, v]) => v !== undefined));
    return {
      body: {
        ...altLocation(bundle),
        trackings: Object.keys(tracking).length ? [tracking] : [],
        items: input.items,
        notifyCustomer: input.notifyCustomer ?? false,
      },
    };
  },
  output: fulfillmentAnswer,
  ...fulfillmentTable.shape,
});
