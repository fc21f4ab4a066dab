import { locationId } from '../../src/client';
import { objectFieldInputs, objectRecordField, objectRecordOne, objectRecordOutputs, propertiesBody, schemaKeyField, updateRecordEndpoint } from '../../src/custom-objects';
import { recordPeopleBody, recordPeopleInputs } from '../../src/custom-object-writes';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';

/** Only the fields filled in are sent (HighLevel keeps the others). */
export default defineAction({
  key: 'updateCustomObjectRecord',
  noun: 'Custom Object Record',
  label: 'Update Custom Object Record',
  description: 'Updates a record of a custom object: the fields you fill in change, the others stay as they are.',
  endpoint: updateRecordEndpoint,
  inputs: { schemaKey: schemaKeyField(), objectRecordId: objectRecordField('The record to update. Pick one, or map a Record ID from an earlier step.'), ...recordPeopleInputs },
  dynamicInputs: objectFieldInputs,
  request: async (input, ctx) => {
    const properties = await propertiesBody(ctx, input.schemaKey);
    const people = recordPeopleBody(input);
    if (!properties && Object.keys(people).length === 0) {
      throw invalidInput({ key: 'objectRecordId', label: 'Record' }, 'has nothing to update: fill in at least one field, the owner or the followers');
    }
    return {
      path: { schemaKey: input.schemaKey, id: input.objectRecordId },
      query: { locationId: locationId(ctx.bundle) },
      body: { ...(properties ? { properties } : {}), ...people },
    };
  },
  sample: objectRecordOutputs.sample,
  outputFields: objectRecordOutputs.outputFields,
  dynamicOutputFields: objectRecordOutputs.dynamicOutputFields,
  output: async (body, ctx) => (await objectRecordOutputs.output([objectRecordOne(body)], ctx))[0]!,
});
