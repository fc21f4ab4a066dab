import { defineSearch } from '../../src/operation';
import { atLocation, getProductEndpoint, productField, productOutputs, productRecord } from '../../src/records/product';

/** GET /products/{productId}?locationId: the product by ID (or slug), or no result when there is none. */
export default defineSearch({
  key: 'getProduct',
  noun: 'Product',
  label: 'Find Product By ID',
  description: 'Finds a product by its ID (or its store slug), with its type, description, image and store listing; no result when there is none.',
  endpoint: getProductEndpoint,
  inputs: { productId: productField(false) },
  request: (_input, ctx) => ({ query: atLocation(ctx) }),
  records: (body) => [productRecord(body)],
  ...productOutputs,
});
