import type { EventType } from '../../../relay/contract';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { f } from '../../../src/fields';
import { priceTable } from '../../../src/records/product';

/**
 * The price triggers (PriceCreate / PriceUpdate / PriceDelete): the price record as Find Product
 * Price by ID and the price dropdown read it, optionally for one product (the relay's `productId`
 * filter, on the event's `product`). No list endpoint gives a location's prices newest first, so
 * samples are the relay's recent events, else the static sample.
 *
 * Decision (docs/webhook-events/PriceCreate.md vs PriceDelete.md): PriceCreate names the price's
 * type `priceType`, read as the price type; PriceDelete's example names it `type`, which in a
 * delivered event is the event type, so a deleted price's type is empty.
 */
export const priceTrigger = (o: { key: string; label: string; description: string; eventType: EventType }) =>
  defineHookTrigger({
    key: o.key,
    noun: 'Price',
    label: o.label,
    description: o.description,
    eventTypes: [o.eventType],
    inputs: {
      productId: f.id({
        label: 'Product',
        dynamic: 'productDropdown.id.name',
        search: 'findProduct.id',
        helpText: 'Only prices of this product. Pick one, or map a Product ID. Leave empty for the prices of every product.',
      }),
    },
    filters: (i) => ({ productId: i.productId }),
    ...priceTable.outputs,
    records: eventRecords(priceTable.parse, { alias: { type: 'priceType' } }),
  });
