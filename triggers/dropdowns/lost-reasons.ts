import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { endpoint } from '../../src/endpoint';

/** The location's reasons for lost opportunities (Update Opportunity Status, Upsert Opportunity). */
export default defineDropdown({
  key: 'lostReasonDropdown',
  noun: 'Lost Reason',
  endpoint: endpoint('GET', '/opportunities/lost-reason', '2021-07-28', ['opportunities.readonly']),
  listKey: 'lostReasons',
  pagedBySkip: true,
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
});
