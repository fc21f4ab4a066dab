import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { listAccountsEndpoint, socialAccountList } from '../../src/records/social-planner';

/**
 * The connected accounts by their profile ID (hidden), for the statistics' Accounts input: the
 * statistics endpoint takes `profileIds` ("found as 'profileId' in /accounts api"), not account IDs.
 */
export default defineListTrigger({
  key: 'socialProfileDropdown',
  noun: 'Social Account',
  label: 'Social Account Profiles (Dropdown)',
  description: 'Triggers when the Accounts dropdown of the statistics loads: lists the connected social media accounts by profile ID.',
  hidden: true,
  endpoint: listAccountsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ path: { locationId: locationId(bundle) } }),
  records: socialAccountList,
  output: (rows) =>
    rows.filter((a) => a.profileId).map((a) => ({ id: a.profileId ?? a.id, name: [a.name ?? a.id, a.platform ? `(${a.platform})` : ''].filter(Boolean).join(' ') })),
  sample: { id: '110552314125325', name: 'Sunrise Dental Austin (facebook)' },
  outputFields: [
    { key: 'id', label: 'Profile ID' },
    { key: 'name', label: 'Account' },
  ],
});
