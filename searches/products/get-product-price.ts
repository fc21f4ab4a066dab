import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { endpoint } from '../../src/endpoint';
import { atLocation, priceTable, productField } from '../../src/records/product';

/** GET /products/{productId}/price/{priceId}?locationId: the price itself (`GetPriceResponseDto`), or no result. */
export default defineSearch({
  key: 'getProductPrice',
  noun: 'Price',
  label: 'Find Product Price By ID',
  description: 'Finds one price of a product by its ID, with its amount, currency, billing interval, SKU and stock; no result when there is none.',
  endpoint: endpoint('GET', '/products/{productId}/price/{priceId}', '2021-07-28', ['products/prices.readonly']),
  inputs: {
    productId: productField(),
    priceId: f.id({ label: 'Price', required: true, dynamic: 'productPriceDropdown.id.name', helpText: 'A price of the product above. Pick one, or map a Price ID from an earlier step (e.g. Create Product Price).' }),
  },
  request: (_input, ctx) => ({ query: atLocation(ctx) }),
  records: (body) => [priceTable.one('', 'the price request')(body)],
  ...priceTable.outputs,
});
