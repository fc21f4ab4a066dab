import { locationId } from '../../src/client';
import { contactField } from '../../src/common-fields';
import { customFieldInputs, customFieldsBody } from '../../src/custom-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import {
  OPPORTUNITY_STATUSES,
  opportunityInputs,
  opportunityOutputs,
  opportunityRecord,
  pipelineField,
  writtenOpportunity,
} from '../../src/records/opportunity';

/**
 * POST /opportunities/ (CreateDto: pipelineId, locationId, name, status, contactId required).
 * The location's opportunity custom fields are offered as named inputs and sent as
 * `customFields: [{ id, field_value }]`, the spec's shape. Paired with Find Opportunity.
 */
const { name: _name, status: _status, ...optionalInputs } = opportunityInputs();

export default defineAction({
  key: 'createOpportunity',
  noun: 'Opportunity',
  label: 'Create Opportunity',
  description: 'Creates a new sales opportunity for a contact in a pipeline, with its stage, status, value, owner and custom fields.',
  endpoint: endpoint('POST', '/opportunities/', '2021-07-28', ['opportunities.write']),
  inputs: {
    pipelineId: pipelineField('The pipeline the opportunity belongs to.'),
    contactId: contactField('The contact the opportunity is for. Pick one, or map a Contact ID from an earlier step.'),
    name: f.text({ label: 'Opportunity Name', required: true, helpText: 'A name for the deal, e.g. "Delgado Dental - spring postcard run".' }),
    status: f.choice({ label: 'Status', required: true, default: 'open', choices: OPPORTUNITY_STATUSES, helpText: 'Open, Won, Lost or Abandoned. Defaults to Open.' }),
    // The shared optional inputs after the required ones (their optional name and status are replaced above).
    ...optionalInputs,
  },
  dynamicInputs: customFieldInputs('opportunity'),
  request: async (input, ctx) => {
    const customFields = await customFieldsBody(ctx, 'opportunity');
    return { body: { locationId: locationId(ctx.bundle), ...input, ...(customFields ? { customFields } : {}) } };
  },
  ...opportunityOutputs,
  output: (body, ctx) => writtenOpportunity(opportunityRecord(body), ctx),
});
