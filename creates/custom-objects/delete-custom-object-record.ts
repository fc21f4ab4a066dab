import { deleteRecordEndpoint, objectRecordField, schemaKeyField } from '../../src/custom-objects';
import { defineAction } from '../../src/operation';
import { succeededOf } from '../../src/records/result';

export default defineAction({
  key: 'deleteCustomObjectRecord',
  noun: 'Custom Object Record',
  label: 'Delete Custom Object Record',
  description: 'Deletes a record of a custom object permanently. This cannot be undone.',
  endpoint: deleteRecordEndpoint,
  inputs: { schemaKey: schemaKeyField(), objectRecordId: objectRecordField('The record to delete permanently.') },
  request: (input) => ({ path: { schemaKey: input.schemaKey, id: input.objectRecordId } }),
  output: (body, { input }) => ({ recordId: input.objectRecordId, succeeded: succeededOf(body) }),
  sample: { recordId: '67a235b49b289431bcf657f8', succeeded: true },
  outputFields: [
    { key: 'recordId', label: 'Deleted Record ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
