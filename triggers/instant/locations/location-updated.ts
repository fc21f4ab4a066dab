import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { locationTable, locationOutputs } from '../../../src/records/location';

/** Location Updated (Instant): HighLevel's LocationUpdate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'locationUpdatedInstant',
  noun: 'Location',
  label: 'Location Updated (Instant)',
  description: 'Triggers when a sub-account (location) of your agency is changed (agency connections only).',
  eventTypes: ['LocationUpdate'],
  inputs: {},
  ...locationOutputs,
  records: eventRecords(locationTable.parse),
  agencyOnly: true,
});
