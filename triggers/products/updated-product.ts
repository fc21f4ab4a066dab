import { changeId, defineListTrigger } from '../../src/operation';
import { atLocation, listProductsEndpoint, productList, productOutputs } from '../../src/records/product';
import { offsetPaging } from './paging';

const PAGE = 100;

/**
 * Updated Product: HighLevel sorts products by creation date only, so each poll reads the
 * product list (limit=100/offset, every page up to the app's page bound) and sorts it newest
 * first by `updatedAt`; an idle poll is one request while the location has at most 100 products.
 * The dedupe id is the product id plus its update time: every change fires once (a new product
 * fires too, as its first version). The product's own id stays in `productId`.
 */
export default defineListTrigger({
  key: 'updatedProduct',
  noun: 'Product',
  label: 'Updated Product',
  description: 'Triggers when a product is added or changed (name, type, description, store listing), once per change.',
  endpoint: listProductsEndpoint,
  inputs: {},
  request: (_input, ctx) => ({ query: { ...atLocation(ctx), limit: PAGE, offset: 0, sortOrder: 'desc' } }),
  records: productList,
  paging: offsetPaging(PAGE),
  newestFirstBy: { time: (p) => p.updatedAt ?? p.createdAt, id: (p) => p.id },
  output: async (products, ctx) =>
    (await productOutputs.output(products, ctx)).map((p) => ({ ...p, productId: p.id, id: changeId(String(p.id), String(p.updatedAt ?? p.createdAt ?? '')) })),
  sample: { ...productOutputs.sample, productId: productOutputs.sample.id, id: changeId(String(productOutputs.sample.id), String(productOutputs.sample.updatedAt)) },
  outputFields: [
    { key: 'id', label: 'Change ID (product ID and update time)' },
    { key: 'productId', label: 'Product ID' },
    ...productOutputs.outputFields.filter((o) => o.key !== 'id'),
  ],
});
