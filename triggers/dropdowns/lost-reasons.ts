import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { lostReasonsEndpoint } from '../../src/records/lost-reason';

/** The location's reasons for lost opportunities (Update Opportunity Status, Upsert Opportunity). */
export default defineDropdown({
  key: 'lostReasonDropdown',
  noun: 'Lost Reason',
  endpoint: lostReasonsEndpoint,
  listKey: 'lostReasons',
  pagedBySkip: true,
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
});
