import { ApiError, badRequest, clone, compact, intParam, notFound, opt, req, route, V_2021_07_28 as V, type Call, type Route, type Rules, type World } from '../http';
import { newObjectId } from '../ids';
import type { CollectionRecord, PriceRecord, ProductRecord, ProductReviewRecord as ReviewRecord, ProductType } from '../ext-store';
import { byCreated } from './alt-records';

/**
 * Products and their prices (products.json, Version 2021-07-28): the location's catalog, newest
 * first by creation (`sortOrder=asc` for oldest first), `search` matching part of the name,
 * paged by `limit`/`offset` (HighLevel's default limit 0 means no limit), answered as
 * `{ products, total: [{ total }] }`; a product is answered bare (the spec's response DTOs),
 * found by id or slug. Deleting a product deletes its prices. Every query names the location.
 * Reviews (`altId` + `altType=location`) are listed newest first by default, or by rating, as
 * `{ data, total }`.
 */

const TYPES = ['DIGITAL', 'PHYSICAL', 'SERVICE', 'PHYSICAL/DIGITAL'] as const satisfies readonly ProductType[];
const INTERVALS = ['day', 'week', 'month', 'year'] as const;
const PRODUCT_NOT_FOUND = 'Product not found';
const PRICE_NOT_FOUND = 'Price not found';

/** What the lookups of one record of a path need from a route's call. */
type LocationCall<P> = Pick<Call<string, Rules, Rules>, 'ownLocation' | 'own'> & { params: P };
type ProductCall = LocationCall<{ productId: string }>;

