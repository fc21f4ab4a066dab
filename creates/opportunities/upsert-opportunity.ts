import { locationId } from '../../src/client';
import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import {
  lostReasonField,
  lostReasonOnlyWhenLost,
  opportunityTable,
  opportunityInputs,
  opportunityOutputFields,
  opportunitySample,
  pipelineField,
  writtenOpportunity,
} from '../../src/records/opportunity';
import { usersListField } from '../../src/records/user';
import { isRecord, readAs, t } from '../../src/record-table';

/**
 * POST /opportunities/upsert. Decisions where the spec is unclear:
 * - The spec requires `followers`, `isRemoveAllFollowers` and `followersActionType` (the mapping
 *   report calls them over-declared). They are always sent, as the user's followers choice or
 *   as the no-op `followers: [], followersActionType: 'add', isRemoveAllFollowers: false`.
 * - The spec has no `contactId`, yet its `followers` field is described "contactId" with a contact
 *   id as example, and HighLevel's published doc of this endpoint requires `contactId` (an
 *   opportunity belongs to a contact; upsert matches on contact and pipeline). `contactId` is
 *   sent, required.
 * - `monetaryValue` is typed "object" (example 220): sent as a number.
 * - The upsert body takes no custom fields in the spec, so none are offered (Create and Update do).
 */
const upsertedOpportunity = opportunityTable.one('opportunity', 'the opportunity upsert');

export default defineAction({
  key: 'upsertOpportunity',
  noun: 'Opportunity',
  label: 'Upsert Opportunity',
  description: 'Creates or updates an opportunity: updates the contact\'s opportunity in the pipeline (or the one whose ID you give), creates it when there is none.',
  endpoint: endpoint('POST', '/opportunities/upsert', '2021-07-28', ['opportunities.write']),
  inputs: {
    pipelineId: pipelineField('The pipeline of the opportunity. Pick one, or map a Pipeline ID from an earlier step.'),
    contactId: contactField('The contact the opportunity is for. Pick one, or map a Contact ID from an earlier step.'),
    opportunityId: f.id({ label: 'Opportunity', dynamic: 'opportunityDropdown.id.name', search: 'findOpportunity.id', helpText: 'Update exactly this opportunity. Leave empty to match by contact and pipeline.' }),
    ...opportunityInputs(),
    lostReasonId: lostReasonField(),
    followers: usersListField('Followers', false, 'Users to add as followers (or to remove, see Followers Action).'),
    followersActionType: f.choice({ label: 'Followers Action', choices: { add: 'Add these followers', remove: 'Remove these followers' }, helpText: 'What to do with the users under Followers. Defaults to add.' }),
    isRemoveAllFollowers: f.boolean({ label: 'Remove All Followers', helpText: 'Yes removes every follower of the opportunity.' }),
  },
  request: ({ opportunityId, followers, followersActionType, isRemoveAllFollowers, ...fields }, { bundle }) => {
    lostReasonOnlyWhenLost(fields.status, fields.lostReasonId);
    if (isRemoveAllFollowers && followersActionType === 'add') {
      throw invalidInput({ key: 'isRemoveAllFollowers', label: 'Remove All Followers' }, 'cannot be combined with Followers Action "add"');
    }
    return {
      body: {
        locationId: locationId(bundle),
        ...(opportunityId ? { id: opportunityId } : {}),
        ...fields,
        followers: followers ?? [],
        followersActionType: followersActionType ?? (isRemoveAllFollowers ? 'remove' : 'add'),
        isRemoveAllFollowers: isRemoveAllFollowers ?? false,
      },
    };
  },
  output: async (body, ctx) => {
    const opportunity = upsertedOpportunity(body);
    return { ...(await writtenOpportunity(opportunity, ctx)), isNew: isRecord(body) ? readAs(t.boolean, body.new) : null };
  },
  sample: { ...opportunitySample, isNew: true },
  outputFields: [...opportunityOutputFields, { key: 'isNew', label: 'Created (not updated)', type: 'boolean' }],
});
