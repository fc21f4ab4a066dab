import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { associationOutputs, associationTable } from '../../../src/records/association';

/** Association Deleted (Instant): HighLevel's AssociationDelete event, delivered by the relay. */
export default defineHookTrigger({
  key: 'associationDeletedInstant',
  noun: 'Association',
  label: 'Association Deleted (Instant)',
  description: 'Triggers when an association is deleted (the links of its type between records go with it).',
  eventTypes: ['AssociationDelete'],
  inputs: {},
  ...associationOutputs,
  records: eventRecords(associationTable.parse),
});
