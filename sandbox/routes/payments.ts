import { unsortedOrder } from '../highlevel-quirks';
import { dateRange } from '../date-range';
import { badRequest, clone, notFound, opt, req, route, V_2021_07_28 as V, type Infer, type Route, type World } from '../http';
import type { FulfillmentRecord } from '../ext-store';
import { newObjectId } from '../ids';
import type { PaymentRecordBase } from '../store';

/**
 * Payments: the location's orders, transactions and subscriptions (`altId`, and `altType` where
 * the spec lists it), created within `startAt`..`endAt` (days included), newest first, paged by
 * `limit`/`offset`, answered as `{ data, totalCount }`. `paymentMode` live/test keeps that mode;
 * `search` matches the contact's name or email and the source's name.
 */

const DEFAULT_LIMIT = 10;

/** The filters every payments list has. */
const common = {
  altId: req.string(),
  paymentMode: opt.string(),
  startAt: opt.string(),
  endAt: opt.string(),
  search: opt.string(),
  contactId: opt.string(),
  limit: opt.number({ min: 1 }),
  offset: opt.number({ min: 0 }),
};

/** One page of a location's records that `match` keeps, newest first. */
function paymentsPage<T extends PaymentRecordBase>(records: Map<string, T>, query: Infer<typeof common>, match: (r: T) => boolean, searched: (r: T) => (string | undefined)[]) {
  const inWindow = dateRange({ start: ['startAt', query.startAt], end: ['endAt', query.endAt] });
  const live = query.paymentMode === 'live' ? true : query.paymentMode === 'test' ? false : undefined;
  const q = query.search?.trim().toLowerCase();
  const all = [...records.values()]
    .filter((r) => r.altId === query.altId && inWindow(r.createdAt) && match(r))
    .filter((r) => live === undefined || r.liveMode === live)
    .filter((r) => !query.contactId || r.contactId === query.contactId)
    .filter((r) => !q || [r.contactName, r.contactEmail, ...searched(r)].some((v) => v?.toLowerCase().includes(q)))
    .sort(unsortedOrder((r) => r._id, (a, b) => b.createdAt.localeCompare(a.createdAt) || a._id.localeCompare(b._id)));
  const offset = query.offset ?? 0;
  return { data: all.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT)).map(clone), totalCount: all.length };
}

