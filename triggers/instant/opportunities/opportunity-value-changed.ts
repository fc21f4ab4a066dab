import { Opportunity, opportunityOutputs, optionalPipelineField, stageField } from '../../../src/records/opportunity';
import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { parseResponse } from '../../../src/schemas';

/** Opportunity Value Changed (Instant): HighLevel's OpportunityMonetaryValueUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'opportunityValueChangedInstant',
  noun: 'Opportunity',
  label: 'Opportunity Value Changed (Instant)',
  description: 'Triggers when the monetary value of an opportunity changes.',
  eventTypes: ['OpportunityMonetaryValueUpdate'],
  inputs: {
    pipelineId: optionalPipelineField('Only opportunities in this pipeline. Leave empty for every pipeline.'),
    pipelineStageId: stageField('Only opportunities in this stage (pick the pipeline first). Leave empty for any stage.'),
  },
  filters: (i) => ({ pipelineId: i.pipelineId, pipelineStageId: i.pipelineStageId }),
  ...withContactOutputs(opportunityOutputs),
  records: eventRecords((raw, _w, what) => parseResponse(Opportunity, raw, what)),
});
