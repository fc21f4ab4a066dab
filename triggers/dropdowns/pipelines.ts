import { defineDropdown } from '../../src/dropdown';
import { pipelinesEndpoint, pipelinesRequest } from '../../src/records/pipeline';

/** The location's opportunity pipelines, for the Pipeline dropdown. */
export default defineDropdown({
  key: 'pipelineDropdown',
  noun: 'Pipeline',
  endpoint: pipelinesEndpoint,
  listKey: 'pipelines',
  request: pipelinesRequest,
});
