import { Opportunity, opportunityOutputs, optionalPipelineField, stageField } from '../../../src/records/opportunity';
import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { parseResponse } from '../../../src/schemas';

/** Opportunity Stage Changed (Instant): HighLevel's OpportunityStageUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'opportunityStageChangedInstant',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed (Instant)',
  description: 'Triggers when an opportunity moves to another stage (optionally only into one stage).',
  eventTypes: ['OpportunityStageUpdate'],
  inputs: {
    pipelineId: optionalPipelineField('Only opportunities in this pipeline. Leave empty for every pipeline.'),
    pipelineStageId: stageField('Only opportunities in this stage (pick the pipeline first). Leave empty for any stage.'),
  },
  filters: (i) => ({ pipelineId: i.pipelineId, pipelineStageId: i.pipelineStageId }),
  ...withContactOutputs(opportunityOutputs),
  records: eventRecords((raw, _w, what) => parseResponse(Opportunity, raw, what)),
});
