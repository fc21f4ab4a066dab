import { locationId } from '../../src/client';
import { createRecordEndpoint, objectFieldInputs, objectRecordOne, objectRecordOutputs, propertiesBody, schemaKeyField } from '../../src/custom-objects';
import { recordPeopleBody, recordPeopleInputs } from '../../src/custom-object-writes';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';

export default defineAction({
  key: 'createCustomObjectRecord',
  noun: 'Custom Object Record',
  label: 'Create Custom Object Record',
  description: 'Creates a record of a custom object (e.g. a Pet) with the object\'s own fields, an owner and followers.',
  endpoint: createRecordEndpoint,
  inputs: { schemaKey: schemaKeyField(), ...recordPeopleInputs },
  dynamicInputs: objectFieldInputs,
  request: async (input, ctx) => {
    const properties = await propertiesBody(ctx, input.schemaKey);
    if (!properties) throw invalidInput({ key: 'schemaKey', label: 'Custom Object' }, 'needs at least one of its fields filled in for the new record');
    return { path: { schemaKey: input.schemaKey }, body: { locationId: locationId(ctx.bundle), properties, ...recordPeopleBody(input) } };
  },
  sample: objectRecordOutputs.sample,
  outputFields: objectRecordOutputs.outputFields,
  dynamicOutputFields: objectRecordOutputs.dynamicOutputFields,
  output: async (body, ctx) => (await objectRecordOutputs.output([objectRecordOne(body)], ctx))[0]!,
});
