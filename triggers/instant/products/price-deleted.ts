import { priceTrigger } from './price-event';

/** Product Price Deleted (Instant): HighLevel's PriceDelete event, delivered by the relay. */
export default priceTrigger({
  key: 'priceDeletedInstant',
  label: 'Product Price Deleted (Instant)',
  description: 'Triggers when a price is removed from a product (optionally only for one product), with the price as it was.',
  eventType: 'PriceDelete',
});
