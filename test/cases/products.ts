import type { Call, Case } from '../support/table';
import { notFoundReply, refused } from './builders';

const V = '2021-07-28' as const;
const LOC = { locationId: 'LOC123' };

/** The product's fields that HighLevel answers and the step outputs under the same names. */
const KIT = {
  name: 'Teeth Whitening Kit',
  productType: 'PHYSICAL',
  description: 'At-home whitening kit.',
  image: 'https://storage.googleapis.com/msgsndr/LOC123/media/kit.png',
  slug: 'teeth-whitening-kit',
  availableInStore: true,
  statementDescriptor: 'SUNRISE DENTAL',
  collectionIds: ['col1'],
  isTaxesEnabled: false,
};
const KIT_TIMES = { createdAt: '2025-03-14T15:04:05.000Z', updatedAt: '2025-03-15T09:30:00.000Z' };
const RAW_PRODUCT = { _id: 'P1', locationId: 'LOC123', ...KIT, variants: [], ...KIT_TIMES };
const FLAT_PRODUCT = { id: 'P1', ...KIT, locationId: 'LOC123', ...KIT_TIMES };
/** An older product with only what the spec requires. */
const RAW_PLAN = { _id: 'P0', locationId: 'LOC123', name: 'Smile Membership', productType: 'SERVICE', createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-16T08:00:00.000Z' };
const FLAT_PLAN = {
  id: 'P0', name: 'Smile Membership', productType: 'SERVICE', description: null, image: null, slug: null, availableInStore: null, statementDescriptor: null,
  collectionIds: [], isTaxesEnabled: null, locationId: 'LOC123', createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-16T08:00:00.000Z',
};
const RAW_PRICE = { _id: 'PR1', product: 'P1', locationId: 'LOC123', name: 'Single kit', type: 'one_time', currency: 'USD', amount: 49.5, createdAt: '2025-03-14T15:04:06.000Z', updatedAt: '2025-03-14T15:04:06.000Z' };
const FLAT_PRICE = {
  id: 'PR1', name: 'Single kit', productId: 'P1', type: 'one_time', amount: 49.5, currency: 'USD', compareAtPrice: null, recurringInterval: null, recurringIntervalCount: null,
  sku: null, trackInventory: null, availableQuantity: null, locationId: 'LOC123', createdAt: '2025-03-14T15:04:06.000Z', updatedAt: '2025-03-14T15:04:06.000Z',
};

const list = (query: Record<string, string>, products: unknown[], total = products.length): Call => ({
  method: 'GET', path: '/products/', version: V, query: { ...LOC, ...query }, reply: { body: { products, total: [{ total }] } },
});
const getP1: Call = { method: 'GET', path: '/products/P1', version: V, query: LOC, reply: { body: RAW_PRODUCT } };

export const productCases: Case[] = [
  /* ------------------------------ triggers ------------------------------ */
  {
    name: 'newest first, one request per poll',
    op: 'triggers.newProduct',
    calls: [list({ limit: '100', offset: '0', sortOrder: 'desc' }, [RAW_PRODUCT, RAW_PLAN])],
    output: [FLAT_PRODUCT, FLAT_PLAN],
  },
  {
    name: 'a sample asks for a few',
    op: 'triggers.newProduct',
    meta: { isLoadingSample: true },
    calls: [list({ limit: '3', offset: '0', sortOrder: 'desc' }, [RAW_PRODUCT])],
    output: [FLAT_PRODUCT],
  },
  {
    name: 'a product of an unexpected shape is reported, not crashed on',
    op: 'triggers.newProduct',
    calls: [list({ limit: '100', offset: '0', sortOrder: 'desc' }, [{ name: 'no id' }])],
    error: /HighLevel answered the product list with an unexpected response at "products\.0\.id": the product has no id/,
  },
  {
    name: 'sorted by update time, the change id is the product id and its update time',
    op: 'triggers.updatedProduct',
    calls: [list({ limit: '100', offset: '0', sortOrder: 'desc' }, [RAW_PRODUCT, RAW_PLAN])],
    output: [
      { ...FLAT_PLAN, productId: 'P0', id: 'P0:2025-03-16T08:00:00.000Z' },
      { ...FLAT_PRODUCT, productId: 'P1', id: 'P1:2025-03-15T09:30:00.000Z' },
    ],
  },
  {
    name: 'reads every page of a full catalog before sorting',
    op: 'triggers.updatedProduct',
    calls: [
      list({ limit: '100', offset: '0', sortOrder: 'desc' }, Array.from({ length: 100 }, (_x, i) => ({ ...RAW_PLAN, _id: `X${i}`, updatedAt: '2025-01-01T00:00:00.000Z' }))),
      list({ limit: '100', offset: '100', sortOrder: 'desc' }, [RAW_PRODUCT]),
    ],
    output: [
      { ...FLAT_PRODUCT, productId: 'P1', id: 'P1:2025-03-15T09:30:00.000Z' },
      ...Array.from({ length: 100 }, (_x, i) => ({ ...FLAT_PLAN, id: `X${i}:2025-01-01T00:00:00.000Z`, productId: `X${i}`, updatedAt: '2025-01-01T00:00:00.000Z' })),
    ],
  },
  {
    name: 'a sample of a full catalog is the 3 most recently updated of every page, not 3 of the first',
    op: 'triggers.updatedProduct',
    meta: { isLoadingSample: true },
    calls: [
      list({ limit: '100', offset: '0', sortOrder: 'desc' }, Array.from({ length: 100 }, (_x, i) => ({ ...RAW_PLAN, _id: `X${i}`, updatedAt: '2025-01-01T00:00:00.000Z' }))),
      list({ limit: '100', offset: '100', sortOrder: 'desc' }, [RAW_PRODUCT, RAW_PLAN]),
    ],
    output: [
      { ...FLAT_PLAN, productId: 'P0', id: 'P0:2025-03-16T08:00:00.000Z' },
      { ...FLAT_PRODUCT, productId: 'P1', id: 'P1:2025-03-15T09:30:00.000Z' },
      { ...FLAT_PLAN, id: 'X0:2025-01-01T00:00:00.000Z', productId: 'X0', updatedAt: '2025-01-01T00:00:00.000Z' },
    ],
  },
  {
    name: 'dropdown: name by id, pages with offset',
    op: 'triggers.productDropdown',
    meta: { page: 1 },
    calls: [list({ limit: '100', offset: '100', sortOrder: 'desc' }, [RAW_PRODUCT])],
    output: [{ id: 'P1', name: 'Teeth Whitening Kit' }],
  },
  {
    name: 'price dropdown: the chosen product\'s prices with their amounts',
    op: 'triggers.productPriceDropdown',
    input: { productId: 'P1' },
    calls: [{ method: 'GET', path: '/products/P1/price', version: V, query: { ...LOC, limit: '100', offset: '0' }, reply: { body: { prices: [RAW_PRICE, { _id: 'PR2', name: 'Free sample', type: 'one_time', currency: 'USD' }], total: 2 } } }],
    output: [{ id: 'PR1', name: 'Single kit (49.5 USD)' }, { id: 'PR2', name: 'Free sample' }],
  },
  { name: 'price dropdown needs a product', op: 'triggers.productPriceDropdown', calls: [], error: /"Product" \(productId\) is required/ },

  {
    name: 'reviews newest first, one request per poll; the reviewer from user',
    op: 'triggers.newProductReview',
    calls: [{
      method: 'GET', path: '/products/reviews', version: V, query: { altId: 'LOC123', altType: 'location', limit: '100', offset: '0', sortField: 'createdAt', sortOrder: 'desc' },
      reply: { body: { data: [
        { _id: 'R2', altId: 'LOC123', productId: 'P1', rating: 5, headline: 'Whiter teeth in a week', detail: 'Easy to use.', status: 'approved', user: { name: 'Rosa Delgado', email: 'rosa@example.com', isCustomer: true }, createdAt: '2025-03-15T17:20:00.000Z' },
        { _id: 'R1', productId: 'P1', rating: '2', comment: 'Trays too big.', user: { name: 'Sam Ruiz', email: 'sam@example.com' }, createdAt: '2025-03-10T08:00:00.000Z' },
      ], total: 2 } },
    }],
    output: [
      { id: 'R2', rating: 5, headline: 'Whiter teeth in a week', detail: 'Easy to use.', status: 'approved', productId: 'P1', reviewerName: 'Rosa Delgado', reviewerEmail: 'rosa@example.com', reviewerPhone: null, isCustomer: true, locationId: 'LOC123', createdAt: '2025-03-15T17:20:00.000Z' },
      { id: 'R1', rating: 2, headline: null, detail: 'Trays too big.', status: null, productId: 'P1', reviewerName: 'Sam Ruiz', reviewerEmail: 'sam@example.com', reviewerPhone: null, isCustomer: null, locationId: null, createdAt: '2025-03-10T08:00:00.000Z' },
    ],
  },

  /* ------------------------------ actions ------------------------------ */
  {
    name: 'create sends the location and the filled fields',
    op: 'creates.createProduct',
    input: { name: 'Teeth Whitening Kit', productType: 'PHYSICAL', description: 'At-home whitening kit.', availableInStore: 'yes' },
    calls: [{ method: 'POST', path: '/products/', version: V, body: { locationId: 'LOC123', name: 'Teeth Whitening Kit', productType: 'PHYSICAL', description: 'At-home whitening kit.', availableInStore: true }, reply: { status: 201, body: RAW_PRODUCT } }],
    output: FLAT_PRODUCT,
  },
  refused('create needs a name', 'creates.createProduct', { productType: 'PHYSICAL' }, /"Product Name" \(name\) is required/),
  refused('create refuses an unknown type', 'creates.createProduct', { name: 'Kit', productType: 'GADGET' }, /"Product Type" \(productType\) must be one of PHYSICAL, DIGITAL, SERVICE, PHYSICAL\/DIGITAL, got "GADGET"/),
  {
    name: 'update with name and type sends them at once',
    op: 'creates.updateProduct',
    input: { productId: 'P1', name: 'Whitening Kit Deluxe', productType: 'PHYSICAL' },
    calls: [{ method: 'PUT', path: '/products/P1', version: V, body: { name: 'Whitening Kit Deluxe', productType: 'PHYSICAL', locationId: 'LOC123' }, reply: { body: { ...RAW_PRODUCT, name: 'Whitening Kit Deluxe' } } }],
    output: { ...FLAT_PRODUCT, name: 'Whitening Kit Deluxe' },
  },
  {
    name: 'update fills the required name and type from the product as it is',
    op: 'creates.updateProduct',
    input: { productId: 'P1', description: 'Now with three trays.' },
    calls: [getP1, { method: 'PUT', path: '/products/P1', version: V, body: { description: 'Now with three trays.', locationId: 'LOC123', name: 'Teeth Whitening Kit', productType: 'PHYSICAL' }, reply: { body: { ...RAW_PRODUCT, description: 'Now with three trays.' } } }],
    output: { ...FLAT_PRODUCT, description: 'Now with three trays.' },
  },
  refused('update with nothing to change', 'creates.updateProduct', { productId: 'P1' }, /"Product" \(productId\) needs at least one field to change/),
  refused('update refuses an ID with a slash', 'creates.updateProduct', { productId: 'P1/../x', name: 'X' }, /"Product" \(productId\) must be a HighLevel ID without "\/", "\\", "\?" or "#"/),
  {
    name: 'delete',
    op: 'creates.deleteProduct',
    input: { productId: 'P1' },
    calls: [{ method: 'DELETE', path: '/products/P1', version: V, query: LOC, reply: { body: { status: true } } }],
    output: { productId: 'P1', succeeded: true },
  },
  { name: 'delete needs a product', op: 'creates.deleteProduct', calls: [], error: /"Product" \(productId\) is required/ },
  {
    name: 'one-time price',
    op: 'creates.createProductPrice',
    input: { productId: 'P1', name: 'Single kit', amount: '49.50', currency: 'usd', type: 'one_time' },
    calls: [{ method: 'POST', path: '/products/P1/price', version: V, body: { name: 'Single kit', amount: 49.5, currency: 'USD', type: 'one_time', locationId: 'LOC123' }, reply: { status: 201, body: RAW_PRICE } }],
    output: FLAT_PRICE,
  },
  {
    name: 'recurring price sends its interval (count 1 when blank)',
    op: 'creates.createProductPrice',
    input: { productId: 'P1', name: 'Monthly', amount: 29, currency: 'USD', type: 'recurring', interval: 'month' },
    calls: [{
      method: 'POST', path: '/products/P1/price', version: V,
      body: { name: 'Monthly', amount: 29, currency: 'USD', type: 'recurring', recurring: { interval: 'month', intervalCount: 1 }, locationId: 'LOC123' },
      reply: { status: 201, body: { ...RAW_PRICE, _id: 'PR3', name: 'Monthly', type: 'recurring', amount: 29, recurring: { interval: 'month', intervalCount: 1 } } },
    }],
    output: { ...FLAT_PRICE, id: 'PR3', name: 'Monthly', type: 'recurring', amount: 29, recurringInterval: 'month', recurringIntervalCount: 1 },
  },
  refused('a recurring price needs its interval', 'creates.createProductPrice', { productId: 'P1', name: 'Monthly', amount: 29, currency: 'USD', type: 'recurring' }, /"Billing Interval" \(interval\) is required for a recurring price/),
  refused('a negative amount is refused', 'creates.createProductPrice', { productId: 'P1', name: 'X', amount: -1, currency: 'USD', type: 'one_time' }, /"Amount" \(amount\) must be zero or more, got -1/),
  refused('an amount that is not a number is refused', 'creates.createProductPrice', { productId: 'P1', name: 'X', amount: '49,50', currency: 'USD', type: 'one_time' }, /"Amount" \(amount\) must be a number, got "49,50"/),
  refused('a currency that is not a code is refused', 'creates.createProductPrice', { productId: 'P1', name: 'X', amount: 1, currency: 'dollars', type: 'one_time' }, /"Currency" \(currency\) must be a three-letter currency code such as USD, got "dollars"/),
  refused('a fractional interval count is refused', 'creates.createProductPrice', { productId: 'P1', name: 'X', amount: 1, currency: 'USD', type: 'recurring', interval: 'month', intervalCount: 1.5 }, /"Intervals Between Charges" \(intervalCount\) must be a whole number of 1 or more, got 1.5/),
  {
    name: 'inventory: one price\'s stock; the product is not sent',
    op: 'creates.updateProductInventory',
    input: { productId: 'P1', priceId: 'PR1', availableQuantity: '24', allowOutOfStockPurchases: 'no' },
    calls: [{ method: 'POST', path: '/products/inventory', version: V, body: { altId: 'LOC123', altType: 'location', items: [{ priceId: 'PR1', availableQuantity: 24, allowOutOfStockPurchases: false }] }, reply: { status: 201, body: { status: true, message: 'Successfully updated' } } }],
    output: { priceId: 'PR1', availableQuantity: 24, succeeded: true },
  },
  refused('inventory refuses a negative or fractional quantity', 'creates.updateProductInventory', { productId: 'P1', priceId: 'PR1', availableQuantity: 2.5 }, /"Available Quantity" \(availableQuantity\) must be a whole number of 0 or more, got 2.5/),
  refused('inventory needs the quantity', 'creates.updateProductInventory', { productId: 'P1', priceId: 'PR1' }, /"Available Quantity" \(availableQuantity\) is required/),
  {
    name: 'delete a price',
    op: 'creates.deleteProductPrice',
    input: { productId: 'P1', priceId: 'PR1' },
    calls: [{ method: 'DELETE', path: '/products/P1/price/PR1', version: V, query: LOC, reply: { body: { status: true } } }],
    output: { productId: 'P1', priceId: 'PR1', succeeded: true },
  },
  refused('delete a price needs the price', 'creates.deleteProductPrice', { productId: 'P1' }, /"Price" \(priceId\) is required/),

  {
    name: 'a collection with its slug made from the name',
    op: 'creates.createProductCollection',
    input: { name: 'Whitening & Bleaching' },
    calls: [{
      method: 'POST', path: '/products/collections', version: V, body: { altId: 'LOC123', altType: 'location', name: 'Whitening & Bleaching', slug: 'whitening-bleaching' },
      reply: { status: 201, body: { data: { _id: 'col1', altId: 'LOC123', name: 'Whitening & Bleaching', slug: 'whitening-bleaching', image: '', seo: {}, createdAt: '2025-03-14T15:04:05.000Z' } } },
    }],
    output: { id: 'col1', name: 'Whitening & Bleaching', slug: 'whitening-bleaching', image: '', locationId: 'LOC123', createdAt: '2025-03-14T15:04:05.000Z' },
  },
  refused('a collection slug with spaces is refused', 'creates.createProductCollection', { name: 'Whitening', slug: 'white ning' }, /"Slug" \(slug\) must give a slug of lowercase letters, digits and dashes, got "white ning"/),
  {
    name: 'delete a collection',
    op: 'creates.deleteProductCollection',
    input: { collectionId: 'col1' },
    calls: [{ method: 'DELETE', path: '/products/collections/col1', version: V, query: { altId: 'LOC123', altType: 'location' }, reply: { body: { status: true, message: 'Collection deleted' } } }],
    output: { collectionId: 'col1', succeeded: true },
  },
  {
    name: 'collection dropdown',
    op: 'triggers.productCollectionDropdown',
    calls: [{ method: 'GET', path: '/products/collections', version: V, query: { altId: 'LOC123', altType: 'location', limit: '100', offset: '0' }, reply: { body: { data: [{ _id: 'col1', altId: 'LOC123', name: 'Whitening', slug: 'whitening' }], total: 1 } } }],
    output: [{ id: 'col1', name: 'Whitening' }],
  },

  /* ------------------------------ searches ------------------------------ */
  {
    name: 'a price by ID',
    op: 'searches.getProductPrice',
    input: { productId: 'P1', priceId: 'PR1' },
    calls: [{ method: 'GET', path: '/products/P1/price/PR1', version: V, query: LOC, reply: { body: RAW_PRICE } }],
    output: [FLAT_PRICE],
  },
  refused('a price needs its product', 'searches.getProductPrice', { priceId: 'PR1' }, /"Product" \(productId\) is required/),
  { name: 'by ID', op: 'searches.getProduct', input: { productId: 'P1' }, calls: [getP1], output: [FLAT_PRODUCT] },
  { name: 'by ID, none', op: 'searches.getProduct', input: { productId: 'nope' }, calls: [{ method: 'GET', path: '/products/nope', version: V, query: LOC, reply: notFoundReply('Product not found') }], output: [] },
  {
    name: 'by name: HighLevel\'s partial matches are narrowed to the exact name, any case',
    op: 'searches.findProduct',
    input: { name: ' teeth whitening kit ' },
    calls: [list({ search: 'teeth whitening kit', limit: '100', offset: '0' }, [{ ...RAW_PLAN, _id: 'P9', name: 'Teeth Whitening Kit Refill' }, RAW_PRODUCT])],
    output: [FLAT_PRODUCT],
  },
  { name: 'by name, none', op: 'searches.findProduct', input: { name: 'Floss' }, calls: [list({ search: 'Floss', limit: '100', offset: '0' }, [])], output: [] },
  { name: 'by name needs the name', op: 'searches.findProduct', calls: [], error: /"Product Name" \(name\) is required/ },
];
