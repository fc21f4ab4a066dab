import { endpoint } from '../../src/endpoint';
import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { resourceField, resourceOutputs, resourceRecord, resourceTypeField } from '../../src/records/calendar-resource';

/**
 * Get Calendar Resource: watches one room or piece of equipment; fires when first seen and again
 * whenever it changes (content fingerprint: no update time). The spec's answer carries no id, so
 * the id asked for is output.
 */
export default defineRecordTrigger({
  key: 'getCalendarResource',
  noun: 'Resource',
  label: 'Get Calendar Resource',
  description: 'Triggers when the room or equipment you choose is first seen and again whenever it changes.',
  endpoint: endpoint('GET', '/calendars/resources/{resourceType}/{id}', '2021-04-15', ['calendars/resources.readonly']),
  inputs: { resourceType: resourceTypeField(), id: resourceField('The room or equipment to watch.') },
  record: resourceRecord,
  ...resourceOutputs,
  recordIdKey: 'resourceId',
  recordIdLabel: 'Resource ID',
  version: fingerprint,
});
