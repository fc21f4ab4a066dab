import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { productOutputs, productTable } from '../../../src/records/product';

/** Product Deleted (Instant): HighLevel's ProductDelete event (the whole product), delivered by the relay. */
export default defineHookTrigger({
  key: 'productDeletedInstant',
  noun: 'Product',
  label: 'Product Deleted (Instant)',
  description: 'Triggers when a product is deleted, with the product as it was (no polling trigger can see a deletion).',
  eventTypes: ['ProductDelete'],
  inputs: {},
  ...productOutputs,
  records: eventRecords(productTable.parse),
});
