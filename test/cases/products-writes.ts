import type { Call, Case } from '../support/table';

const V = '2021-07-28' as const;
const LOC = { locationId: 'LOC123' };
const ALT = { altId: 'LOC123', altType: 'location' };

const RAW_PRICE = { _id: 'PR1', product: 'P1', locationId: 'LOC123', name: 'Single kit', type: 'one_time', currency: 'USD', amount: 49.5, sku: 'WHT-KIT-01', trackInventory: true, availableQuantity: 24, createdAt: '2025-03-14T15:04:06.000Z', updatedAt: '2025-03-14T15:04:06.000Z' };
const FLAT_PRICE = {
  id: 'PR1', name: 'Single kit', productId: 'P1', type: 'one_time', amount: 49.5, currency: 'USD', compareAtPrice: null, recurringInterval: null, recurringIntervalCount: null,
  sku: 'WHT-KIT-01', trackInventory: true, availableQuantity: 24, locationId: 'LOC123', createdAt: '2025-03-14T15:04:06.000Z', updatedAt: '2025-03-14T15:04:06.000Z',
};
const getPrice: Call = { method: 'GET', path: '/products/P1/price/PR1', version: V, query: LOC, reply: { body: RAW_PRICE } };
const RAW_COLLECTION = { _id: 'col1', altId: 'LOC123', name: 'Whitening', slug: 'whitening', image: 'https://cdn.example.com/whitening.png', createdAt: '2025-02-20T18:49:22.026Z' };

export const productWriteCases: Case[] = [
  {
    name: 'update a price: read, then sent whole with the new amount and compare-at price',
    op: 'creates.updateProductPrice',
    input: { productId: 'P1', priceId: 'PR1', amount: '54.5', compareAtPrice: 65, currency: 'usd' },
    calls: [
      getPrice,
      {
        method: 'PUT', path: '/products/P1/price/PR1', version: V,
        body: { name: 'Single kit', type: 'one_time', currency: 'USD', amount: 54.5, compareAtPrice: 65, trackInventory: true, availableQuantity: 24, sku: 'WHT-KIT-01', locationId: 'LOC123' },
        reply: { body: { ...RAW_PRICE, amount: 54.5, compareAtPrice: 65, updatedAt: '2025-03-16T12:00:00.000Z' } },
      },
    ],
    output: { ...FLAT_PRICE, amount: 54.5, compareAtPrice: 65, updatedAt: '2025-03-16T12:00:00.000Z' },
  },
  { name: 'a negative amount', op: 'creates.updateProductPrice', input: { productId: 'P1', priceId: 'PR1', amount: -1 }, calls: [], error: /"Amount" \(amount\) must be zero or more, got -1/ },
  { name: 'a currency that is not a code', op: 'creates.updateProductPrice', input: { productId: 'P1', priceId: 'PR1', currency: 'dollars' }, calls: [], error: /"Currency" \(currency\) must be a three-letter currency code/ },
  { name: 'the price is required', op: 'creates.updateProductPrice', input: { productId: 'P1' }, calls: [], error: /"Price" \(priceId\) is required/ },
  {
    name: 'a collection by ID',
    op: 'searches.getProductCollection',
    input: { collectionId: 'col1' },
    calls: [{ method: 'GET', path: '/products/collections/col1', version: V, query: { altId: 'LOC123' }, reply: { body: { data: RAW_COLLECTION, status: true } } }],
    output: [{ id: 'col1', name: 'Whitening', slug: 'whitening', image: 'https://cdn.example.com/whitening.png', locationId: 'LOC123', createdAt: '2025-02-20T18:49:22.026Z' }],
  },
  { name: 'a collection by ID, none', op: 'searches.getProductCollection', input: { collectionId: 'nope' }, calls: [{ method: 'GET', path: '/products/collections/nope', version: V, query: { altId: 'LOC123' }, reply: { status: 404, body: { statusCode: 404, message: 'Collection not found' } } }], output: [] },
  {
    name: 'update a collection: only the given fields',
    op: 'creates.updateProductCollection',
    input: { collectionId: 'col1', name: 'Whitening & Care', slug: 'whitening-care' },
    calls: [{ method: 'PUT', path: '/products/collections/col1', version: V, body: { ...ALT, name: 'Whitening & Care', slug: 'whitening-care' }, reply: { body: { status: true, message: 'Collection updated' } } }],
    output: { collectionId: 'col1', succeeded: true },
  },
  { name: 'a collection update with nothing to change', op: 'creates.updateProductCollection', input: { collectionId: 'col1' }, calls: [], error: /"Collection Name" \(name\) or Slug or Image URL is required/ },
  { name: 'a slug with spaces', op: 'creates.updateProductCollection', input: { collectionId: 'col1', slug: 'Whitening Care' }, calls: [], error: /"Slug" \(slug\) must be lowercase letters, digits and dashes, got "Whitening Care"/ },
  {
    name: 'review dropdown: rating, headline and reviewer, newest first',
    op: 'triggers.productReviewDropdown',
    calls: [{
      method: 'GET', path: '/products/reviews', version: V, query: { ...ALT, limit: '100', offset: '0', sortField: 'createdAt', sortOrder: 'desc' },
      reply: { body: { data: [{ _id: 'R1', altId: 'LOC123', productId: 'P1', rating: 5, headline: 'Whiter teeth in a week', status: 'pending', user: { name: 'Rosa Delgado', email: 'rosa@example.com' } }, { _id: 'R0', rating: 2 }], total: 2 } },
    }],
    output: [{ id: 'R1', name: '5★ Whiter teeth in a week by Rosa Delgado' }, { id: 'R0', name: '2★ R0' }],
  },
  {
    name: 'approve a review and fix its headline',
    op: 'creates.updateProductReview',
    input: { reviewId: 'R1', productId: 'P1', status: 'approved', headline: 'Whiter teeth in one week', rating: '5' },
    calls: [{ method: 'PUT', path: '/products/reviews/R1', version: V, body: { ...ALT, productId: 'P1', status: 'approved', rating: 5, headline: 'Whiter teeth in one week' }, reply: { body: { status: true, message: 'Review updated' } } }],
    output: { reviewId: 'R1', status: 'approved', succeeded: true },
  },
  { name: 'a rating out of range', op: 'creates.updateProductReview', input: { reviewId: 'R1', productId: 'P1', status: 'approved', rating: 6 }, calls: [], error: /"Rating" \(rating\) must be a whole number from 1 to 5, got 6/ },
  { name: 'the status is required', op: 'creates.updateProductReview', input: { reviewId: 'R1', productId: 'P1' }, calls: [], error: /"Status" \(status\) is required/ },
  {
    name: 'delete a review',
    op: 'creates.deleteProductReview',
    input: { reviewId: 'R1', productId: 'P1' },
    calls: [{ method: 'DELETE', path: '/products/reviews/R1', version: V, query: { ...ALT, productId: 'P1' }, reply: { body: { status: true, message: 'Review deleted' } } }],
    output: { reviewId: 'R1', succeeded: true },
  },
  { name: 'deleting a review needs its product', op: 'creates.deleteProductReview', input: { reviewId: 'R1' }, calls: [], error: /"Product" \(productId\) is required/ },
];

