import { z } from 'zod';
import type { PlainOutputField } from 'zapier-platform-core';
import type { Flat } from '../operation';
import { parseResponse } from '../schemas';
import { paymentBase, paymentParty, paymentPartyFields } from './payment';
import { money, offsetNext, text, windowOutputs } from './window';

/** Orders (GET /payments/orders, payments.json `OrderResponseSchema`): amounts as numbers in the order's `currency`. */
const str = z.string().nullish();

export const Order = z.looseObject({
  ...paymentBase,
  amount: money,
  subtotal: money,
  discount: money,
  status: text,
  // Not in the response schema, but a documented filter of the endpoint; output when HighLevel sends it.
  paymentStatus: text,
  fulfillmentStatus: text,
  totalProducts: money,
  sourceType: str,
  sourceSubType: str,
  sourceName: str,
  sourceId: str,
  couponCode: str,
  createdBy: str,
});
export type Order = z.infer<typeof Order>;

const List = z.object({ data: z.array(Order).nullish() });
export const orderList = (body: unknown): Order[] => parseResponse(List, body, 'the order list').data ?? [];

export const flattenOrder = (o: Order): Flat => ({
  id: o._id,
  ...paymentParty(o),
  status: o.status,
  paymentStatus: o.paymentStatus,
  fulfillmentStatus: o.fulfillmentStatus,
  currency: o.currency ?? null,
  amount: o.amount,
  subtotal: o.subtotal,
  discount: o.discount,
  couponCode: o.couponCode ?? null,
  totalProducts: o.totalProducts,
  sourceType: o.sourceType ?? null,
  sourceSubType: o.sourceSubType ?? null,
  sourceName: o.sourceName ?? null,
  sourceId: o.sourceId ?? null,
  createdBy: o.createdBy ?? null,
});

export const orderOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Order ID' },
  { key: 'status', label: 'Status' },
  { key: 'paymentStatus', label: 'Payment Status' },
  { key: 'fulfillmentStatus', label: 'Fulfillment Status' },
  { key: 'currency', label: 'Currency' },
  { key: 'amount', label: 'Amount', type: 'number' },
  { key: 'subtotal', label: 'Subtotal', type: 'number' },
  { key: 'discount', label: 'Discount', type: 'number' },
  { key: 'couponCode', label: 'Coupon Code' },
  { key: 'totalProducts', label: 'Number of Products', type: 'number' },
  { key: 'sourceType', label: 'Source Type' },
  { key: 'sourceSubType', label: 'Source Sub-Type' },
  { key: 'sourceName', label: 'Source Name' },
  { key: 'sourceId', label: 'Source ID' },
  { key: 'createdBy', label: 'Created By (user ID)' },
  ...paymentPartyFields,
];

export const orderSample: Flat = {
  id: '653f5e0cde5a1314e62a837c',
  status: 'completed',
  paymentStatus: 'paid',
  fulfillmentStatus: 'unfulfilled',
  currency: 'USD',
  amount: 89.1,
  subtotal: 99,
  discount: 9.9,
  couponCode: 'SPRING10',
  totalProducts: 2,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Rosa Delgado',
  contactEmail: 'rosa.delgado@example.com',
  sourceType: 'funnel',
  sourceSubType: 'one_step_order_form',
  sourceName: 'Whitening Offer',
  sourceId: 'kDj7BHej9Zyyq3QakJmz',
  liveMode: true,
  createdBy: null,
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2025-03-14T15:04:05.000Z',
  updatedAt: '2025-03-14T15:04:09.000Z',
};

/** Records, window paging, newest-first output, sample and labels of an order poll, to spread into it. */
export const orderOutputs = {
  ...windowOutputs<Order>({ items: orderList, next: offsetNext, time: (o) => o.createdAt, flatten: (orders) => orders.map(flattenOrder) }),
  sample: orderSample,
  outputFields: orderOutputFields,
};
