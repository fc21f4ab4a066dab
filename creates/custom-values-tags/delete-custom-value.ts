import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { customValueField } from '../../src/records/custom-value';
import { succeededOf } from '../../src/records/result';

export default defineAction({
  key: 'deleteCustomValue',
  noun: 'Custom Value',
  label: 'Delete Custom Value',
  description: 'Deletes a custom value; messages that insert it get empty text from then on. This cannot be undone.',
  endpoint: endpoint('DELETE', '/locations/{locationId}/customValues/{id}', '2021-07-28', ['locations/customValues.write']),
  inputs: { customValueId: customValueField('The custom value to delete permanently.') },
  request: (input, { bundle }) => ({ path: { locationId: locationId(bundle), id: input.customValueId } }),
  output: (body, { input }) => ({ customValueId: input.customValueId, succeeded: succeededOf(body) }),
  sample: { customValueId: 'rWQ709Pb62syqGLceg1x', succeeded: true },
  outputFields: [
    { key: 'customValueId', label: 'Deleted Custom Value ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
