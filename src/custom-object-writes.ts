import { userField } from './common-fields';
import { usersListField } from './records/user';

/**
 * The owner and followers inputs of custom object record writes (HighLevel: at most one owner
 * and ten followers, users of the location), sent as `owner: [id]` and `followers: [...]`.
 */
export const recordPeopleInputs = {
  ownerId: userField('Owner', 'The user who owns the record. Leave blank to leave it unset (or unchanged on update).'),
  followers: usersListField('Followers', false, 'Users who follow the record (at most 10), as a list or separated by commas. Leave blank to leave them unchanged.'),
};

export function recordPeopleBody(input: { ownerId?: string; followers?: string[] }): { owner?: string[]; followers?: string[] } {
  return {
    ...(input.ownerId ? { owner: [input.ownerId] } : {}),
    ...(input.followers ? { followers: input.followers } : {}),
  };
}
