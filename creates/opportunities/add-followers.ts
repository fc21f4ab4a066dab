import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { opportunityField } from '../../src/records/opportunity';
import { followersAnswer, usersListField } from '../../src/records/user';

export default defineAction({
  key: 'addOpportunityFollowers',
  noun: 'Follower',
  label: 'Add Followers',
  description: 'Adds team members as followers of an opportunity, so they are notified of its changes.',
  endpoint: endpoint('POST', '/opportunities/{id}/followers', '2021-07-28', ['opportunities.write']),
  inputs: {
    opportunityId: opportunityField('The opportunity to add followers to.'),
    followers: usersListField('Followers', true, 'The users who should follow the opportunity, as a list or separated by commas.'),
  },
  request: ({ opportunityId, followers }) => ({ path: { id: opportunityId }, body: { followers } }),
  output: (body, { input }) => {
    const r = followersAnswer(body);
    return { opportunityId: input.opportunityId, followers: r.followers ?? [], followersAdded: r.followersAdded ?? [] };
  },
  sample: { opportunityId: 'yWQobCRIhRguQtD2llvk', followers: ['y0BeYjuRIlDwsDcOHOJo', 'sx6wyHhbFdRXh302Lunr'], followersAdded: ['sx6wyHhbFdRXh302Lunr'] },
  outputFields: [
    { key: 'opportunityId', label: 'Opportunity ID' },
    { key: 'followers', label: 'All Follower User IDs' },
    { key: 'followersAdded', label: 'Added Follower User IDs' },
  ],
});
