import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { atLocation, PRODUCT_TYPES, productAnswer, productInputs, productShape } from '../../src/records/product';

/**
 * POST /products/ (name, locationId and productType required). HighLevel answers the product
 * itself (`CreateProductResponseDto`). A product has no price of its own: add one with Create
 * Product Price.
 */
export default defineAction({
  key: 'createProduct',
  noun: 'Product',
  label: 'Create Product',
  description: 'Creates a product in your location\'s product catalog, for invoices, order forms and the online store; add its price with Create Product Price.',
  endpoint: endpoint('POST', '/products/', '2021-07-28', ['products.write']),
  inputs: {
    name: f.text({ label: 'Product Name', required: true, helpText: 'The name shown on invoices, order forms and the store, e.g. Teeth Whitening Kit.' }),
    productType: f.choice({ label: 'Product Type', required: true, choices: PRODUCT_TYPES, helpText: 'What kind of product it is: physical products can have shipping, digital ones a download.' }),
    ...(({ name: _n, productType: _t, ...rest }) => rest)(productInputs()),
  },
  request: (input, ctx) => ({ body: { ...atLocation(ctx), ...input } }),
  output: productAnswer,
  ...productShape,
});
