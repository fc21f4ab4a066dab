import { Opportunity, opportunityOutputs, optionalPipelineField, stageField } from '../../../src/records/opportunity';
import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { parseResponse } from '../../../src/schemas';

/** Opportunity Deleted (Instant): HighLevel's OpportunityDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'opportunityDeletedInstant',
  noun: 'Opportunity',
  label: 'Opportunity Deleted (Instant)',
  description: 'Triggers when an opportunity is deleted, with the opportunity as it was.',
  eventTypes: ['OpportunityDelete'],
  inputs: {
    pipelineId: optionalPipelineField('Only opportunities in this pipeline. Leave empty for every pipeline.'),
    pipelineStageId: stageField('Only opportunities in this stage (pick the pipeline first). Leave empty for any stage.'),
  },
  filters: (i) => ({ pipelineId: i.pipelineId, pipelineStageId: i.pipelineStageId }),
  ...withContactOutputs(opportunityOutputs),
  records: eventRecords((raw, _w, what) => parseResponse(Opportunity, raw, what)),
});
