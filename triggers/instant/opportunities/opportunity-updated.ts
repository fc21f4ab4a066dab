import { Opportunity, opportunityOutputs, optionalPipelineField, stageField } from '../../../src/records/opportunity';
import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { parseResponse } from '../../../src/schemas';

/** Opportunity Updated (Instant): HighLevel's OpportunityUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'opportunityUpdatedInstant',
  noun: 'Opportunity',
  label: 'Opportunity Updated (Instant)',
  description: 'Triggers when an opportunity is changed (optionally only in one pipeline or stage).',
  eventTypes: ['OpportunityUpdate'],
  inputs: {
    pipelineId: optionalPipelineField('Only opportunities in this pipeline. Leave empty for every pipeline.'),
    pipelineStageId: stageField('Only opportunities in this stage (pick the pipeline first). Leave empty for any stage.'),
  },
  filters: (i) => ({ pipelineId: i.pipelineId, pipelineStageId: i.pipelineStageId }),
  ...withContactOutputs(opportunityOutputs),
  records: eventRecords((raw, _w, what) => parseResponse(Opportunity, raw, what)),
});
