import { defineListTrigger } from '../../src/operation';
import { associationList, associationOutputs, associationsByObjectKeyEndpoint, keyNameQuery, objectKeyInputs } from '../../src/records/association';

/**
 * Get Association by Keys: the associations of one object type. HighLevel may answer several
 * (the spec types one), so this is a list trigger: each new association of the object fires once.
 */
export default defineListTrigger({
  key: 'getAssociationsByObjectKey',
  noun: 'Association',
  label: 'Get Association By Keys',
  description: 'Triggers when a new association involves the object you give (contact, opportunity or a custom object).',
  endpoint: associationsByObjectKeyEndpoint,
  inputs: objectKeyInputs,
  request: keyNameQuery,
  records: associationList,
  ...associationOutputs,
});
