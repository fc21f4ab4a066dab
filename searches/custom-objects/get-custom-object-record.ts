import { getRecordEndpoint, objectRecordField, objectRecordOne, objectRecordOutputs, schemaKeyField } from '../../src/custom-objects';
import { defineSearch } from '../../src/operation';

/** Get Custom Object Record: one record by its id (a 404 is "no result"). */
export default defineSearch({
  key: 'getCustomObjectRecord',
  noun: 'Custom Object Record',
  label: 'Get Custom Object Record',
  description: 'Finds one record of a custom object by its ID, with all of its fields by name.',
  endpoint: getRecordEndpoint,
  inputs: { schemaKey: schemaKeyField(), objectRecordId: objectRecordField('The record. Pick one, or map a Record ID from an earlier step.') },
  request: (input) => ({ path: { schemaKey: input.schemaKey, id: input.objectRecordId } }),
  records: (body: unknown) => [objectRecordOne(body)],
  ...objectRecordOutputs,
});
