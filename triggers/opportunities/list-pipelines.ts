import { defineListTrigger } from '../../src/operation';
import { pipelineList, pipelineOutputs, pipelinesEndpoint, pipelinesRequest } from '../../src/records/pipeline';

/** List Pipelines: the location's pipelines with their stages in order; fires once per new pipeline. */
export default defineListTrigger({
  key: 'listPipelines',
  noun: 'Pipeline',
  label: 'List Pipelines',
  description: 'Triggers when a new opportunity pipeline is added, with its stages in order.',
  endpoint: pipelinesEndpoint,
  inputs: {},
  request: pipelinesRequest,
  records: pipelineList,
  ...pipelineOutputs,
});
