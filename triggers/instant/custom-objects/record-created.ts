import newCustomObjectRecord from '../../custom-objects/new-custom-object-record';
import { recordTrigger } from './record-event';

/** Custom Object Record Created (Instant): HighLevel's RecordCreate event, delivered by the relay; samples from New Custom Object Record. */
export default recordTrigger({
  key: 'customObjectRecordCreatedInstant',
  label: 'Custom Object Record Created (Instant)',
  description: 'Triggers when a record is added to a custom object (e.g. a new Pet), with its fields by name.',
  eventType: 'RecordCreate',
  poll: newCustomObjectRecord,
});
