import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { succeededOf } from '../../src/records/result';

/**
 * DELETE /social-media-posting/{locationId}/accounts/{id} ("Delete account and account from
 * group"); the spec's optional companyId/userId query is not needed for a location's own account.
 * Scope: the spec gives none; docs/oauth/Scopes.md lists it under socialplanner/account.write.
 */
export default defineAction({
  key: 'deleteSocialAccount',
  noun: 'Social Account',
  label: 'Delete Social Account',
  description: 'Disconnects a social media account from the Social Planner (its scheduled posts are no longer posted to it; reconnecting it takes its owner\'s sign-in). This cannot be undone.',
  endpoint: endpoint('DELETE', '/social-media-posting/{locationId}/accounts/{id}', '2021-07-28', ['socialplanner/account.write']),
  inputs: {
    id: f.id({ label: 'Account', required: true, dynamic: 'socialAccountDropdown.id.name', helpText: 'The connected account to remove. Pick one, or map an Account ID.' }),
  },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), id: input.id } }),
  output: (body, { input }) => ({ accountId: input.id, succeeded: succeededOf(body) }),
  sample: { accountId: 've9EPM428h8vShlRW1KT_110552314125325_page', succeeded: true },
  outputFields: [
    { key: 'accountId', label: 'Deleted Account ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
