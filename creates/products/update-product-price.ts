import { callApi } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { isRecord } from '../../src/record-table';
import { atLocation, getPriceEndpoint, priceAnswer, priceField, priceShape, productField } from '../../src/records/product';

/** The fields of a price as read back that PUT takes again (UpdatePriceDto), where present. */
const KEPT = ['name', 'type', 'currency', 'amount', 'recurring', 'description', 'membershipOffers', 'trialPeriod', 'totalCycles', 'setupFee', 'variantOptionIds', 'compareAtPrice', 'trackInventory', 'availableQuantity', 'allowOutOfStockPurchases', 'sku', 'shippingOptions', 'isDigitalProduct', 'digitalDelivery'] as const;

/**
 * Update Product Price: PUT /products/{productId}/price/{priceId} (UpdatePriceDto requires name,
 * type, currency, amount and locationId, so the PUT replaces the price): the price is read first
 * (GET .../price/{priceId}) and sent whole with the given fields changed. Its type and billing
 * interval stay (a new interval is a new price: Create Product Price). The answer is the price.
 */
export default defineAction({
  key: 'updateProductPrice',
  noun: 'Price',
  label: 'Update Product Price',
  description: 'Updates a price of a product (its amount, name, currency, compare-at price, SKU or description): only the fields you fill in change.',
  endpoint: endpoint('PUT', '/products/{productId}/price/{priceId}', '2021-07-28', ['products/prices.write']),
  inputs: {
    productId: productField(),
    priceId: priceField('The price to change, of the product above. Pick one, or map a Price ID.'),
    amount: f.number({ label: 'Amount', helpText: 'The new price in the currency\'s main unit, e.g. 54.50 (not cents). Unchanged when blank.' }),
    name: f.text({ label: 'Price Name', helpText: 'A new name for this price option, e.g. Single kit. Unchanged when blank.' }),
    currency: f.text({ label: 'Currency', helpText: 'A new three-letter currency code, e.g. USD. Unchanged when blank.' }),
    compareAtPrice: f.number({ label: 'Compare-at Price', helpText: 'A new "was" price shown struck through next to the amount. Unchanged when blank.' }),
    sku: f.text({ label: 'SKU', helpText: 'A new stock-keeping unit code, e.g. WHT-KIT-02. Unchanged when blank.' }),
    description: f.longText({ label: 'Description', helpText: 'A new description of this price option. Unchanged when blank.' }),
  },
  request: async ({ productId, priceId, ...input }, ctx) => {
    if (input.amount !== undefined && input.amount < 0) throw invalidInput({ key: 'amount', label: 'Amount' }, `must be zero or more, got ${input.amount}`);
    if (input.compareAtPrice !== undefined && input.compareAtPrice < 0) throw invalidInput({ key: 'compareAtPrice', label: 'Compare-at Price' }, `must be zero or more, got ${input.compareAtPrice}`);
    if (input.currency !== undefined && !/^[A-Za-z]{3}$/.test(input.currency)) throw invalidInput({ key: 'currency', label: 'Currency' }, `must be a three-letter currency code such as USD, got "${input.currency}"`);
    const current = await callApi(ctx, getPriceEndpoint, { path: { productId, priceId }, query: atLocation(ctx) });
    const cur = isRecord(current) ? current : {};
    const kept = Object.fromEntries(KEPT.filter((k) => cur[k] !== undefined && cur[k] !== null).map((k) => [k, cur[k]]));
    const changed = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    return { body: { ...kept, ...changed, ...(input.currency ? { currency: input.currency.toUpperCase() } : {}), ...atLocation(ctx) } };
  },
  output: priceAnswer,
  ...priceShape,
});
