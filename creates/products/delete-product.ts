import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { atLocation, productField } from '../../src/records/product';
import { parseResponse } from '../../src/schemas';

/** DELETE /products/{productId}?locationId: answers `{ status: true }`. */
export default defineAction({
  key: 'deleteProduct',
  noun: 'Product',
  label: 'Delete Product',
  description: 'Deletes a product and its prices from your product catalog (past invoices and orders keep their line items). This cannot be undone.',
  endpoint: endpoint('DELETE', '/products/{productId}', '2021-07-28', ['products.write']),
  inputs: { productId: productField() },
  request: (_input, ctx) => ({ query: atLocation(ctx) }),
  output: (body, { input }) => ({
    productId: input.productId,
    succeeded: parseResponse(z.looseObject({ status: z.boolean().nullish() }), body ?? {}, 'the product deletion').status ?? true,
  }),
  sample: { productId: '655b33a82209e60b6adb87a5', succeeded: true },
  outputFields: [
    { key: 'productId', label: 'Deleted Product ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
