import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { companyId } from '../../src/records/user';
import { latestPush, latestPushEndpoint, snapshotField, snapshotPushOutputs } from '../../src/records/snapshot';

/** Get Snapshot Push Status: the latest push of a snapshot to one sub-account (agency token); none (404) is no result. */
export default defineSearch({
  key: 'getSnapshotPushStatus',
  noun: 'Snapshot Push',
  label: 'Get Snapshot Push Status',
  description: 'Finds the latest push of a snapshot to a sub-account, with its status and the assets done and pending, e.g. to wait until a new sub-account is set up. Needs an agency connection.',
  connection: 'agency',
  endpoint: latestPushEndpoint,
  inputs: {
    snapshotId: snapshotField('The snapshot that was pushed. Pick one, or map a Snapshot ID.'),
    locationId: f.id({ label: 'Sub-Account', required: true, dynamic: 'subAccountDropdown.id.name', helpText: 'The sub-account it was pushed to. Pick one, or map a Location ID (e.g. from Create Location).' }),
  },
  request: (_input, { bundle }) => ({ query: { companyId: companyId(bundle) } }),
  records: (body) => [latestPush(body)],
  ...snapshotPushOutputs,
});
