import { z } from 'zod';
import { errors } from 'zapier-platform-core';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { parseResponse } from '../../src/schemas';

/**
 * The marketplace app's id, which /oauth/installedLocations needs. HighLevel client ids are
 * "<appId>-<suffix>"; HIGHLEVEL_APP_ID overrides when that does not hold.
 */
export const marketplaceAppId = (): string => process.env.HIGHLEVEL_APP_ID || (process.env.CLIENT_ID ?? '').split('-')[0] || '';

const Installed = z.object({
  locations: z.array(z.looseObject({ _id: z.string(), name: z.string().nullish(), address: z.string().nullish() })).nullish(),
});

const PAGE = 100;

/** Locations where the app is installed, for the Location dropdown of agency connections. */
export default defineListTrigger({
  key: 'locationDropdown',
  noun: 'Location',
  label: 'Locations (Dropdown)',
  description: 'Triggers when the Location dropdown of an agency connection loads: lists the sub-accounts where the app is installed.',
  hidden: true,
  canPaginate: true,
  connection: 'agency',
  endpoint: endpoint('GET', '/oauth/installedLocations', '2021-07-28', ['oauth.readonly']),
  inputs: {},
  request: (_input, { bundle }) => {
    const appId = marketplaceAppId();
    if (!appId) throw new errors.Error('The app is missing CLIENT_ID (or HIGHLEVEL_APP_ID) in its environment.', 'Misconfigured', 500);
    return {
      query: { companyId: bundle.authData.companyId, appId, isInstalled: true, limit: PAGE, skip: (Number(bundle.meta?.page) || 0) * PAGE },
    };
  },
  records: (body: unknown) => parseResponse(Installed, body, 'the installed locations list').locations ?? [],
  output: (locations) => locations.map((l) => ({ id: l._id, name: l.address ? `${l.name ?? l._id} (${l.address})` : (l.name ?? l._id) })),
  sample: { id: 've9EPM428h8vShlRW1KT', name: 'Sunrise Dental - Austin (47 W 13th St, Austin, TX)' },
  outputFields: [
    { key: 'id', label: 'Location ID' },
    { key: 'name', label: 'Location' },
  ],
});
