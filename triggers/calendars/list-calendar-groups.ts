import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { groupList, groupOutputs, groupsEndpoint } from '../../src/records/calendar-group';

/** List Calendar Groups: fires once for each new calendar group (the endpoint has no paging). */
export default defineListTrigger({
  key: 'listCalendarGroups',
  noun: 'Calendar Group',
  label: 'List Calendar Groups',
  description: 'Triggers when a new calendar group is created in your location.',
  endpoint: groupsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  records: groupList,
  ...groupOutputs,
});
