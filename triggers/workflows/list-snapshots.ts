import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { companyId } from '../../src/records/user';
import { snapshotList, snapshotOutputs } from '../../src/records/workflow';

/**
 * List Snapshots: GET /snapshots/?companyId, served to agency tokens only: a sub-account
 * connection gets a clear error and nothing is sent. The spec's security block lists
 * Agency-Access with no scope; `snapshots.readonly` comes from HighLevel's scope list
 * (docs/oauth/Scopes.md, mapping report).
 */
export default defineListTrigger({
  key: 'listSnapshots',
  noun: 'Snapshot',
  label: 'List Snapshots',
  description: 'Triggers when a new snapshot (the agency\'s own or imported) becomes available. Needs an agency connection.',
  connection: 'agency',
  endpoint: endpoint('GET', '/snapshots/', '2021-07-28', ['snapshots.readonly']),
  inputs: {},
  request: (_input, { bundle }) => ({ query: { companyId: companyId(bundle) } }),
  records: snapshotList,
  ...snapshotOutputs,
});
