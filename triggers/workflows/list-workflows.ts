import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { workflowList, workflowOutputs } from '../../src/records/workflow';

/** List Workflows: GET /workflows/ (no paging); fires once per new workflow, newest first. */
export default defineListTrigger({
  key: 'listWorkflows',
  noun: 'Workflow',
  label: 'List Workflows',
  description: 'Triggers when a new workflow is added to the connected location (draft or published).',
  endpoint: endpoint('GET', '/workflows/', '2021-07-28', ['workflows.readonly']),
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  records: workflowList,
  ...workflowOutputs,
});
