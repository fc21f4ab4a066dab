import { priceTrigger } from './price-event';

/** Product Price Updated (Instant): HighLevel's PriceUpdate event, delivered by the relay. */
export default priceTrigger({
  key: 'priceUpdatedInstant',
  label: 'Product Price Updated (Instant)',
  description: 'Triggers when a product\'s price is changed (amount, currency, stock), optionally only for one product.',
  eventType: 'PriceUpdate',
});