export function paymentRoutes({ store, ext }: World): Route[] {
  return [
    route({
      method: 'GET',
      path: '/payments/orders',
      version: V,
      query: {
        ...common,
        locationId: opt.string(),
        status: opt.string(),
        paymentStatus: opt.string({ enum: ['paid', 'unpaid', 'refunded', 'partially_paid'] as const }),
        funnelProductIds: opt.string(),
        sourceId: opt.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        if (query.locationId) ownLocation(query.locationId);
        return paymentsPage(
          store.orders,
          query,
          (o) => (!query.status || o.status === query.status) && (!query.paymentStatus || o.paymentStatus === query.paymentStatus) && (!query.sourceId || o.sourceId === query.sourceId),
          (o) => [o.sourceName],
        );
      },
    }),

    route({
      method: 'GET',
      path: '/payments/transactions',
      version: V,
      query: {
        ...common,
        locationId: opt.string(),
        altType: req.string(),
        entitySourceType: opt.string(),
        entitySourceSubType: opt.string(),
        subscriptionId: opt.string(),
        entityId: opt.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        if (query.locationId) ownLocation(query.locationId);
        return paymentsPage(
          store.transactions,
          query,
          (t) =>
            t.altType === query.altType &&
            (!query.entitySourceType || t.entitySourceType === query.entitySourceType) &&
            (!query.entitySourceSubType || t.entitySourceSubType === query.entitySourceSubType) &&
            (!query.subscriptionId || t.subscriptionId === query.subscriptionId) &&
            (!query.entityId || t.entityId === query.entityId),
          (t) => [t.entitySourceName],
        );
      },
    }),

    route({
      method: 'GET',
      path: '/payments/subscriptions',
      version: V,
      query: {
        ...common,
        altType: req.string({ enum: ['location'] as const }),
        entityId: opt.string(),
        entitySourceType: opt.string(),
        id: opt.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        return paymentsPage(
          store.subscriptions,
          query,
          (s) => (!query.entityId || s.entityId === query.entityId) && (!query.entitySourceType || s.entitySourceType === query.entitySourceType) && (!query.id || s._id === query.id),
          (s) => [s.entitySourceName],
        );
      },
    }),

    // One record by id, answered bare (the spec's Get*ResponseSchema); another location's is not found.
    route({
      method: 'GET',
      path: '/payments/orders/{orderId}',
      version: V,
      query: { altId: req.string(), locationId: opt.string(), altType: opt.string() },
      handler: ({ params, query, ownLocation }) => byId(store.orders, params.orderId, query.altId, ownLocation, 'Order not found'),
    }),
    // A payment made outside HighLevel: the order is then paid (or partially paid).
    route({
      method: 'POST',
      path: '/payments/orders/{orderId}/record-payment',
      version: V,
      body: {
        altId: req.string(),
        altType: req.string({ enum: ['location'] as const }),
        mode: req.string({ enum: ['cash', 'card', 'cheque', 'bank_transfer', 'other'] as const }),
        card: opt.object(),
        cheque: opt.object(),
        notes: opt.string(),
        amount: opt.number({ min: 0 }),
        meta: opt.object(),
        isPartialPayment: opt.boolean(),
      },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(body.altId);
        const order = store.orders.get(params.orderId);
        if (!order || order.altId !== body.altId) throw notFound('Order not found');
        if (body.mode === 'card' && (typeof body.card?.last4 !== 'string' || typeof body.card?.type !== 'string')) throw badRequest('card.type and card.last4 are required for a card payment');
        if (body.mode === 'cheque' && typeof body.cheque?.number !== 'string') throw badRequest('cheque.number is required for a cheque payment');
        order.paymentStatus = body.isPartialPayment ? 'partially_paid' : 'paid';
        order.updatedAt = store.now();
        return { success: true };
      },
    }),
    // Fulfillments: shipments of an order's items (each a price of the location, with its product), newest first.
    route({
      method: 'POST',
      path: '/payments/orders/{orderId}/fulfillments',
      version: V,
      body: { altId: req.string(), altType: req.string({ enum: ['location'] as const }), trackings: req.array(), items: req.array(), notifyCustomer: req.boolean() },
      handler: ({ params, body, ownLocation }) => {
        ownLocation(body.altId);
        const order = store.orders.get(params.orderId);
        if (!order || order.altId !== body.altId) throw notFound('Order not found');
        if (!body.items.length) throw badRequest('items must contain at least 1 elements');
        const items = body.items.map((raw) => {
          const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
          const price = typeof item.priceId === 'string' ? ext.prices.get(item.priceId) : undefined;
          if (!price || price.locationId !== body.altId) throw badRequest(`Price ${String(item.priceId)} not found`);
          const qty = typeof item.qty === 'number' && Number.isInteger(item.qty) && item.qty >= 1 ? item.qty : null;
          if (qty === null) throw badRequest('qty must be a whole number of 1 or more');
          const product = ext.products.get(price.product);
          return { _id: price._id, name: product?.name ?? price.name, product: product ? clone(product) : {}, price: clone(price), qty };
        });
        const now = store.now();
        const trackings = body.trackings.filter((x): x is Record<string, string> => typeof x === 'object' && x !== null);
        const f: FulfillmentRecord = { _id: newObjectId(), altId: body.altId, altType: 'location', orderId: order._id, trackings, items, notifyCustomer: body.notifyCustomer, createdAt: now, updatedAt: now };
        ext.fulfillments.set(f._id, f);
        order.fulfillmentStatus = 'fulfilled';
        const { orderId: _o, notifyCustomer: _n, ...answer } = f;
        return { status: true, data: clone(answer) };
      },
    }),
    route({
      method: 'GET',
      path: '/payments/orders/{orderId}/fulfillments',
      version: V,
      query: { altId: req.string(), altType: req.string({ enum: ['location'] as const }) },
      handler: ({ params, query, ownLocation }) => {
        ownLocation(query.altId);
        const order = store.orders.get(params.orderId);
        if (!order || order.altId !== query.altId) throw notFound('Order not found');
        const data = [...ext.fulfillments.values()]
          .filter((f) => f.orderId === order._id)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map(({ orderId: _o, notifyCustomer: _n, ...f }) => clone(f));
        return { status: true, data };
      },
    }),
    route({
      method: 'GET',
      path: '/payments/transactions/{transactionId}',
      version: V,
      query: { altId: req.string(), altType: req.string(), locationId: opt.string() },
      handler: ({ params, query, ownLocation }) => byId(store.transactions, params.transactionId, query.altId, ownLocation, 'Transaction not found'),
    }),
    route({
      method: 'GET',
      path: '/payments/subscriptions/{subscriptionId}',
      version: V,
      query: { altId: req.string(), altType: req.string({ enum: ['location'] as const }) },
      handler: ({ params, query, ownLocation }) => byId(store.subscriptions, params.subscriptionId, query.altId, ownLocation, 'Subscription not found'),
    }),
  ];
}

/** A payments record of the location `altId`, or 404. */
function byId<T extends PaymentRecordBase>(records: Map<string, T>, id: string, altId: string, ownLocation: (locationId: string) => void, message: string): T {
  ownLocation(altId);
  const r = records.get(id);
  if (!r || r.altId !== altId) throw notFound(message);
  return clone(r);
}
