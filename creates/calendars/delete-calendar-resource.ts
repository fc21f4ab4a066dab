import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { resourceField, resourceTypeField } from '../../src/records/calendar-resource';
import { succeededOf } from '../../src/records/result';

export default defineAction({
  key: 'deleteCalendarResource',
  noun: 'Resource',
  label: 'Delete Calendar Resource',
  description: 'Deletes a room or piece of equipment permanently from your location. This cannot be undone.',
  endpoint: endpoint('DELETE', '/calendars/resources/{resourceType}/{id}', '2021-04-15', ['calendars/resources.write']),
  inputs: { resourceType: resourceTypeField(), id: resourceField('The room or equipment to delete. Pick one, or map a Resource ID.') },
  output: (body, { input }) => ({ resourceId: input.id, resourceType: input.resourceType, succeeded: succeededOf(body) }),
  sample: { resourceId: 'Gk8dYbQ4HvPw2TzL1mNc', resourceType: 'rooms', succeeded: true },
  outputFields: [
    { key: 'resourceId', label: 'Deleted Resource ID' },
    { key: 'resourceType', label: 'Resource Type' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
