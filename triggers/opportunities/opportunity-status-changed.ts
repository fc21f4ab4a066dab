import { defineListTrigger, pollLimit } from '../../src/operation';
import {
  changedOutputs,
  opportunityList,
  opportunitySearchQuery,
  optionalPipelineField,
  searchOpportunitiesEndpoint,
  statusField,
} from '../../src/records/opportunity';

/**
 * Opportunity Status Changed: GET /opportunities/search (optionally one pipeline, optionally
 * only the chosen status), the newest 100 first, ordered here by lastStatusChangeAt. The dedupe
 * id is the opportunity id plus lastStatusChangeAt: each change (open, won, lost, abandoned)
 * fires once.
 */
export default defineListTrigger({
  key: 'opportunityStatusChanged',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed',
  description: 'Triggers when an opportunity\'s status changes (open, won, lost or abandoned), or only when it becomes the status you choose.',
  endpoint: searchOpportunitiesEndpoint,
  inputs: {
    pipelineId: optionalPipelineField('Only opportunities in this pipeline. Leave empty for all pipelines.'),
    status: statusField('Only when an opportunity changes to this status, e.g. Won. Leave empty for any status change.'),
  },
  request: (input, { bundle }) => ({ query: opportunitySearchQuery(bundle, input, pollLimit(bundle)) }),
  records: opportunityList,
  ...changedOutputs('lastStatusChangeAt', 'status'),
});
