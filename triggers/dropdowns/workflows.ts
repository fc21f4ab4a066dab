import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { endpoint } from '../../src/endpoint';

export default defineDropdown({
  key: 'workflowDropdown',
  noun: 'Workflow',
  endpoint: endpoint('GET', '/workflows/', '2021-07-28', ['workflows.readonly']),
  listKey: 'workflows',
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  label: (w) => (w.status && w.status !== 'published' ? `${w.name ?? w.id} (${w.status})` : (w.name ?? w.id)),
});
