import { customFieldInputs, customFieldsBody } from '../../src/custom-fields';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';
import {
  opportunityField,
  opportunityInputs,
  opportunityOutputs,
  opportunityRecord,
  optionalPipelineField,
  writtenOpportunity,
} from '../../src/records/opportunity';

/** PUT /opportunities/{id}: sends only the fields you fill in; empty fields leave HighLevel's values as they are. */
export default defineAction({
  key: 'updateOpportunity',
  noun: 'Opportunity',
  label: 'Update Opportunity',
  description: 'Updates an opportunity\'s name, pipeline, stage, status, value, owner or custom fields. Only the fields you fill in are changed.',
  endpoint: endpoint('PUT', '/opportunities/{id}', '2021-07-28', ['opportunities.write']),
  inputs: {
    opportunityId: opportunityField('The opportunity to update. Pick one, or map an Opportunity ID from an earlier step.'),
    pipelineId: optionalPipelineField('Move the opportunity to this pipeline (choose a stage of it too).'),
    ...opportunityInputs(),
  },
  dynamicInputs: customFieldInputs('opportunity'),
  request: async ({ opportunityId, ...fields }, ctx) => {
    const customFields = await customFieldsBody(ctx, 'opportunity');
    const body = { ...fields, ...(customFields ? { customFields } : {}) };
    if (Object.values(body).every((v) => v === undefined)) {
      throw invalidInput({ key: 'opportunityId', label: 'Opportunity' }, 'needs at least one field to change; all fields are empty');
    }
    return { path: { id: opportunityId }, body };
  },
  ...opportunityOutputs,
  output: (body, ctx) => writtenOpportunity(opportunityRecord(body), ctx),
});
