import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { opportunityField } from '../../src/records/opportunity';
import { followersAnswer, usersListField } from '../../src/records/user';

/**
 * DELETE /opportunities/{id}/followers with a JSON body `{ followers }` (required by the spec)
 * and the optional query `isRemoveAllFollowers`. "Remove all" sends `followers: []` with
 * `isRemoveAllFollowers=true`.
 */
export default defineAction({
  key: 'removeOpportunityFollowers',
  noun: 'Follower',
  label: 'Remove Followers',
  description: 'Removes followers from an opportunity: the users you name, or all of them.',
  endpoint: endpoint('DELETE', '/opportunities/{id}/followers', '2021-07-28', ['opportunities.write']),
  inputs: {
    opportunityId: opportunityField('The opportunity to remove followers from.'),
    followers: usersListField('Followers', false, 'The users who should stop following, as a list or separated by commas.'),
    removeAll: f.boolean({ label: 'Remove All Followers', helpText: 'Yes removes every follower; Followers can then stay empty.' }),
  },
  request: ({ opportunityId, followers, removeAll }) => {
    if (!followers && !removeAll) throw invalidInput({ key: 'followers', label: 'Followers' }, 'needs at least one user, or choose Remove All Followers');
    return { path: { id: opportunityId }, query: removeAll ? { isRemoveAllFollowers: true } : {}, body: { followers: followers ?? [] } };
  },
  output: (body, { input }) => {
    const r = followersAnswer(body);
    return { opportunityId: input.opportunityId, followers: r.followers ?? [], followersRemoved: r.followersRemoved ?? [] };
  },
  sample: { opportunityId: 'yWQobCRIhRguQtD2llvk', followers: ['y0BeYjuRIlDwsDcOHOJo'], followersRemoved: ['sx6wyHhbFdRXh302Lunr'] },
  outputFields: [
    { key: 'opportunityId', label: 'Opportunity ID' },
    { key: 'followers', label: 'Remaining Follower User IDs' },
    { key: 'followersRemoved', label: 'Removed Follower User IDs' },
  ],
});
