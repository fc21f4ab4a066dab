import { locationId } from '../../src/client';
import { customFieldInputs, customFieldsBody } from '../../src/custom-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { contactAnswer, contactOutputs } from '../../src/records/contact';
import { contactBody, contactInputs, requireIdentity } from '../../src/records/contact-inputs';

export default defineAction({
  key: 'createContact',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Creates a new contact, with mailing address, tags and custom fields.',
  endpoint: endpoint('POST', '/contacts/', '2021-07-28', ['contacts.write']),
  inputs: contactInputs('Tags to give the new contact.'),
  dynamicInputs: customFieldInputs('contact'),
  request: async (input, ctx) => {
    requireIdentity(input);
    const customFields = await customFieldsBody(ctx, 'contact');
    return { body: { locationId: locationId(ctx.bundle), ...contactBody(input), ...(customFields ? { customFields } : {}) } };
  },
  ...contactOutputs,
  output: contactAnswer(),
});
