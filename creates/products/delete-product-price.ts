import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { atLocation, productField } from '../../src/records/product';
import { parseResponse } from '../../src/schemas';

/** DELETE /products/{productId}/price/{priceId}?locationId: answers `{ status: true }`. */
export default defineAction({
  key: 'deleteProductPrice',
  noun: 'Price',
  label: 'Delete Product Price',
  description: 'Deletes one price of a product (the product and its other prices stay). This cannot be undone.',
  endpoint: endpoint('DELETE', '/products/{productId}/price/{priceId}', '2021-07-28', ['products/prices.write']),
  inputs: {
    productId: productField(),
    priceId: f.id({ label: 'Price', required: true, dynamic: 'productPriceDropdown.id.name', helpText: 'A price of the product above. Pick one, or map a Price ID from an earlier step.' }),
  },
  request: (_input, ctx) => ({ query: atLocation(ctx) }),
  output: (body, { input }) => ({
    productId: input.productId,
    priceId: input.priceId,
    succeeded: parseResponse(z.looseObject({ status: z.boolean().nullish() }), body ?? {}, 'the price deletion').status ?? true,
  }),
  sample: { productId: '655b33a82209e60b6adb87a5', priceId: '655b33aa2209e60b6adb87a7', succeeded: true },
  outputFields: [
    { key: 'productId', label: 'Product ID' },
    { key: 'priceId', label: 'Deleted Price ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
