import { locationId } from '../../src/client';
import { defineDropdown } from '../../src/dropdown';
import { groupsEndpoint } from '../../src/records/calendar-group';

/** Calendar groups of the location; an inactive group is marked. */
export default defineDropdown({
  key: 'calendarGroupDropdown',
  noun: 'Calendar Group',
  endpoint: groupsEndpoint,
  listKey: 'groups',
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  label: (g) => (g.isActive === false ? `${g.name ?? g.id} (inactive)` : (g.name ?? g.id)),
});
