import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { opportunityField } from '../../src/records/opportunity';
import { succeeded } from '../../src/records/result';

export default defineAction({
  key: 'deleteOpportunity',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity from its pipeline permanently; the contact is kept. This cannot be undone.',
  endpoint: endpoint('DELETE', '/opportunities/{id}', '2021-07-28', ['opportunities.write']),
  inputs: { opportunityId: opportunityField('The opportunity to delete permanently.') },
  request: (input) => ({ path: { id: input.opportunityId } }),
  output: (body, { input }) => ({ opportunityId: input.opportunityId, ...succeeded(body) }),
  sample: { opportunityId: 'yWQobCRIhRguQtD2llvk', succeeded: true },
  outputFields: [
    { key: 'opportunityId', label: 'Deleted Opportunity ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
