import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { estimateOutputs } from '../../src/records/estimate';
import { offsetNext, paymentsWindowRequest } from '../../src/records/window';

/**
 * New Estimate: GET /invoices/estimate/list, which offers no sort. Like the payments lists, each
 * poll reads a bounded window by issue date (`startAt`..`endAt`: the last 2 days to tomorrow),
 * up to 10 pages of 100, and sorts it newest created first; an idle poll is one request. Zapier
 * dedupes on the estimate id, so each estimate fires once, drafts included.
 */
export default defineListTrigger({
  key: 'newEstimate',
  noun: 'Estimate',
  label: 'New Estimate',
  description: 'Triggers when an estimate is created in your location (drafts included), with its total, items, status and contact.',
  endpoint: endpoint('GET', '/invoices/estimate/list', '2021-07-28', ['invoices/estimate.readonly']),
  inputs: {},
  request: paymentsWindowRequest,
  paging: { next: (body, current, page) => offsetNext(body, current, page.pageItems) },
  newestFirstBy: { time: (e) => e.createdAt, id: (e) => e.id },
  ...estimateOutputs,
});
