import type { PlainOutputField } from 'zapier-platform-core';
import { endpoint } from '../endpoint';
import type { Flat, Mapper } from '../operation';
import { orderList, orderTable, type Order } from './order';
import { paymentLabel, type Kind } from './payment-lookup';
import { subscriptionList, subscriptionTable, type Subscription } from './subscription';
import { transactionList, transactionTable, type Transaction } from './transaction';

/**
 * The by-ID lookups of orders, transactions and subscriptions (payments.json, Version
 * 2021-07-28): each endpoint answers the record itself (`GetOrderResponseSchema`, ...), read
 * through the record's table. Used by their dropdowns and Find ... by ID searches.
 * HighLevel names them alike: GET /payments/{name}s and /payments/{name}s/{{name}Id}, scope
 * payments/{name}s.readonly.
 */
interface KindTable<R> {
  one: (key: string, what: string) => (body: unknown) => R;
  outputs: { output: Mapper<R>; sample: Flat; outputFields: PlainOutputField[] };
}

type Labelled = Parameters<typeof paymentLabel>[0];

function paymentKind<R extends Labelled>(name: string, noun: string, records: (body: unknown) => R[], table: KindTable<R>, source: (r: R) => string | null | undefined): Kind<R> {
  const scopes = [`payments/${name}s.readonly`];
  return {
    name,
    noun,
    param: `${name}Id`,
    list: endpoint('GET', `/payments/${name}s`, '2021-07-28', scopes),
    one: endpoint('GET', `/payments/${name}s/{${name}Id}`, '2021-07-28', scopes),
    records,
    record: table.one('', `the ${name} request`),
    label: (r) => paymentLabel(r, source(r)),
    outputs: table.outputs,
  };
}

export const orderKind = paymentKind('order', 'Order', orderList, orderTable, (o: Order) => o.sourceName);
export const transactionKind = paymentKind('transaction', 'Transaction', transactionList, transactionTable, (t: Transaction) => t.entitySourceName);
export const subscriptionKind = paymentKind('subscription', 'Subscription', subscriptionList, subscriptionTable, (s: Subscription) => s.entitySourceName);
