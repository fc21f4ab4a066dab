import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { groupField } from '../../src/records/calendar-group';
import { succeededOf } from '../../src/records/result';

export default defineAction({
  key: 'deleteCalendarGroup',
  noun: 'Calendar Group',
  label: 'Delete Calendar Group',
  description: 'Deletes a calendar group permanently from your location. This cannot be undone.',
  endpoint: endpoint('DELETE', '/calendars/groups/{groupId}', '2021-04-15', ['calendars/groups.write']),
  inputs: { groupId: groupField(true, 'The group to delete. Pick one, or map a Calendar Group ID.') },
  output: (body, { input }) => ({ groupId: input.groupId, succeeded: succeededOf(body) }),
  sample: { groupId: 'BqTwX8QFwXzpegMve9EQ', succeeded: true },
  outputFields: [
    { key: 'groupId', label: 'Deleted Calendar Group ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
