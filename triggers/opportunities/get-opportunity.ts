import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { getOpportunityEndpoint, opportunityField, opportunityOutputs, opportunityRecord } from '../../src/records/opportunity';

/** Get Opportunity: watches one opportunity; fires when first seen and again whenever it changes (updatedAt). */
export default defineRecordTrigger({
  key: 'getOpportunity',
  noun: 'Opportunity',
  label: 'Get Opportunity',
  description: 'Triggers when the opportunity you choose is first seen and again whenever it changes (stage, status, value, owner...).',
  endpoint: getOpportunityEndpoint,
  inputs: { opportunityId: opportunityField('The opportunity to watch. Pick one, or map an Opportunity ID from an earlier step.') },
  request: (input) => ({ path: { id: input.opportunityId } }),
  record: opportunityRecord,
  ...opportunityOutputs,
  recordIdKey: 'opportunityId',
  recordIdLabel: 'Opportunity ID',
  version: (o) => o.updatedAt ?? fingerprint(o),
});
