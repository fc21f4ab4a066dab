import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { listAccountsEndpoint, socialAccountList } from '../../src/records/social-planner';

/** The Social Planner's connected accounts for the Accounts dropdown (hidden): one unpaged list. */
export default defineListTrigger({
  key: 'socialAccountDropdown',
  noun: 'Social Account',
  label: 'Social Accounts (Dropdown)',
  description: 'Triggers when the Accounts dropdown loads: lists the social media accounts connected to the Social Planner.',
  hidden: true,
  endpoint: listAccountsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ path: { locationId: locationId(bundle) } }),
  records: socialAccountList,
  output: (rows) => rows.map((a) => ({ id: a.id, name: [a.name ?? a.id, a.platform ? `(${a.platform})` : ''].filter(Boolean).join(' ') })),
  sample: { id: 've9EPM428h8vShlRW1KT_110552314125325_page', name: 'Sunrise Dental Austin (facebook)' },
  outputFields: [
    { key: 'id', label: 'Account ID' },
    { key: 'name', label: 'Account' },
  ],
});
