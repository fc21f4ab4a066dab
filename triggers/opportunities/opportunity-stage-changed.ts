import { defineListTrigger, pollLimit } from '../../src/operation';
import { changedOutputs, opportunityList, opportunitySearchQuery, pipelineField, searchOpportunitiesEndpoint, stageField } from '../../src/records/opportunity';

/**
 * Opportunity Stage Changed: GET /opportunities/search in the chosen pipeline (and stage), the
 * newest 100 first. HighLevel cannot sort by change time (mapping report, section 7), so the
 * page is the newest opportunities, ordered here by lastStageChangeAt. The dedupe id is the
 * opportunity id plus lastStageChangeAt: each move to another stage fires once.
 */
export default defineListTrigger({
  key: 'opportunityStageChanged',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed',
  description: 'Triggers when an opportunity moves to another stage of a pipeline (or into the stage you choose).',
  endpoint: searchOpportunitiesEndpoint,
  inputs: {
    pipelineId: pipelineField('The pipeline to watch. Pick one, or map a Pipeline ID from an earlier step.'),
    pipelineStageId: stageField('Only when an opportunity moves into this stage. Leave empty for any stage change.'),
  },
  request: (input, { bundle }) => ({ query: opportunitySearchQuery(bundle, input, pollLimit(bundle)) }),
  records: opportunityList,
  ...changedOutputs('lastStageChangeAt', 'stage'),
});
