import { defineSearch } from '../../src/operation';
import { associationByKeyEndpoint, associationOutputs, associationRecord, keyNameInputs, keyNameQuery } from '../../src/records/association';

/** Get Association Key as a Zap step: the association with that key, or no result. */
export default defineSearch({
  key: 'getAssociationByKeyName',
  noun: 'Association',
  label: 'Get Association Key',
  description: 'Finds an association by its key name (e.g. pet_owner), with its ID and the object types it links.',
  endpoint: associationByKeyEndpoint,
  inputs: keyNameInputs,
  request: keyNameQuery,
  records: (body) => [associationRecord(body)],
  ...associationOutputs,
});
