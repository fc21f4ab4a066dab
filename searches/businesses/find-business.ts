import { callApi, locationId } from '../../src/client';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { businessList, businessOutputs, listBusinessesEndpoint, type Business } from '../../src/records/business';

const PAGE = 100;
const MAX_PAGES = 10;
const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * Find Business (by name): HighLevel has no business search, so GET /businesses/ is read page by
 * page (skip/limit 100, at most 10 pages) and the name matched exactly, ignoring case and
 * surrounding spaces. Pairs with Create Business as search-or-create.
 */
export default defineSearch({
  key: 'findBusiness',
  noun: 'Business',
  label: 'Find Business',
  description: 'Finds a business of the connected location by its name (case does not matter).',
  endpoint: listBusinessesEndpoint,
  inputs: { name: f.text({ label: 'Business Name', required: true, helpText: 'The exact name of the business, e.g. Delgado Dental.' }) },
  records: businessList,
  perform: async (ctx) => {
    const found: Business[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = { locationId: locationId(ctx.bundle), limit: PAGE, skip: page * PAGE };
      const items = businessList(await callApi(ctx, listBusinessesEndpoint, { query }));
      found.push(...items.filter((b) => norm(b.name) === norm(ctx.input.name)));
      if (found.length > 0 || items.length < PAGE) break;
    }
    return found;
  },
  ...businessOutputs,
});
