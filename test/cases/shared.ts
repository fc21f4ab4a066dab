import type { Case } from '../support/table';

/** Operations that belong to no category (connection plumbing). Agency behaviour: test/agency.test.ts. */
export const sharedCases: Case[] = [
  {
    name: 'on a sub-account connection it asks for an agency connection and sends nothing',
    op: 'triggers.locationDropdown',
    calls: [],
    error: /"Locations \(Dropdown\)" works only on an agency \(company\) connection; this connection is to a sub-account/,
  },
];
