import { callApi, locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { customValueAnswer, customValueField, customValueRecord, customValueTable, getCustomValueEndpoint } from '../../src/records/custom-value';

/**
 * The spec requires both name and value on PUT: a field left blank is first read from the
 * custom value itself (one more request), so changing only the value keeps the name.
 */
export default defineAction({
  key: 'updateCustomValue',
  noun: 'Custom Value',
  label: 'Update Custom Value',
  description: 'Updates a custom value\'s text (or name), e.g. this month\'s promo code; every email, SMS and funnel that inserts it uses the new text.',
  endpoint: endpoint('PUT', '/locations/{locationId}/customValues/{id}', '2021-07-28', ['locations/customValues.write']),
  inputs: {
    customValueId: customValueField('The custom value to change. Pick one, or map a Custom Value ID.'),
    value: f.longText({ label: 'Value', helpText: 'The new text. Leave blank to keep the current one.' }),
    name: f.text({ label: 'Name', helpText: 'A new name. Leave blank to keep the current one (renaming changes its merge field).' }),
  },
  request: async (input, ctx) => {
    const loc = locationId(ctx.bundle);
    const path = { locationId: loc, id: input.customValueId };
    if (input.name === undefined && input.value === undefined) {
      throw invalidInput({ key: 'value', label: 'Value' }, 'or Name is needed: there is nothing to update');
    }
    const current = input.name !== undefined && input.value !== undefined ? null : customValueRecord(await callApi(ctx, getCustomValueEndpoint, { path }));
    return { path, body: { name: input.name ?? current?.name ?? '', value: input.value ?? current?.value ?? '' } };
  },
  ...customValueTable.shape,
  output: customValueAnswer,
});
