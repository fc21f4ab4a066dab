import { defineSearch } from '../../src/operation';
import { associationField, associationOutputs, associationRecord, getAssociationEndpoint } from '../../src/records/association';

/** Get Association as a Zap step: the association by ID, or no result. */
export default defineSearch({
  key: 'getAssociation',
  noun: 'Association',
  label: 'Get Association',
  description: 'Finds an association by ID, with its key, the two object types it links and their labels.',
  endpoint: getAssociationEndpoint,
  inputs: { associationId: associationField('The association to get. Pick one, or map an Association ID from an earlier step.') },
  records: (body) => [associationRecord(body)],
  ...associationOutputs,
});