export function productRoutes({ store, ext }: World): Route[] {
  const productFields = {
    description: opt.string(),
    image: opt.string(),
    statementDescriptor: opt.string(),
    availableInStore: opt.boolean(),
    collectionIds: opt.stringArray(),
    isTaxesEnabled: opt.boolean(),
    slug: opt.string(),
  };
  /** The body of a price write (CreatePriceDto / UpdatePriceDto). */
  const priceFields = {
    name: req.string(),
    type: req.string({ enum: ['one_time', 'recurring'] as const }),
    currency: req.string(),
    amount: req.number({ min: 0 }),
    locationId: req.string(),
    recurring: opt.object(),
    description: opt.string(),
    compareAtPrice: opt.number({ min: 0 }),
    sku: opt.string(),
    trackInventory: opt.boolean(),
    availableQuantity: opt.number({ min: 0 }),
  };
  const page = <T>(all: T[], offset: string | undefined, limit: string | undefined) => {
    const from = intParam(offset, 0, 'offset');
    const n = intParam(limit, 0, 'limit');
    return n ? all.slice(from, from + n) : all.slice(from);
  };
  const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  /** The product of the path, by id or slug, after the check that the call names the token's location. */
  const productOf = ({ params, ownLocation, own }: ProductCall, locationId: string) => {
    ownLocation(locationId);
    return own(ext.products.get(params.productId) ?? [...ext.products.values()].find((p) => p.locationId === locationId && p.slug === params.productId), PRODUCT_NOT_FOUND);
  };
  /** The price of the path, of the path's product; a price of another product is `wrongProduct` (a 404; DELETE answers 400). */
  const priceOf = (call: ProductCall & { params: { priceId: string } }, locationId: string, wrongProduct: (message: string) => ApiError = notFound) => {
    const p = productOf(call, locationId);
    const price = call.own(ext.prices.get(call.params.priceId), PRICE_NOT_FOUND);
    if (price.product !== p._id) throw wrongProduct(PRICE_NOT_FOUND);
    return price;
  };
  /** The collection of the path, of the location `altId` names (after the location check). */
  const collectionOf = ({ params, ownLocation }: LocationCall<{ collectionId: string }>, altId: string) => {
    ownLocation(altId);
    const c = ext.collections.get(params.collectionId);
    if (!c || c.altId !== altId) throw notFound('Collection not found');
    return c;
  };
  /** The review of the path, of the location `altId` names and of the product `productId` names. */
  const reviewOf = ({ params, ownLocation }: LocationCall<{ reviewId: string }>, { altId, productId }: { altId: string; productId: string }) => {
    ownLocation(altId);
    const r = ext.productReviews.get(params.reviewId);
    if (!r || r.altId !== altId || r.productId !== productId) throw notFound('Review not found');
    return r;
  };

  return [
    route({
      method: 'GET',
      path: '/products/',
      version: V,
      query: {
        locationId: req.string(),
        limit: opt.string(),
        offset: opt.string(),
        search: opt.string(),
        collectionIds: opt.string(),
        availableInStore: opt.boolean(),
        sortOrder: opt.string({ enum: ['asc', 'desc'] as const }),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const q = query.search?.trim().toLowerCase();
        const collections = query.collectionIds?.split(',').filter(Boolean) ?? [];
        const asc = query.sortOrder === 'asc';
        const all = [...ext.products.values()]
          .filter((p) => p.locationId === query.locationId && (!q || p.name.toLowerCase().includes(q)))
          .filter((p) => query.availableInStore === undefined || Boolean(p.availableInStore) === query.availableInStore)
          .filter((p) => !collections.length || (p.collectionIds ?? []).some((c) => collections.includes(c)))
          .sort((a, b) => (asc ? 1 : -1) * byCreated(a, b));
        return { products: page(all, query.offset, query.limit).map(clone), total: [{ total: all.length }] };
      },
    }),
    route({
      method: 'POST',
      path: '/products/',
      version: V,
      status: 201,
      body: { name: req.string(), locationId: req.string(), productType: req.string({ enum: TYPES }), ...productFields },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        const slug = body.slug ?? slugOf(body.name);
        if ([...ext.products.values()].some((p) => p.locationId === body.locationId && p.slug === slug)) throw badRequest(`A product with the slug ${slug} already exists`);
        const now = store.now();
        const p: ProductRecord = compact({ _id: newObjectId(), ...body, slug, createdAt: now, updatedAt: now });
        ext.products.set(p._id, p);
        return clone(p);
      },
    }),
    route({
      method: 'GET',
      path: '/products/{productId}',
      version: V,
      query: { locationId: req.string(), sendWishlistStatus: opt.boolean() },
      handler: ({ query, ...call }) => clone(productOf(call, query.locationId)),
    }),
    route({
      method: 'PUT',
      path: '/products/{productId}',
      version: V,
      body: { name: req.string(), locationId: req.string(), productType: req.string({ enum: TYPES }), ...productFields, prices: opt.stringArray() },
      handler: ({ body, ...call }) => {
        const p = productOf(call, body.locationId);
        const { prices: _prices, ...fields } = body;
        const next: ProductRecord = compact({ ...p, ...fields, updatedAt: store.now() });
        ext.products.set(p._id, next);
        return clone(next);
      },
    }),
    route({
      method: 'DELETE',
      path: '/products/{productId}',
      version: V,
      query: { locationId: req.string(), sendWishlistStatus: opt.boolean() },
      handler: ({ query, ...call }) => {
        const p = productOf(call, query.locationId);
        ext.products.delete(p._id);
        for (const price of [...ext.prices.values()]) if (price.product === p._id) ext.prices.delete(price._id);
        return { status: true };
      },
    }),
    route({
      method: 'GET',
      path: '/products/{productId}/price',
      version: V,
      query: { locationId: req.string(), limit: opt.string(), offset: opt.string(), ids: opt.string() },
      handler: ({ query, ...call }) => {
        const p = productOf(call, query.locationId);
        const ids = query.ids?.split(',').filter(Boolean) ?? [];
        const all = [...ext.prices.values()]
          .filter((r) => r.product === p._id && (!ids.length || ids.includes(r._id)))
          .sort(byCreated);
        return { prices: page(all, query.offset, query.limit).map(clone), total: all.length };
      },
    }),
    route({
      method: 'POST',
      path: '/products/{productId}/price',
      version: V,
      status: 201,
      body: priceFields,
      handler: ({ body, ...call }) => {
        const p = productOf(call, body.locationId);
        const { recurring: rawRecurring, ...fields } = body;
        let recurring: PriceRecord['recurring'];
        if (body.type === 'recurring') {
          const interval = INTERVALS.find((i) => i === rawRecurring?.interval);
          const count = rawRecurring?.intervalCount;
          if (!interval || typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
            throw badRequest('recurring.interval (day, week, month or year) and recurring.intervalCount (1 or more) are required for a recurring price');
          }
          recurring = { interval, intervalCount: count };
        }
        const now = store.now();
        const price: PriceRecord = compact({ _id: newObjectId(), ...fields, product: p._id, recurring, createdAt: now, updatedAt: now });
        ext.prices.set(price._id, price);
        return clone(price);
      },
    }),
    route({
      method: 'POST',
      path: '/products/inventory',
      version: V,
      status: 201,
      body: { altId: req.string(), altType: req.string({ enum: ['location'] as const }), items: req.array() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.altId);
        const now = store.now();
        const updates = body.items.map((raw) => {
          const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
          const price = typeof item.priceId === 'string' ? ext.prices.get(item.priceId) : undefined;
          if (!price || price.locationId !== body.altId) throw badRequest(`Price not found: ${String(item.priceId)}`);
          if (item.availableQuantity !== undefined && (typeof item.availableQuantity !== 'number' || item.availableQuantity < 0)) throw badRequest('availableQuantity must be a number of 0 or more');
          return { price, item };
        });
        for (const { price, item } of updates) {
          if (typeof item.availableQuantity === 'number') Object.assign(price, { availableQuantity: item.availableQuantity, trackInventory: true });
          if (typeof item.allowOutOfStockPurchases === 'boolean') Object.assign(price, { allowOutOfStockPurchases: item.allowOutOfStockPurchases });
          price.updatedAt = now;
        }
        return { status: true, message: 'Inventory updated' };
      },
    }),
    route({
      method: 'GET',
      path: '/products/collections',
      version: V,
      query: { altId: req.string(), altType: req.string({ enum: ['location'] as const }), limit: opt.string(), offset: opt.string(), collectionIds: opt.string(), name: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        const ids = query.collectionIds?.split(',').filter(Boolean) ?? [];
        const q = query.name?.trim().toLowerCase();
        const all = [...ext.collections.values()]
          .filter((c) => c.altId === query.altId && (!ids.length || ids.includes(c._id)) && (!q || c.name.toLowerCase().includes(q)))
          .sort(byCreated);
        return { data: page(all, query.offset, query.limit).map(clone), total: all.length };
      },
    }),
    route({
      method: 'POST',
      path: '/products/collections',
      version: V,
      status: 201,
      body: { altId: req.string(), altType: req.string({ enum: ['location'] as const }), name: req.string(), slug: req.string(), collectionId: opt.string(), image: opt.string(), seo: opt.object() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.altId);
        if ([...ext.collections.values()].some((c) => c.altId === body.altId && c.slug === body.slug)) throw badRequest(`A collection with the slug ${body.slug} already exists`);
        const c: CollectionRecord = compact({ _id: body.collectionId ?? newObjectId(), altId: body.altId, name: body.name, slug: body.slug, image: body.image, createdAt: store.now() });
        ext.collections.set(c._id, c);
        return { data: { ...clone(c), image: c.image ?? '', seo: {} } };
      },
    }),
    route({
      method: 'GET',
      path: '/products/collections/{collectionId}',
      version: V,
      query: { altId: req.string() },
      handler: ({ query, ...call }) => ({ data: clone(collectionOf(call, query.altId)), status: true }),
    }),
    route({
      method: 'PUT',
      path: '/products/collections/{collectionId}',
      version: V,
      body: { altId: req.string(), altType: req.string({ enum: ['location'] as const }), name: opt.string(), slug: opt.string(), image: opt.string(), seo: opt.object() },
      handler: ({ body, ...call }) => {
        const c = collectionOf(call, body.altId);
        if (body.slug && [...ext.collections.values()].some((o) => o._id !== c._id && o.altId === body.altId && o.slug === body.slug)) throw badRequest(`A collection with the slug ${body.slug} already exists`);
        ext.collections.set(c._id, compact({ ...c, name: body.name ?? c.name, slug: body.slug ?? c.slug, image: body.image ?? c.image }));
        return { status: true, message: 'Collection updated' };
      },
    }),
    route({
      method: 'DELETE',
      path: '/products/collections/{collectionId}',
      version: V,
      query: { altId: req.string(), altType: req.string({ enum: ['location'] as const }) },
      handler: ({ query, ...call }) => {
        const c = collectionOf(call, query.altId);
        ext.collections.delete(c._id);
        for (const p of ext.products.values()) if (p.collectionIds?.includes(c._id)) p.collectionIds = p.collectionIds.filter((id) => id !== c._id);
        return { status: true, message: 'Collection deleted' };
      },
    }),
    route({
      method: 'GET',
      path: '/products/reviews',
      version: V,
      query: {
        altId: req.string(),
        altType: req.string({ enum: ['location'] as const }),
        limit: opt.string(),
        offset: opt.string(),
        sortField: opt.string({ enum: ['createdAt', 'rating'] as const }),
        sortOrder: opt.string({ enum: ['asc', 'desc'] as const }),
        rating: opt.number(),
        startDate: opt.string(),
        endDate: opt.string(),
        productId: opt.string(),
        storeId: opt.string(),
      },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.altId);
        const products = query.productId?.split(',').filter(Boolean) ?? [];
        const sign = query.sortOrder === 'asc' ? 1 : -1;
        const key = (r: ReviewRecord) => (query.sortField === 'rating' ? String(r.rating).padStart(4, '0') : r.createdAt);
        const all = [...ext.productReviews.values()]
          .filter((r) => r.altId === query.altId && (!products.length || products.includes(r.productId)))
          .filter((r) => query.rating === undefined || r.rating === query.rating)
          .filter((r) => (!query.startDate || r.createdAt >= query.startDate) && (!query.endDate || r.createdAt <= query.endDate))
          .sort((a, b) => sign * (key(a).localeCompare(key(b)) || a._id.localeCompare(b._id)));
        return { data: page(all, query.offset, query.limit).map(clone), total: all.length };
      },
    }),
    route({
      method: 'GET',
      path: '/products/{productId}/price/{priceId}',
      version: V,
      query: { locationId: req.string() },
      handler: ({ query, ...call }) => clone(priceOf(call, query.locationId)),
    }),
    route({
      method: 'PUT',
      path: '/products/{productId}/price/{priceId}',
      version: V,
      body: { ...priceFields, allowOutOfStockPurchases: opt.boolean() },
      handler: ({ body, ...call }) => {
        const price = priceOf(call, body.locationId);
        const { recurring: _recurring, ...fields } = body;
        const next: PriceRecord = compact({ ...price, ...fields, updatedAt: store.now() });
        ext.prices.set(price._id, next);
        return clone(next);
      },
    }),
    route({
      method: 'DELETE',
      path: '/products/{productId}/price/{priceId}',
      version: V,
      query: { locationId: req.string() },
      handler: ({ query, ...call }) => {
        const price = priceOf(call, query.locationId, badRequest);
        ext.prices.delete(price._id);
        return { status: true };
      },
    }),
    route({
      method: 'PUT',
      path: '/products/reviews/{reviewId}',
      version: V,
      body: {
        altId: req.string(),
        altType: req.string({ enum: ['location'] as const }),
        productId: req.string(),
        status: req.string({ enum: ['pending', 'approved', 'rejected'] as const }),
        reply: opt.array(),
        rating: opt.number({ min: 1, max: 5 }),
        headline: opt.string(),
        detail: opt.string(),
      },
      handler: ({ body, ...call }) => {
        const r = reviewOf(call, body);
        const { reply: _reply, altId: _a, altType: _t, ...fields } = body;
        ext.productReviews.set(r._id, { ...r, ...compact(fields), updatedAt: store.now() });
        return { status: true, message: 'Review updated' };
      },
    }),
    route({
      method: 'DELETE',
      path: '/products/reviews/{reviewId}',
      version: V,
      query: { altId: req.string(), altType: req.string({ enum: ['location'] as const }), productId: req.string() },
      handler: ({ query, ...call }) => {
        const r = reviewOf(call, query);
        ext.productReviews.delete(r._id);
        return { status: true, message: 'Review deleted' };
      },
    }),
  ];
}
