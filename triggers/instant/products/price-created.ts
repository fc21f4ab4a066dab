import { priceTrigger } from './price-event';

/** Product Price Created (Instant): HighLevel's PriceCreate event, delivered by the relay. */
export default priceTrigger({
  key: 'priceCreatedInstant',
  label: 'Product Price Created (Instant)',
  description: 'Triggers when a price is added to a product (optionally only for one product).',
  eventType: 'PriceCreate',
});
