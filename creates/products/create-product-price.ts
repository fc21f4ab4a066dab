import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { atLocation, priceAnswer, priceShape, productField } from '../../src/records/product';

const INTERVALS = { day: 'Daily', week: 'Weekly', month: 'Monthly', year: 'Yearly' } as const;

/**
 * POST /products/{productId}/price (name, type, currency, amount and locationId required; a
 * recurring price also needs `recurring: { interval, intervalCount }`). Amounts are in the
 * currency's main unit (49.50), as HighLevel's invoices and orders give them.
 */
export default defineAction({
  key: 'createProductPrice',
  noun: 'Price',
  label: 'Create Product Price',
  description: 'Adds a price to a product: a one-time price, or a recurring one (billed every day, week, month or year) for subscriptions.',
  endpoint: endpoint('POST', '/products/{productId}/price', '2021-07-28', ['products/prices.write']),
  inputs: {
    productId: productField(),
    name: f.text({ label: 'Price Name', required: true, helpText: 'The name of this price option, e.g. Single kit or Monthly plan.' }),
    amount: f.number({ label: 'Amount', required: true, helpText: 'The price in the currency\'s main unit, e.g. 49.50 (not cents). Zero or more.' }),
    currency: f.text({ label: 'Currency', required: true, default: 'USD', helpText: 'The three-letter currency code, e.g. USD, EUR or GBP.' }),
    type: f.choice({ label: 'Price Type', required: true, default: 'one_time', choices: { one_time: 'One-time', recurring: 'Recurring (subscription)' }, helpText: 'One-time, or recurring for a subscription (then set the interval below).' }),
    interval: f.choice({ label: 'Billing Interval', choices: INTERVALS, helpText: 'For recurring prices only (required then): how often the buyer is billed.' }),
    intervalCount: f.number({ label: 'Intervals Between Charges', helpText: 'For recurring prices: bill every this many intervals, e.g. 3 with Monthly for quarterly. Blank means 1.' }),
    compareAtPrice: f.number({ label: 'Compare-at Price', helpText: 'An optional higher "was" price shown struck through next to the amount.' }),
    sku: f.text({ label: 'SKU', helpText: 'Your stock-keeping unit code for this price, e.g. WHT-KIT-01.' }),
    description: f.longText({ label: 'Description', helpText: 'A short description of this price option.' }),
  },
  request: ({ productId: _p, interval, intervalCount, ...input }, ctx) => {
    if (input.amount < 0) throw invalidInput({ key: 'amount', label: 'Amount' }, `must be zero or more, got ${input.amount}`);
    if (!/^[A-Za-z]{3}$/.test(input.currency)) throw invalidInput({ key: 'currency', label: 'Currency' }, `must be a three-letter currency code such as USD, got "${input.currency}"`);
    if (intervalCount !== undefined && !(Number.isInteger(intervalCount) && intervalCount >= 1)) {
      throw invalidInput({ key: 'intervalCount', label: 'Intervals Between Charges' }, `must be a whole number of 1 or more, got ${intervalCount}`);
    }
    if (input.type === 'recurring' && !interval) throw invalidInput({ key: 'interval', label: 'Billing Interval' }, 'is required for a recurring price');
    const recurring = input.type === 'recurring' && interval ? { recurring: { interval, intervalCount: intervalCount ?? 1 } } : {};
    return { body: { ...input, currency: input.currency.toUpperCase(), ...recurring, ...atLocation(ctx) } };
  },
  output: priceAnswer,
  ...priceShape,
});
