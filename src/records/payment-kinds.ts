import { endpoint } from '../endpoint';
import { orderList, orderTable, type Order } from './order';
import { paymentLabel } from './payment-lookup';
import { subscriptionList, subscriptionTable, type Subscription } from './subscription';
import { transactionList, transactionTable, type Transaction } from './transaction';

/**
 * The by-ID lookups of orders, transactions and subscriptions (payments.json, Version
 * 2021-07-28): each endpoint answers the record itself (`GetOrderResponseSchema`, ...), read
 * through the record's table. Used by their dropdowns and Find ... by ID searches.
 */
export const orderKind = {
  name: 'order',
  noun: 'Order',
  param: 'orderId',
  list: endpoint('GET', '/payments/orders', '2021-07-28', ['payments/orders.readonly']),
  one: endpoint('GET', '/payments/orders/{orderId}', '2021-07-28', ['payments/orders.readonly']),
  records: orderList,
  record: orderTable.one('', 'the order request'),
  label: (o: Order) => paymentLabel(o, o.sourceName),
  outputs: orderTable.outputs,
};

export const transactionKind = {
  name: 'transaction',
  noun: 'Transaction',
  param: 'transactionId',
  list: endpoint('GET', '/payments/transactions', '2021-07-28', ['payments/transactions.readonly']),
  one: endpoint('GET', '/payments/transactions/{transactionId}', '2021-07-28', ['payments/transactions.readonly']),
  records: transactionList,
  record: transactionTable.one('', 'the transaction request'),
  label: (t: Transaction) => paymentLabel(t, t.entitySourceName),
  outputs: transactionTable.outputs,
};

export const subscriptionKind = {
  name: 'subscription',
  noun: 'Subscription',
  param: 'subscriptionId',
  list: endpoint('GET', '/payments/subscriptions', '2021-07-28', ['payments/subscriptions.readonly']),
  one: endpoint('GET', '/payments/subscriptions/{subscriptionId}', '2021-07-28', ['payments/subscriptions.readonly']),
  records: subscriptionList,
  record: subscriptionTable.one('', 'the subscription request'),
  label: (s: Subscription) => paymentLabel(s, s.entitySourceName),
  outputs: subscriptionTable.outputs,
};
