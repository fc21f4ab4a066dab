import { defineListTrigger } from '../../src/operation';
import { changedOpportunitiesRequest, opportunitySearchEndpoint, opportunitySearchPaging } from '../../src/polling/opportunities';
import { changedOutputs, opportunityList, pipelineField, stageField } from '../../src/records/opportunity';

/**
 * Opportunity Stage Changed: POST /opportunities/search in the chosen pipeline (and stage),
 * sorted by last_stage_change_date desc (src/polling/opportunities.ts), so any deal that moves,
 * however old, is on the first page; an idle poll is one request, and while whole pages moved
 * since the last poll (a bulk move) the next pages follow. The dedupe id is the opportunity id
 * plus lastStageChangeAt: each move to another stage fires once.
 */
export default defineListTrigger({
  key: 'opportunityStageChanged',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed',
  description: 'Triggers when an opportunity moves to another stage of a pipeline (or into the stage you choose).',
  endpoint: opportunitySearchEndpoint,
  inputs: {
    pipelineId: pipelineField('The pipeline to watch. Pick one, or map a Pipeline ID from an earlier step.'),
    pipelineStageId: stageField('Only when an opportunity moves into this stage. Leave empty for any stage change.'),
  },
  request: (input, { bundle }) => changedOpportunitiesRequest('last_stage_change_date', input, bundle),
  records: opportunityList,
  paging: opportunitySearchPaging,
  recent: { time: (o) => o.lastStageChangeAt ?? o.createdAt },
  ...changedOutputs('lastStageChangeAt', 'stage'),
});
