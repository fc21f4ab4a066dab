import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { followersAnswer, usersListField } from '../../src/records/user';

export default defineAction({
  key: 'addContactFollowers',
  noun: 'Follower',
  label: 'Add Contact Followers',
  description: 'Adds team members as followers of a contact, so they are notified of the contact\'s activity.',
  endpoint: endpoint('POST', '/contacts/{contactId}/followers', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField('The contact to add followers to.'),
    followers: usersListField('Followers', true, 'The users who should follow the contact, as a list or separated by commas.'),
  },
  request: ({ followers }) => ({ body: { followers } }),
  output: (body, { input }) => {
    const r = followersAnswer(body);
    return { contactId: input.contactId, followers: r.followers ?? [], followersAdded: r.followersAdded ?? [] };
  },
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', followers: ['y0BeYjuRIlDwsDcOHOJo', 'sx6wyHhbFdRXh302Lunr'], followersAdded: ['sx6wyHhbFdRXh302Lunr'] },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'followers', label: 'All Follower User IDs' },
    { key: 'followersAdded', label: 'Added Follower User IDs' },
  ],
});
