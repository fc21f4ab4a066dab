import { locationId } from '../../src/client';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { offsetPaging } from '../../src/records/paging';
import { funnelField, funnelPageList, funnelPageOutputs, listFunnelPagesEndpoint } from '../../src/records/funnel';

/**
 * New Funnel Page: the pages of one funnel (limit and offset are required by the spec). A funnel
 * has a handful of pages, so a poll reads the first page (up to 100; offset paging after that) and Zapier's dedupe
 * on the page ID fires for the new ones.
 */
export default defineListTrigger({
  key: 'newFunnelPage',
  noun: 'Funnel Page',
  label: 'New Funnel Page',
  description: 'Triggers when a page is added to a funnel or website, e.g. to log new landing pages.',
  endpoint: listFunnelPagesEndpoint,
  inputs: { funnelId: funnelField('The funnel or website whose pages to watch. Pick one, or map a Funnel ID.') },
  request: ({ funnelId }, { bundle }) => ({ query: { locationId: locationId(bundle), funnelId, limit: pollLimit(bundle), offset: 0 } }),
  records: funnelPageList,
  paging: offsetPaging('offset'),
  ...funnelPageOutputs,
});
