import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { locationTable, locationOutputs } from '../../../src/records/location';

/** Location Created (Instant): HighLevel's LocationCreate event, delivered by the relay. */
export default defineHookTrigger({
  key: 'locationCreatedInstant',
  noun: 'Location',
  label: 'Location Created (Instant)',
  description: 'Triggers when a sub-account (location) is added to your agency (agency connections only).',
  eventTypes: ['LocationCreate'],
  inputs: {},
  ...locationOutputs,
  records: eventRecords(locationTable.parse),
  agencyOnly: true,
});