const ORDER_PAY = '/payments/orders/O1/record-payment';
/** Record Order Payment (payments.json), next to the product writes. */
export const orderPaymentCases: Case[] = [
  {
    name: 'a card payment with its brand and last digits, partial',
    op: 'creates.recordOrderPayment',
    input: { orderId: 'O1', mode: 'card', amount: '40', isPartialPayment: 'yes', cardType: 'visa', cardLast4: '4242', notes: 'Paid at the front desk' },
    calls: [{ method: 'POST', path: ORDER_PAY, version: V, body: { ...ALT, mode: 'card', amount: 40, isPartialPayment: true, notes: 'Paid at the front desk', card: { type: 'visa', last4: '4242' } }, reply: { body: { success: true } } }],
    output: { orderId: 'O1', mode: 'card', amount: 40, succeeded: true },
  },
  {
    name: 'a cheque for the open balance',
    op: 'creates.recordOrderPayment',
    input: { orderId: 'O1', mode: 'cheque', chequeNumber: '1042' },
    calls: [{ method: 'POST', path: ORDER_PAY, version: V, body: { ...ALT, mode: 'cheque', cheque: { number: '1042' } }, reply: { body: { success: true } } }],
    output: { orderId: 'O1', mode: 'cheque', amount: null, succeeded: true },
  },
  { name: 'a card payment needs the last 4 digits', op: 'creates.recordOrderPayment', input: { orderId: 'O1', mode: 'card', cardType: 'visa', cardLast4: '42' }, calls: [], error: /"Card Last 4 Digits" \(cardLast4\) must be four digits for a Card payment, got "42"/ },
  { name: 'a cheque needs its number', op: 'creates.recordOrderPayment', input: { orderId: 'O1', mode: 'cheque' }, calls: [], error: /"Cheque Number" \(chequeNumber\) is required for a Cheque payment/ },
  { name: 'a zero amount', op: 'creates.recordOrderPayment', input: { orderId: 'O1', mode: 'cash', amount: 0 }, calls: [], error: /"Amount" \(amount\) must be more than 0, got 0/ },
  { name: 'an unknown method', op: 'creates.recordOrderPayment', input: { orderId: 'O1', mode: 'crypto' }, calls: [], error: /"Payment Method" \(mode\) must be one of cash, card, cheque, bank_transfer, other/ },
];

