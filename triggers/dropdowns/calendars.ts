import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { calendarsEndpoint } from '../../src/records/calendar';

/** Calendars of the location, drafts included and marked. */
export default defineDropdown({
  key: 'calendarDropdown',
  noun: 'Calendar',
  endpoint: calendarsEndpoint,
  listKey: 'calendars',
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  label: (c) => (c.isActive === false ? `${c.name ?? c.id} (draft)` : (c.name ?? c.id)),
});
