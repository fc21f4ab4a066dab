import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { followersAnswer, usersListField } from '../../src/records/user';

/** DELETE /contacts/{contactId}/followers with the JSON body `{ followers }` the spec requires. */
export default defineAction({
  key: 'removeContactFollowers',
  noun: 'Follower',
  label: 'Remove Contact Followers',
  description: 'Removes followers from a contact: the users you name stop following it.',
  endpoint: endpoint('DELETE', '/contacts/{contactId}/followers', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField('The contact to remove followers from.'),
    followers: usersListField('Followers', true, 'The users who should stop following the contact, as a list or separated by commas.'),
  },
  request: ({ followers }) => ({ body: { followers } }),
  output: (body, { input }) => {
    const r = followersAnswer(body);
    return { contactId: input.contactId, followers: r.followers ?? [], followersRemoved: r.followersRemoved ?? [] };
  },
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', followers: ['y0BeYjuRIlDwsDcOHOJo'], followersRemoved: ['sx6wyHhbFdRXh302Lunr'] },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'followers', label: 'Remaining Follower User IDs' },
    { key: 'followersRemoved', label: 'Removed Follower User IDs' },
  ],
});
