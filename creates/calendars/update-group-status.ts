import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { groupField } from '../../src/records/calendar-group';
import { succeededOf } from '../../src/records/result';

/** Update Group Status: PUT /calendars/groups/{groupId}/status with { isActive } (the spec's "Disable Group"). */
export default defineAction({
  key: 'updateCalendarGroupStatus',
  noun: 'Calendar Group',
  label: 'Update Group Status',
  description: 'Enables or disables a calendar group: a disabled group takes no bookings.',
  endpoint: endpoint('PUT', '/calendars/groups/{groupId}/status', '2021-04-15', ['calendars/groups.write']),
  inputs: {
    groupId: groupField(true, 'The group to enable or disable.'),
    isActive: f.boolean({ label: 'Active', required: true, helpText: 'Yes enables the group, No disables it.' }),
  },
  request: ({ isActive }) => ({ body: { isActive } }),
  output: (body, { input }) => ({ groupId: input.groupId, isActive: input.isActive, succeeded: succeededOf(body) }),
  sample: { groupId: 'BqTwX8QFwXzpegMve9EQ', isActive: false, succeeded: true },
  outputFields: [
    { key: 'groupId', label: 'Calendar Group ID' },
    { key: 'isActive', label: 'Active', type: 'boolean' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
