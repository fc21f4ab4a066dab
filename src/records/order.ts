import { defineRecord, isRecord, t, type Output } from '../record-table';
import { paymentId, paymentPartyFields } from './payment';
import { offsetNext, windowOutputs } from './window';

/**
 * Orders (GET /payments/orders, payments.json `OrderResponseSchema`): amounts as numbers in the order's
 * `currency`. The OrderCreate / OrderStatusUpdate events nest what the list has at the top
 * (`amountSummary`, `source`, `contactSnapshot`): both are read, so instant and polling outputs match.
 */
export const orderTable = defineRecord(
  {
    ...paymentId('Order ID', '653f5e0cde5a1314e62a837c'),
    status: { label: 'Status', type: t.looseText, sample: 'completed' },
    // Not in the response schema, but a documented filter of the endpoint; output when HighLevel sends it.
    paymentStatus: { label: 'Payment Status', type: t.looseText, sample: 'paid' },
    fulfillmentStatus: { label: 'Fulfillment Status', type: t.looseText, sample: 'unfulfilled' },
    currency: { label: 'Currency', type: t.text, sample: 'USD' },
    amount: { label: 'Amount', type: t.number, sample: 89.1 },
    subtotal: { label: 'Subtotal', type: t.number, from: ['subtotal', 'amountSummary.subtotal'], sample: 99 },
    discount: { label: 'Discount', type: t.number, from: ['discount', 'amountSummary.discount'], sample: 9.9 },
    couponCode: { label: 'Coupon Code', type: t.text, sample: 'SPRING10' },
    totalProducts: { label: 'Number of Products', type: t.number, sample: 2 },
    sourceType: { label: 'Source Type', type: t.text, from: ['sourceType', 'source.type'], sample: 'funnel' },
    sourceSubType: { label: 'Source Sub-Type', type: t.text, from: ['sourceSubType', 'source.subType'], sample: 'one_step_order_form' },
    sourceName: { label: 'Source Name', type: t.text, from: ['sourceName', 'source.name'], sample: 'Whitening Offer' },
    sourceId: { label: 'Source ID', type: t.text, from: ['sourceId', 'source.id'], sample: 'kDj7BHej9Zyyq3QakJmz' },
    createdBy: { label: 'Created By (user ID)', type: t.text, sample: null },
    ...paymentPartyFields,
    // OrderCreate events carry the buyer as `contactSnapshot` instead of contactName/contactEmail.
    contactName: {
      ...paymentPartyFields.contactName,
      derive: (_o, raw) => (isRecord(raw.contactSnapshot) ? [raw.contactSnapshot.firstName, raw.contactSnapshot.lastName].filter((n) => typeof n === 'string' && n).join(' ') || null : null),
    },
    contactEmail: { ...paymentPartyFields.contactEmail, from: ['contactEmail', 'contactSnapshot.email'] },
    updatedAt: { ...paymentPartyFields.updatedAt, sample: '2025-03-14T15:04:09.000Z' },
  },
  { name: 'order' },
);
export type Order = Output<typeof orderTable.fields>;

export const orderList = orderTable.list('data', 'the order list');
export const orderOutputFields = orderTable.outputFields;
export const orderSample = orderTable.sample;

/** Records, window paging, newest-first output, sample and labels of an order poll, to spread into it. */
export const orderOutputs = {
  ...windowOutputs<Order>({ items: orderList, next: offsetNext, time: (r) => r.createdAt, flatten: orderTable.output }),
  ...orderTable.shape,
};
