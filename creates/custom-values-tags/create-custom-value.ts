import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { customValueAnswer, customValueTable } from '../../src/records/custom-value';

export default defineAction({
  key: 'createCustomValue',
  noun: 'Custom Value',
  label: 'Create Custom Value',
  description: 'Creates a custom value (a named text such as a promo code) that emails, SMS and funnels can insert with its merge field.',
  endpoint: endpoint('POST', '/locations/{locationId}/customValues', '2021-07-28', ['locations/customValues.write']),
  inputs: {
    name: f.text({ label: 'Name', required: true, helpText: 'The custom value\'s name, unique in the location, e.g. `Spring Promo Code`; its merge field is made from it.' }),
    value: f.longText({ label: 'Value', required: true, helpText: 'The text the merge field inserts, e.g. `SMILE25`.' }),
  },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle) }, body: { name: input.name, value: input.value } }),
  ...customValueTable.shape,
  output: customValueAnswer,
});
