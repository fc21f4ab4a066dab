import { defineListTrigger } from '../../src/operation';
import { changedOpportunitiesRequest, opportunitySearchEndpoint, opportunitySearchPaging } from '../../src/polling/opportunities';
import { changedOutputs, opportunityList, optionalPipelineField, statusField } from '../../src/records/opportunity';

/**
 * Opportunity Status Changed: POST /opportunities/search (optionally one pipeline, optionally
 * only the chosen status), sorted by last_status_change_date desc (src/polling/opportunities.ts),
 * so any deal whose status changes is on the first page, however old; one request per idle poll,
 * later pages while whole pages changed since the last poll. The dedupe id is the opportunity id
 * plus lastStatusChangeAt: each change (open, won, lost, abandoned) fires once.
 */
export default defineListTrigger({
  key: 'opportunityStatusChanged',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed',
  description: 'Triggers when an opportunity\'s status changes (open, won, lost or abandoned), or only when it becomes the status you choose.',
  endpoint: opportunitySearchEndpoint,
  inputs: {
    pipelineId: optionalPipelineField('Only opportunities in this pipeline. Leave empty for all pipelines.'),
    status: statusField('Only when an opportunity changes to this status, e.g. Won. Leave empty for any status change.'),
  },
  request: (input, { bundle }) => changedOpportunitiesRequest('last_status_change_date', input, bundle),
  records: opportunityList,
  paging: opportunitySearchPaging,
  recent: { time: (o) => o.lastStatusChangeAt ?? o.createdAt },
  ...changedOutputs('lastStatusChangeAt', 'status'),
});
