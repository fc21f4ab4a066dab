import type { Case } from '../support/table';

/** Snapshot share links and push status (snapshots.json): agency connections only. */
const V = '2021-07-28' as const;
const AGENCY = { access_token: 'agency-token-123', refresh_token: 'agency-refresh', companyId: 'COMP9', userType: 'Company' };
const BEARER = 'agency-token-123';
const AGENCY_ONLY = /works only on an agency \(company\) connection; this connection is to a sub-account/;
const LINK = { id: 'sh1', shareLink: 'https://affiliates.gohighlevel.com/?share=sh1' };

export const snapshotCases: Case[] = [
  {
    name: 'share link, permanent by default',
    op: 'creates.createSnapshotShareLink',
    auth: AGENCY,
    bearer: BEARER,
    input: { snapshotId: 'snap1' },
    calls: [{ method: 'POST', path: '/snapshots/share/link', version: V, query: { companyId: 'COMP9' }, body: { snapshot_id: 'snap1', share_type: 'permanent_link' }, reply: { status: 201, body: LINK } }],
    output: LINK,
  },
  {
    name: 'share link for named sub-accounts: their IDs comma-separated (the agency numbers are not sent)',
    op: 'creates.createSnapshotShareLink',
    auth: AGENCY,
    bearer: BEARER,
    input: { snapshotId: 'snap1', shareType: 'location_link', shareLocationIds: ['L1', 'L2'], relationshipNumbers: ['0-128-926'] },
    calls: [{ method: 'POST', path: '/snapshots/share/link', version: V, query: { companyId: 'COMP9' }, body: { snapshot_id: 'snap1', share_type: 'location_link', share_location_id: 'L1,L2' }, reply: { status: 201, body: LINK } }],
    output: LINK,
  },
  {
    name: 'share link for named agencies',
    op: 'creates.createSnapshotShareLink',
    auth: AGENCY,
    bearer: BEARER,
    input: { snapshotId: 'snap1', shareType: 'agency_link', relationshipNumbers: '0-128-926, 1-208-926' },
    calls: [{ method: 'POST', path: '/snapshots/share/link', version: V, query: { companyId: 'COMP9' }, body: { snapshot_id: 'snap1', share_type: 'agency_link', relationship_number: '0-128-926,1-208-926' }, reply: { status: 201, body: LINK } }],
    output: LINK,
  },
  { name: 'share link for named agencies needs their numbers', op: 'creates.createSnapshotShareLink', auth: AGENCY, input: { snapshotId: 'snap1', shareType: 'agency_link' }, calls: [], error: /"Agency Relationship Numbers" \(relationshipNumbers\) is required to share with named agencies/ },
  { name: 'share link for named sub-accounts needs them', op: 'creates.createSnapshotShareLink', auth: AGENCY, input: { snapshotId: 'snap1', shareType: 'location_link' }, calls: [], error: /"Sub-Accounts" \(shareLocationIds\) is required to share with named sub-accounts/ },
  { name: 'share link: the snapshot is required', op: 'creates.createSnapshotShareLink', auth: AGENCY, input: {}, calls: [], error: /"Snapshot" \(snapshotId\) is required/ },
  { name: 'share link is agency only: a sub-account connection sends nothing', op: 'creates.createSnapshotShareLink', input: { snapshotId: 'snap1' }, calls: [], error: AGENCY_ONLY },
  {
    name: 'latest push to a sub-account',
    op: 'searches.getSnapshotPushStatus',
    auth: AGENCY,
    bearer: BEARER,
    input: { snapshotId: 'snap1', locationId: 'L1' },
    calls: [{ method: 'GET', path: '/snapshots/snapshot-status/snap1/location/L1', version: V, query: { companyId: 'COMP9' }, reply: { body: { data: { id: 'push1', locationId: 'L1', status: 'processing', completed: ['forms', 'funnels'], pending: ['workflows'] } } } }],
    output: [{ id: 'push1', locationId: 'L1', status: 'processing', completed: ['forms', 'funnels'], pending: ['workflows'] }],
  },
  {
    name: 'no push to that sub-account (404) is no result',
    op: 'searches.getSnapshotPushStatus',
    auth: AGENCY,
    bearer: BEARER,
    input: { snapshotId: 'snap1', locationId: 'L9' },
    calls: [{ method: 'GET', path: '/snapshots/snapshot-status/snap1/location/L9', version: V, query: { companyId: 'COMP9' }, reply: { status: 404, body: { statusCode: 404, message: 'Snapshot push not found' } } }],
    output: [],
  },
  { name: 'push status: the sub-account is required', op: 'searches.getSnapshotPushStatus', auth: AGENCY, input: { snapshotId: 'snap1' }, calls: [], error: /"Sub-Account" \(locationId\) is required/ },
];
