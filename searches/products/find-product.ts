import { callApi } from '../../src/client';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { atLocation, listProductsEndpoint, productList, productOutputs, type Product } from '../../src/records/product';

const PAGE = 100;
const MAX_PAGES = 10;
const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * Find Product (by name): GET /products/?search=<name> (HighLevel matches part of the name), read
 * page by page (limit/offset 100, at most 10 pages), keeping only the exact name, ignoring case
 * and surrounding spaces, so "Kit" does not find "Whitening Kit". Pairs with Create Product.
 */
export default defineSearch({
  key: 'findProduct',
  noun: 'Product',
  label: 'Find Product',
  description: 'Finds a product of your product catalog by its exact name (case does not matter), e.g. to add it to an invoice or to create it when missing.',
  endpoint: listProductsEndpoint,
  inputs: { name: f.text({ label: 'Product Name', required: true, helpText: 'The exact name of the product, e.g. Teeth Whitening Kit.' }) },
  records: productList,
  perform: async (ctx) => {
    const found: Product[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = { ...atLocation(ctx), search: ctx.input.name.trim(), limit: PAGE, offset: page * PAGE };
      const items = productList(await callApi(ctx, listProductsEndpoint, { query }));
      found.push(...items.filter((p) => norm(p.name) === norm(ctx.input.name)));
      if (found.length > 0 || items.length < PAGE) break;
    }
    return found;
  },
  ...productOutputs,
});
