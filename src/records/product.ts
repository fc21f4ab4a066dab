import { locationId, type Ctx } from '../client';
import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t, type Output } from '../record-table';

/**
 * Products and their prices (products.json, Version 2021-07-28). HighLevel keys both by `_id`
 * (`id` is read too). A product answers bare (create, update, get: the spec's
 * `CreateProductResponseDto` and friends are the product itself), a list as `{ products, total }`,
 * prices as `{ prices, total }`.
 */
export const listProductsEndpoint = endpoint('GET', '/products/', '2021-07-28', ['products.readonly']);
export const getProductEndpoint = endpoint('GET', '/products/{productId}', '2021-07-28', ['products.readonly']);
export const listPricesEndpoint = endpoint('GET', '/products/{productId}/price', '2021-07-28', ['products/prices.readonly']);
export const getPriceEndpoint = endpoint('GET', '/products/{productId}/price/{priceId}', '2021-07-28', ['products/prices.readonly']);

export const productTable = defineRecord(
  {
    id: { label: 'Product ID', type: t.text, from: ['_id', 'id'], sample: '655b33a82209e60b6adb87a5', important: true },
    name: { label: 'Product Name', type: t.text, sample: 'Teeth Whitening Kit', important: true },
    productType: { label: 'Product Type', type: t.text, sample: 'PHYSICAL' },
    description: { label: 'Description', type: t.text, sample: 'At-home whitening kit with two trays and four gel syringes.' },
    image: { label: 'Image URL', type: t.text, sample: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/whitening-kit.png' },
    slug: { label: 'Slug', type: t.text, sample: 'teeth-whitening-kit' },
    availableInStore: { label: 'Available in Store', type: t.boolean, sample: true },
    statementDescriptor: { label: 'Statement Descriptor', type: t.text, sample: 'SUNRISE DENTAL' },
    collectionIds: { label: 'Collection IDs', type: t.strings, sample: ['65d71377c326ea78e1c47df5'] },
    isTaxesEnabled: { label: 'Taxes Enabled', type: t.boolean, sample: false },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-15T09:30:00.000Z' },
  },
  { name: 'product' },
);
export type Product = Output<typeof productTable.fields>;

export const productList = productTable.list('products');
/** A product answer: the product itself (the spec's response DTOs are bare products). */
export const productRecord = productTable.one('');
export const productOutputs = productTable.outputs;
export const productShape = productTable.shape;
export const productAnswer = productTable.answer('', 'the product write');

export const priceTable = defineRecord(
  {
    id: { label: 'Price ID', type: t.text, from: ['_id', 'id'], sample: '655b33aa2209e60b6adb87a7', important: true },
    name: { label: 'Price Name', type: t.text, sample: 'Single kit', important: true },
    productId: { label: 'Product ID', type: t.text, from: ['product'], sample: '655b33a82209e60b6adb87a5' },
    type: { label: 'Price Type', type: t.text, sample: 'one_time' },
    amount: { label: 'Amount', type: t.number, sample: 49.5 },
    currency: { label: 'Currency', type: t.text, sample: 'USD' },
    compareAtPrice: { label: 'Compare-at Price', type: t.number, sample: 65 },
    recurringInterval: { label: 'Recurring Interval', type: t.text, from: ['recurring.interval'], sample: null },
    recurringIntervalCount: { label: 'Recurring Interval Count', type: t.integer, from: ['recurring.intervalCount'], sample: null },
    sku: { label: 'SKU', type: t.text, sample: 'WHT-KIT-01' },
    trackInventory: { label: 'Track Inventory', type: t.boolean, sample: true },
    availableQuantity: { label: 'Available Quantity', type: t.number, sample: 24 },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-14T15:04:06.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-14T15:04:06.000Z' },
  },
  { name: 'price' },
);
export const priceList = priceTable.list('prices');
export const priceShape = priceTable.shape;
export const priceAnswer = priceTable.answer('', 'the price write');

/** The Product input, with its dropdown. */
export const productField = (withSearch = true) =>
  f.id({
    label: 'Product',
    required: true,
    dynamic: 'productDropdown.id.name',
    ...(withSearch ? { search: 'findProduct.id' } : {}),
    helpText: 'The product. Pick one from the list, or map a Product ID from an earlier step (e.g. New Product).',
  });

/** The Price input (a price of the Product input above), with its dropdown. */
export const priceField = (helpText: string) => f.id({ label: 'Price', required: true, dynamic: 'productPriceDropdown.id.name', helpText });

/** Every product query names the location (the spec requires `locationId`). */
export const atLocation = (ctx: Ctx) => ({ locationId: locationId(ctx.bundle) });

export const PRODUCT_TYPES = {
  PHYSICAL: 'Physical (shipped)',
  DIGITAL: 'Digital (download)',
  SERVICE: 'Service',
  'PHYSICAL/DIGITAL': 'Physical and digital',
} as const;

/** A product's own fields, all optional (Update; Create makes the name and type required). */
export const productInputs = () => ({
  name: f.text({ label: 'Product Name', helpText: 'The name shown on invoices, order forms and the store, e.g. Teeth Whitening Kit.' }),
  productType: f.choice({ label: 'Product Type', choices: PRODUCT_TYPES, helpText: 'What kind of product it is: physical products can have shipping, digital ones a download.' }),
  description: f.longText({ label: 'Description', helpText: 'A description of the product, shown to buyers.' }),
  image: f.text({ label: 'Image URL', helpText: 'A public URL of the product image, e.g. `https://example.com/kit.png`.' }),
  availableInStore: f.boolean({ label: 'Available in Store', helpText: 'Yes to list the product in the online store; left blank, HighLevel keeps its default (not listed).' }),
  statementDescriptor: f.text({ label: 'Statement Descriptor', helpText: 'The text on the buyer\'s card statement (up to 22 characters), e.g. SUNRISE DENTAL.' }),
  slug: f.text({ label: 'Slug', helpText: 'The product\'s URL slug in the store, e.g. teeth-whitening-kit; blank lets HighLevel make one from the name.' }),
});
