import { endpoint } from '../endpoint';
import { f, type FieldSpec } from '../fields';
import { defineRecord, defineResult, t } from '../record-table';

/**
 * Snapshot sharing and push status (snapshots.json), agency operations like List Snapshots.
 *
 * Decisions where the spec is unclear:
 * - The spec's security is Agency-Access with no scope. HighLevel's scope list gives
 *   snapshots.readonly for the reads (GET /snapshots, the push status) and snapshots.write for
 *   POST /snapshots/share/link (../shared's docs/oauth/Scopes.md lists only snapshots.readonly,
 *   for GET /snapshots).
 * - The latest push's `completed` and `pending` are lists of asset kinds (forms, funnels,
 *   workflows...), output as lists.
 */
const V = '2021-07-28' as const;
export const shareLinkEndpoint = endpoint('POST', '/snapshots/share/link', V, ['snapshots.write']);
export const latestPushEndpoint = endpoint('GET', '/snapshots/snapshot-status/{snapshotId}/location/{locationId}', V, ['snapshots.readonly']);

export const shareLinkResult = defineResult(
  {
    id: { label: 'Share ID', type: t.text, sample: '1eM2UgkfaECOYyUdCo9Pa' },
    shareLink: { label: 'Share Link', type: t.text, sample: 'https://affiliates.gohighlevel.com/?share=1eM2UgkfaECOYyUdCo9Pa' },
  },
  { name: 'the share link', what: 'the snapshot share link request' },
);

export const snapshotPushTable = defineRecord(
  {
    id: { label: 'Push ID', type: t.text, sample: '1eM2UgkfaECOYyUdCo9Pa' },
    locationId: { label: 'Sub-Account ID', type: t.text, sample: 'BrKClvyvdxhJ9Mxz2pzQ' },
    status: { label: 'Status', type: t.text, sample: 'processing' },
    completed: { label: 'Completed Assets', type: t.strings, sample: ['forms', 'surveys', 'funnels', 'workflows'] },
    pending: { label: 'Pending Assets', type: t.strings, sample: ['custom_fields', 'custom_values', 'tags'] },
  },
  { name: 'snapshot push' },
);
export const latestPush = snapshotPushTable.one('data', 'the snapshot push status');
export const snapshotPushOutputs = snapshotPushTable.outputs;

export const snapshotField = (helpText: string): FieldSpec<string> =>
  f.id({ label: 'Snapshot', required: true, dynamic: 'snapshotDropdown.id.name', helpText });
