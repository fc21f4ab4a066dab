import { defineListTrigger, pollLimit } from '../../src/operation';
import { atLocation, listProductsEndpoint, productList, productOutputs } from '../../src/records/product';

/**
 * New Product: GET /products/?locationId&limit&offset=0&sortOrder=desc, newest first (the spec's
 * `sortOrder` is "the order of sort which should be applied for the date": the creation date),
 * one request per poll. Zapier dedupes on the product id, so each product fires once.
 */
export default defineListTrigger({
  key: 'newProduct',
  noun: 'Product',
  label: 'New Product',
  description: 'Triggers when a product is added to your location\'s products (the ones used on invoices, order forms and the online store).',
  endpoint: listProductsEndpoint,
  inputs: {},
  request: (_input, ctx) => ({ query: { ...atLocation(ctx), limit: pollLimit(ctx.bundle), offset: 0, sortOrder: 'desc' } }),
  records: productList,
  ...productOutputs,
});
