import { defineSearch } from '../../src/operation';
import { getOpportunityEndpoint, opportunityField, opportunityOutputs, opportunityRecord } from '../../src/records/opportunity';

/** Get Opportunity as a Zap step: the opportunity by ID, or no result when it does not exist. */
export default defineSearch({
  key: 'getOpportunity',
  noun: 'Opportunity',
  label: 'Get Opportunity',
  description: 'Finds a specific opportunity by ID, with its pipeline, stage, contact, value and custom fields.',
  endpoint: getOpportunityEndpoint,
  inputs: { opportunityId: opportunityField('The opportunity to get. Pick one, or map an Opportunity ID from an earlier step.') },
  request: (input) => ({ path: { id: input.opportunityId } }),
  records: (body) => [opportunityRecord(body)],
  ...opportunityOutputs,
});
