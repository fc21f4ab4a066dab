import { locationId } from '../../src/client';
import { defineListTrigger } from '../../src/operation';
import { groupList, groupOutputs, groupsEndpoint } from '../../src/records/calendar-group';

/** List Calendar Groups: fires once for each new calendar group (the endpoint has no paging). */
export default defineListTrigger({
  key: 'listCalendarGroups',
  noun: 'Calendar Group',
  label: 'List Calendar Groups',
  description: 'Get all calendar groups of your location: triggers when a new calendar group is created.',
  endpoint: groupsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle) } }),
  records: groupList,
  ...groupOutputs,
});
