import { userField } from '../../src/common-fields';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import {
  opportunityList,
  opportunityOutputs,
  opportunitySearchQuery,
  optionalContactField,
  optionalPipelineField,
  searchOpportunitiesEndpoint,
  stageField,
  statusField,
} from '../../src/records/opportunity';

/**
 * Search Opportunities: GET /opportunities/search (the catalog's choice over the advanced
 * POST /opportunities/search, whose filters are documented outside the spec), newest first
 * (order=added_desc), one page of up to 100. Fires once for each opportunity that matches.
 */
export default defineListTrigger({
  key: 'searchOpportunities',
  noun: 'Opportunity',
  label: 'Search Opportunities',
  description: 'Triggers when a new opportunity matches the pipeline, stage, status, contact, owner or text you choose.',
  endpoint: searchOpportunitiesEndpoint,
  inputs: {
    q: f.text({ label: 'Search Text', helpText: 'Only opportunities matching this text (opportunity name, contact name, email, phone, company or tags).' }),
    pipelineId: optionalPipelineField('Only opportunities in this pipeline.'),
    pipelineStageId: stageField('Only opportunities in this stage (choose the pipeline first).'),
    status: statusField('Only opportunities with this status. Leave empty for any status.'),
    contactId: optionalContactField('Only opportunities of this contact.'),
    assignedTo: userField('Assigned User', 'Only opportunities assigned to this user.'),
  },
  request: (input, { bundle }) => ({ query: opportunitySearchQuery(bundle, input, pollLimit(bundle)) }),
  records: opportunityList,
  ...opportunityOutputs,
});
