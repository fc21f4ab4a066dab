import newProduct from '../../products/new-product';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { productOutputs, productTable } from '../../../src/records/product';

/** Product Created (Instant): HighLevel's ProductCreate event (the product, keyed by `_id`), delivered by the relay. */
export default defineHookTrigger({
  key: 'productCreatedInstant',
  noun: 'Product',
  label: 'Product Created (Instant)',
  description: 'Triggers when a product is added to your products (the ones used on invoices, order forms and the online store).',
  eventTypes: ['ProductCreate'],
  inputs: {},
  ...productOutputs,
  records: eventRecords(productTable.parse),
  poll: newProduct,
});
