import { recordTrigger } from './record-event';

/** Custom Object Record Deleted (Instant): HighLevel's RecordDelete event (the record as it was), delivered by the relay. */
export default recordTrigger({
  key: 'customObjectRecordDeletedInstant',
  label: 'Custom Object Record Deleted (Instant)',
  description: 'Triggers when a record of a custom object is deleted, with its fields as they were (no polling trigger can see a deletion).',
  eventType: 'RecordDelete',
});
