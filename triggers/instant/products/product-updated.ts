import newProduct from '../../products/new-product';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { productOutputs, productTable } from '../../../src/records/product';

/**
 * Product Updated (Instant): HighLevel's ProductUpdate event, delivered by the relay. Its output is
 * the product record (as New Product gives it; the product's own ID in `id`), so samples come from
 * the newest products.
 */
export default defineHookTrigger({
  key: 'productUpdatedInstant',
  noun: 'Product',
  label: 'Product Updated (Instant)',
  description: 'Triggers when a product is changed (name, type, description, store listing).',
  eventTypes: ['ProductUpdate'],
  inputs: {},
  ...productOutputs,
  records: eventRecords(productTable.parse),
  poll: newProduct,
});
