import { defineListTrigger } from '../../src/operation';
import { pipelineField } from '../../src/records/opportunity';
import { pipelineList, pipelinesEndpoint, pipelinesRequest, stagesOfRow } from '../../src/records/pipeline';

/**
 * The stages of the pipeline chosen in the same step (Zapier passes that step's inputs, so this
 * reads `pipelineId`), in board order. HighLevel has no per-pipeline endpoint: the location's
 * pipelines are read and the chosen one's stages listed.
 */
export default defineListTrigger({
  key: 'pipelineStageDropdown',
  noun: 'Stage',
  label: 'Stages (Dropdown)',
  description: 'Triggers when the Stage dropdown loads: lists the stages of a pipeline.',
  hidden: true,
  endpoint: pipelinesEndpoint,
  inputs: { pipelineId: pipelineField('The pipeline whose stages to list; choose it first.') },
  request: pipelinesRequest,
  records: pipelineList,
  output: (pipelines, { bundle }) => {
    const chosen = String(bundle.inputData?.pipelineId ?? '').trim();
    const pipeline = pipelines.find((p) => p.id === chosen);
    return pipeline ? stagesOfRow(pipeline).map((s) => ({ id: s.id, name: s.name ?? s.id })) : [];
  },
  sample: { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'Postcard Sent' },
  outputFields: [
    { key: 'id', label: 'Stage ID' },
    { key: 'name', label: 'Stage' },
  ],
});
