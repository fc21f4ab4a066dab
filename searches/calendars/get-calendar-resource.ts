import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { resourceField, resourceOutputs, resourceRecord, resourceTypeField } from '../../src/records/calendar-resource';

/** Get Calendar Resource as a Zap step (the spec's answer has no id: the one asked for is output). */
export default defineSearch({
  key: 'getCalendarResource',
  noun: 'Resource',
  label: 'Get Calendar Resource',
  description: 'Finds a room or equipment by ID, with its counts, capacity and linked calendars.',
  endpoint: endpoint('GET', '/calendars/resources/{resourceType}/{id}', '2021-04-15', ['calendars/resources.readonly']),
  inputs: { resourceType: resourceTypeField(), id: resourceField('The room or equipment to get. Pick one, or map a Resource ID.') },
  records: (body) => [resourceRecord(body)],
  ...resourceOutputs,
});
