import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { businessAnswer, businessInputs, businessShape } from '../../src/records/business';

/** POST /businesses/ (name and locationId required). Paired with Find Business as search-or-create. */
export default defineAction({
  key: 'createBusiness',
  noun: 'Business',
  label: 'Create Business',
  description: 'Creates a new business (company) in the connected location, with its address and contact details.',
  endpoint: endpoint('POST', '/businesses/', '2021-07-28', ['businesses.write']),
  inputs: {
    ...businessInputs(),
    name: f.text({ label: 'Business Name', required: true, helpText: 'The business\'s name, e.g. Delgado Dental.' }),
  },
  request: (input, { bundle }) => ({ body: { locationId: locationId(bundle), ...input } }),
  output: businessAnswer,
  ...businessShape,
});
