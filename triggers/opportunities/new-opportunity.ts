import { defineListTrigger, pollLimit } from '../../src/operation';
import {
  opportunityList,
  opportunityOutputs,
  opportunitySearchQuery,
  pipelineField,
  searchOpportunitiesEndpoint,
  stageField,
} from '../../src/records/opportunity';

/**
 * New Opportunity: GET /opportunities/search with order=added_desc (mapping report, section 7),
 * one request per poll, any status (status=all). Zapier dedupes on the opportunity id, so each
 * new opportunity fires once.
 */
export default defineListTrigger({
  key: 'newOpportunity',
  noun: 'Opportunity',
  label: 'New Opportunity',
  description: 'Triggers when a new opportunity is added to a pipeline (optionally only in one stage).',
  endpoint: searchOpportunitiesEndpoint,
  inputs: {
    pipelineId: pipelineField('The pipeline to watch for new opportunities.'),
    pipelineStageId: stageField('Only new opportunities in this stage. Leave empty for any stage.'),
  },
  request: (input, { bundle }) => ({ query: opportunitySearchQuery(bundle, input, pollLimit(bundle)) }),
  records: opportunityList,
  ...opportunityOutputs,
});
