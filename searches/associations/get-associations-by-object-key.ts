import { defineSearch } from '../../src/operation';
import { associationList, associationOutputs, associationsByObjectKeyEndpoint, keyNameQuery, objectKeyInputs } from '../../src/records/association';

/** Get Association by Keys as a Zap step: the associations involving the object (the first is the step's result). */
export default defineSearch({
  key: 'getAssociationsByObjectKey',
  noun: 'Association',
  label: 'Get Association By Keys',
  description: 'Finds the associations that involve an object type (contact, opportunity or custom_objects.<name>).',
  endpoint: associationsByObjectKeyEndpoint,
  inputs: objectKeyInputs,
  request: keyNameQuery,
  records: associationList,
  ...associationOutputs,
});
