import { opt, req, route, V_2021_07_28 as V, type Route, type World } from '../http';

/**
 * Followers of a contact or an opportunity (Version 2021-07-28): add (POST) and remove (DELETE,
 * with the followers in the body; `isRemoveAllFollowers=true` on an opportunity removes all).
 * Followers must be users of the record's location. Answers: the followers now, and those added
 * or removed.
 */

export function followerRoutes({ store }: World, kind: 'contact' | 'opportunity'): Route[] {
  const recordOf = (id: string) => (kind === 'contact' ? store.contacts.get(id) : store.opportunities.get(id));
  const missing = kind === 'contact' ? 'Contact not found' : 'Opportunity not found';
  const base = kind === 'contact' ? '/contacts/{contactId}/followers' : '/opportunities/{id}/followers';
  const idOf = (params: Record<string, string>) => params.contactId ?? params.id ?? '';
  const knownUsers = (locationId: string, ids: readonly string[]) => ids.filter((id) => store.users.get(id)?.roles.locationIds.includes(locationId));
  const touch = (r: { followers: string[] }, followers: string[]) => {
    r.followers = followers;
    const now = store.now();
    if ('dateUpdated' in r) r.dateUpdated = now;
    if ('updatedAt' in r) r.updatedAt = now;
  };

  return [
    route({
      method: 'POST',
      path: base,
      version: V,
      status: 201,
      body: { followers: req.stringArray() },
      handler: ({ params, body, own }) => {
        const r = own(recordOf(idOf(params)), missing);
        const added = knownUsers(r.locationId, body.followers).filter((id) => !r.followers.includes(id));
        touch(r, [...r.followers, ...added]);
        return { followers: [...r.followers], followersAdded: added };
      },
    }),
    route({
      method: 'DELETE',
      path: base,
      version: V,
      query: kind === 'opportunity' ? { isRemoveAllFollowers: opt.boolean() } : {},
      body: { followers: req.stringArray() },
      handler: ({ params, body, query, own }) => {
        const r = own(recordOf(idOf(params)), missing);
        const all = 'isRemoveAllFollowers' in query && query.isRemoveAllFollowers === true;
        const removed = all ? [...r.followers] : r.followers.filter((id) => body.followers.includes(id));
        touch(r, r.followers.filter((id) => !removed.includes(id)));
        return { followers: [...r.followers], followersRemoved: removed };
      },
    }),
  ];
}
