import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { companyId } from '../../src/records/user';
import { shareLinkEndpoint, shareLinkResult, snapshotField } from '../../src/records/snapshot';

const SHARE_TYPES = {
  permanent_link: 'Permanent link (anyone with it, any number of times)',
  link: 'One-time link',
  agency_link: 'Only the agencies named below',
  location_link: 'Only the sub-accounts named below',
} as const;

/**
 * Create Snapshot Share Link: POST /snapshots/share/link?companyId (agency token). An agency link
 * needs the agencies' relationship numbers, a sub-account link the sub-account IDs: each is
 * refused naming its field when missing, before any request; both are sent comma-separated.
 */
export default defineAction({
  key: 'createSnapshotShareLink',
  noun: 'Snapshot Share Link',
  label: 'Create Snapshot Share Link',
  description: 'Creates a link that shares one of the agency\'s snapshots, e.g. to send a new client agency its onboarding snapshot. Needs an agency connection.',
  connection: 'agency',
  endpoint: shareLinkEndpoint,
  inputs: {
    snapshotId: snapshotField('The snapshot to share. Pick one, or map a Snapshot ID.'),
    shareType: f.choice({ label: 'Share With', default: 'permanent_link', choices: SHARE_TYPES, helpText: 'Who may import the snapshot with the link. A one-time link works once; restricted links only for the agencies or sub-accounts named below. A permanent link when empty.' }),
    relationshipNumbers: f.list({ label: 'Agency Relationship Numbers', helpText: 'For "Only the agencies named below": the agencies\' relationship numbers (Settings > Company in their agency view), e.g. `0-128-926`.' }),
    shareLocationIds: f.list({ label: 'Sub-Accounts', dynamic: 'subAccountDropdown.id.name', helpText: 'For "Only the sub-accounts named below": the sub-accounts that may import it. Pick them, or map Location IDs.' }),
  },
  request: ({ snapshotId, shareType: chosen, relationshipNumbers, shareLocationIds }, { bundle }) => {
    const shareType = chosen ?? 'permanent_link';
    if (shareType === 'agency_link' && !relationshipNumbers?.length) throw invalidInput({ key: 'relationshipNumbers', label: 'Agency Relationship Numbers' }, 'is required to share with named agencies');
    if (shareType === 'location_link' && !shareLocationIds?.length) throw invalidInput({ key: 'shareLocationIds', label: 'Sub-Accounts' }, 'is required to share with named sub-accounts');
    return {
      query: { companyId: companyId(bundle) },
      body: {
        snapshot_id: snapshotId,
        share_type: shareType,
        relationship_number: shareType === 'agency_link' ? relationshipNumbers?.join(',') : undefined,
        share_location_id: shareType === 'location_link' ? shareLocationIds?.join(',') : undefined,
      },
    };
  },
  output: (body, ctx) => shareLinkResult.output(body, ctx),
  sample: shareLinkResult.sample,
  outputFields: shareLinkResult.outputFields,
});
