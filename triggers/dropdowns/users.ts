import { errors } from 'zapier-platform-core';
import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { endpoint } from '../../src/endpoint';

/**
 * Users of the connected location. GET /users/search is the current endpoint (GET /users/ is
 * deprecated); it needs the companyId, which the token response gave us.
 */
export default defineDropdown({
  key: 'userDropdown',
  noun: 'User',
  endpoint: endpoint('GET', '/users/search', '2021-07-28', ['users.readonly']),
  listKey: 'users',
  pagedBySkip: true,
  request: (_input, { bundle }) => {
    const companyId = bundle.authData?.companyId;
    if (!companyId) throw new errors.Error('This connection has no company ID; reconnect HighLevel to list users.', 'InvalidConnection', 400);
    return { query: { companyId, locationId: locationId(bundle) } };
  },
  label: (u) => {
    const name = u.name || [u.firstName, u.lastName].filter(Boolean).join(' ') || u.id;
    return u.email ? `${name} (${u.email})` : name;
  },
});
