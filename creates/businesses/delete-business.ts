import { z } from 'zod';
import { businessField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { parseResponse } from '../../src/schemas';

export default defineAction({
  key: 'deleteBusiness',
  noun: 'Business',
  label: 'Delete Business',
  description: 'Deletes a business permanently; its contacts are kept, without the business. This cannot be undone.',
  endpoint: endpoint('DELETE', '/businesses/{businessId}', '2021-07-28', ['businesses.write']),
  inputs: { businessId: businessField() },
  output: (body, { input }) => ({
    businessId: input.businessId,
    succeeded: parseResponse(z.looseObject({ success: z.boolean().nullish() }), body ?? {}, 'the business deletion').success ?? true,
  }),
  sample: { businessId: '63771dcac1116f0e21de8e12', succeeded: true },
  outputFields: [
    { key: 'businessId', label: 'Deleted Business ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
