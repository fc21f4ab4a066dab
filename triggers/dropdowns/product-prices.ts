import { defineListTrigger } from '../../src/operation';
import { atLocation, listPricesEndpoint, priceList, productField } from '../../src/records/product';

const PAGE = 100;

/** The prices of the chosen product, for the Price dropdown (hidden), 100 per "load more". */
export default defineListTrigger({
  key: 'productPriceDropdown',
  noun: 'Price',
  label: 'Product Prices (Dropdown)',
  description: 'Triggers when the Price dropdown loads: lists the prices of a product.',
  hidden: true,
  canPaginate: true,
  endpoint: listPricesEndpoint,
  inputs: { productId: productField() },
  request: (_input, ctx) => ({ query: { ...atLocation(ctx), limit: PAGE, offset: (Number(ctx.bundle.meta?.page) || 0) * PAGE } }),
  records: priceList,
  output: (prices) => prices.map((p) => ({ id: p.id, name: p.amount === null ? (p.name ?? p.id) : `${p.name ?? p.id} (${p.amount} ${p.currency ?? ''})`.replace(' )', ')') })),
  sample: { id: '655b33aa2209e60b6adb87a7', name: 'Single kit (49.5 USD)' },
  outputFields: [
    { key: 'id', label: 'Price ID' },
    { key: 'name', label: 'Price' },
  ],
});
