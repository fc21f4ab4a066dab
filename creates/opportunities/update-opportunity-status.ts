import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { lostReasonField, lostReasonOnlyWhenLost, OPPORTUNITY_STATUSES, opportunityField } from '../../src/records/opportunity';
import { succeeded } from '../../src/records/result';

/**
 * PUT /opportunities/{id}/status. The spec's status enum also has `all`, a search filter that
 * is no status an opportunity can have: the choices are open, won, lost and abandoned.
 */
export default defineAction({
  key: 'updateOpportunityStatus',
  noun: 'Opportunity',
  label: 'Update Opportunity Status',
  description: 'Changes an opportunity\'s status to open, won, lost or abandoned, with a lost reason when it is lost.',
  endpoint: endpoint('PUT', '/opportunities/{id}/status', '2021-07-28', ['opportunities.write']),
  inputs: {
    opportunityId: opportunityField('The opportunity whose status to change.'),
    status: f.choice({ label: 'Status', required: true, choices: OPPORTUNITY_STATUSES, helpText: 'The new status: Open, Won, Lost or Abandoned.' }),
    lostReasonId: lostReasonField(),
  },
  request: ({ opportunityId, status, lostReasonId }) => {
    lostReasonOnlyWhenLost(status, lostReasonId);
    return { path: { id: opportunityId }, body: { status, lostReasonId } };
  },
  output: (body, { input }) => ({ opportunityId: input.opportunityId, status: input.status, lostReasonId: input.lostReasonId ?? null, ...succeeded(body) }),
  sample: { opportunityId: 'yWQobCRIhRguQtD2llvk', status: 'won', lostReasonId: null, succeeded: true },
  outputFields: [
    { key: 'opportunityId', label: 'Opportunity ID' },
    { key: 'status', label: 'New Status' },
    { key: 'lostReasonId', label: 'Lost Reason ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
