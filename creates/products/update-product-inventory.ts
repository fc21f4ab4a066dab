import { z } from 'zod';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { productField } from '../../src/records/product';
import { altLocation } from '../../src/records/window';
import { parseResponse } from '../../src/schemas';

/**
 * POST /products/inventory with one item: `{ altId, altType, items: [{ priceId, availableQuantity,
 * allowOutOfStockPurchases }] }` (stock is kept per price, i.e. per variant). The product is asked
 * for only to fill the Price dropdown; it is not sent. Answers `{ status, message }`.
 */
export default defineAction({
  key: 'updateProductInventory',
  noun: 'Inventory',
  label: 'Update Product Inventory',
  description: 'Updates the stock quantity of one price (variant) of a product, e.g. to keep the store in step with your warehouse or another shop.',
  endpoint: endpoint('POST', '/products/inventory', '2021-07-28', ['products/prices.write']),
  inputs: {
    productId: productField(),
    priceId: f.id({ label: 'Price', required: true, dynamic: 'productPriceDropdown.id.name', helpText: 'The price (variant) of the product above whose stock changes. Pick one, or map a Price ID.' }),
    availableQuantity: f.number({ label: 'Available Quantity', required: true, helpText: 'The number of items in stock now (a whole number, 0 or more); it replaces the current figure.' }),
    allowOutOfStockPurchases: f.boolean({ label: 'Sell When Out of Stock', helpText: 'Yes to keep selling at 0 in stock, no to stop; blank leaves the setting as it is.' }),
  },
  request: ({ productId: _p, ...item }, { bundle }) => {
    if (!(Number.isInteger(item.availableQuantity) && item.availableQuantity >= 0)) {
      throw invalidInput({ key: 'availableQuantity', label: 'Available Quantity' }, `must be a whole number of 0 or more, got ${item.availableQuantity}`);
    }
    return { body: { ...altLocation(bundle), items: [item] } };
  },
  output: (body, { input }) => ({
    priceId: input.priceId,
    availableQuantity: input.availableQuantity,
    succeeded: parseResponse(z.looseObject({ status: z.boolean().nullish() }), body ?? {}, 'the inventory update').status ?? true,
  }),
  sample: { priceId: '655b33aa2209e60b6adb87a7', availableQuantity: 24, succeeded: true },
  outputFields: [
    { key: 'priceId', label: 'Price ID' },
    { key: 'availableQuantity', label: 'Available Quantity', type: 'number' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