const RAW_FULFILLMENT = {
  _id: 'F1', altId: 'LOC123', altType: 'location',
  trackings: [{ trackingNumber: '1Z999AA10123456784', shippingCarrier: 'UPS', trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784' }],
  items: [{ _id: 'PR1', name: 'Teeth Whitening Kit', product: {}, price: {}, qty: 2 }],
  createdAt: '2025-03-15T10:12:00.000Z', updatedAt: '2025-03-15T10:12:00.000Z',
};
const FLAT_FULFILLMENT = {
  id: 'F1', trackingNumber: '1Z999AA10123456784', shippingCarrier: 'UPS', trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
  itemNames: ['Teeth Whitening Kit'], priceIds: ['PR1'], locationId: 'LOC123', createdAt: '2025-03-15T10:12:00.000Z', updatedAt: '2025-03-15T10:12:00.000Z',
};
/** Order fulfillments (payments.json). */
export const fulfillmentCases: Case[] = [
  {
    name: 'ship two of one price with UPS tracking, the buyer notified',
    op: 'creates.createOrderFulfillment',
    input: { orderId: 'O1', items: [{ priceId: 'PR1', qty: '2' }, { priceId: '', qty: '' }], trackingNumber: '1Z999AA10123456784', shippingCarrier: 'UPS', trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784', notifyCustomer: 'true' },
    calls: [{
      method: 'POST', path: '/payments/orders/O1/fulfillments', version: V,
      body: { ...ALT, trackings: [{ trackingNumber: '1Z999AA10123456784', shippingCarrier: 'UPS', trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784' }], items: [{ priceId: 'PR1', qty: 2 }], notifyCustomer: true },
      reply: { body: { status: true, data: RAW_FULFILLMENT } },
    }],
    output: FLAT_FULFILLMENT,
  },
  {
    name: 'no tracking, quantity 1 when blank, not notified',
    op: 'creates.createOrderFulfillment',
    input: { orderId: 'O1', items: { priceId: 'PR1' } },
    calls: [{ method: 'POST', path: '/payments/orders/O1/fulfillments', version: V, body: { ...ALT, trackings: [], items: [{ priceId: 'PR1', qty: 1 }], notifyCustomer: false }, reply: { body: { status: true, data: { ...RAW_FULFILLMENT, trackings: [] } } } }],
    output: { ...FLAT_FULFILLMENT, trackingNumber: null, shippingCarrier: null, trackingUrl: null },
  },
  { name: 'the items are required', op: 'creates.createOrderFulfillment', input: { orderId: 'O1', items: [{ priceId: '', qty: '' }] }, calls: [], error: /"Items" \(items\) needs at least one item with a Price ID/ },
  { name: 'a quantity that is not whole', op: 'creates.createOrderFulfillment', input: { orderId: 'O1', items: [{ priceId: 'PR1', qty: '1.5' }] }, calls: [], error: /"Items" \(items\) row 1: the Quantity must be a whole number of 1 or more, got "1.5"/ },
  {
    name: 'the fulfillments of an order',
    op: 'searches.findOrderFulfillments',
    input: { orderId: 'O1' },
    calls: [{ method: 'GET', path: '/payments/orders/O1/fulfillments', version: V, query: ALT, reply: { body: { status: true, data: [RAW_FULFILLMENT] } } }],
    output: [FLAT_FULFILLMENT],
  },
  { name: 'an order without fulfillments', op: 'searches.findOrderFulfillments', input: { orderId: 'O1' }, calls: [{ method: 'GET', path: '/payments/orders/O1/fulfillments', version: V, query: ALT, reply: { body: { status: true, data: [] } } }], output: [] },
];
