import { defineListTrigger } from '../../src/operation';
import { associationList, associationOutputs, associationsByObjectKeyEndpoint, keyNameQuery, objectKeyInputs } from '../../src/records/association';

/**
 * Get Association by Keys: the associations of one object type. HighLevel may answer several
 * (the spec types one), so this is a list trigger: each new association of the object fires once.
 */
export default defineListTrigger({
  key: 'getAssociationsByObjectKey',
  noun: 'Association',
  label: 'Get Association by Keys',
  description: 'Find by object keys: triggers for each new association that involves the given object (contact, opportunity or a custom object).',
  endpoint: associationsByObjectKeyEndpoint,
  inputs: objectKeyInputs,
  request: keyNameQuery,
  records: associationList,
  ...associationOutputs,
});
