import { defineListTrigger } from '../../src/operation';
import { atLocation, listProductsEndpoint, productList } from '../../src/records/product';

const PAGE = 100;

/** Products for the Product dropdown (hidden): name first, newest first, 100 per "load more". */
export default defineListTrigger({
  key: 'productDropdown',
  noun: 'Product',
  label: 'Products (Dropdown)',
  description: 'Triggers when the Product dropdown loads: lists products.',
  hidden: true,
  canPaginate: true,
  endpoint: listProductsEndpoint,
  inputs: {},
  request: (_input, ctx) => ({ query: { ...atLocation(ctx), limit: PAGE, offset: (Number(ctx.bundle.meta?.page) || 0) * PAGE, sortOrder: 'desc' } }),
  records: productList,
  output: (products) => products.map((p) => ({ id: p.id, name: p.name ?? p.id })),
  sample: { id: '655b33a82209e60b6adb87a5', name: 'Teeth Whitening Kit' },
  outputFields: [
    { key: 'id', label: 'Product ID' },
    { key: 'name', label: 'Product' },
  ],
});
