import { callApi } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';
import { atLocation, getProductEndpoint, productAnswer, productField, productInputs, productRecord, productShape } from '../../src/records/product';

/**
 * PUT /products/{productId}. The spec requires name, locationId and productType on every update,
 * so a blank Name or Type is filled from the product as it is now (GET /products/{productId}
 * first, only when one of them is blank); the other fields are sent only when filled in.
 */
export default defineAction({
  key: 'updateProduct',
  noun: 'Product',
  label: 'Update Product',
  description: 'Updates a product\'s name, type, description, image or store listing. Only the fields you fill in are changed.',
  endpoint: endpoint('PUT', '/products/{productId}', '2021-07-28', ['products.write']),
  inputs: { productId: productField(), ...productInputs() },
  request: async ({ productId, ...fields }, ctx) => {
    if (Object.values(fields).every((v) => v === undefined)) {
      throw invalidInput({ key: 'productId', label: 'Product' }, 'needs at least one field to change; all fields are empty');
    }
    let { name, productType } = fields;
    if (name === undefined || productType === undefined) {
      const now = productRecord(await callApi(ctx, getProductEndpoint, { path: { productId }, query: atLocation(ctx) }));
      name ??= now.name ?? undefined;
      productType ??= (now.productType ?? undefined) as typeof productType;
    }
    return { body: { ...fields, ...atLocation(ctx), name, productType } };
  },
  output: productAnswer,
  ...productShape,
});
