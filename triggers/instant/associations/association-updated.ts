import findAssociations from '../../associations/find-associations';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { associationOutputs, associationTable } from '../../../src/records/association';

/** Association Updated (Instant): HighLevel's AssociationUpdate event, delivered by the relay; samples from Find Associations. */
export default defineHookTrigger({
  key: 'associationUpdatedInstant',
  noun: 'Association',
  label: 'Association Updated (Instant)',
  description: 'Triggers when an association is changed (its labels or how many records each side may link).',
  eventTypes: ['AssociationUpdate'],
  inputs: {},
  ...associationOutputs,
  records: eventRecords(associationTable.parse),
  poll: findAssociations,
});
