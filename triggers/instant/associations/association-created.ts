import findAssociations from '../../associations/find-associations';
import { defineHookTrigger, eventRecords } from '../../../src/hook-trigger';
import { associationOutputs, associationTable } from '../../../src/records/association';

/** Association Created (Instant): HighLevel's AssociationCreate event, delivered by the relay; samples from Find Associations. */
export default defineHookTrigger({
  key: 'associationCreatedInstant',
  noun: 'Association',
  label: 'Association Created (Instant)',
  description: 'Triggers when a new association (a link type between contacts and custom objects, e.g. Pet Owner) is defined.',
  eventTypes: ['AssociationCreate'],
  inputs: {},
  ...associationOutputs,
  records: eventRecords(associationTable.parse),
  poll: findAssociations,
});
