import { businessField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';
import { businessAnswer, businessInputs, businessShape } from '../../src/records/business';

/** PUT /businesses/{businessId}: sends only the fields you fill in. */
export default defineAction({
  key: 'updateBusiness',
  noun: 'Business',
  label: 'Update Business',
  description: 'Updates a business\'s name, address, phone, email, website or description. Only the fields you fill in are changed.',
  endpoint: endpoint('PUT', '/businesses/{businessId}', '2021-07-28', ['businesses.write']),
  inputs: { businessId: businessField(), ...businessInputs() },
  request: ({ businessId: _id, ...fields }) => {
    if (Object.values(fields).every((v) => v === undefined)) {
      throw invalidInput({ key: 'businessId', label: 'Business' }, 'needs at least one field to change; all fields are empty');
    }
    return { body: fields };
  },
  output: businessAnswer,
  ...businessShape,
});
