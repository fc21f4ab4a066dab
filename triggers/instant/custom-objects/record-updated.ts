import newCustomObjectRecord from '../../custom-objects/new-custom-object-record';
import { recordTrigger } from './record-event';

/**
 * Custom Object Record Updated (Instant): HighLevel's RecordUpdate event, delivered by the relay.
 * Its output is the record (its own ID in `id`, as New Custom Object Record gives it), so samples
 * come from the newest records.
 */
export default recordTrigger({
  key: 'customObjectRecordUpdatedInstant',
  label: 'Custom Object Record Updated (Instant)',
  description: 'Triggers when a record of a custom object is changed, with its fields by name.',
  eventType: 'RecordUpdate',
  poll: newCustomObjectRecord,
});
