import { contactField } from '../../src/common-fields';
import { customFieldInputs, customFieldsBody } from '../../src/custom-fields';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { defineAction } from '../../src/operation';
import { contactAnswer, contactOutputs } from '../../src/records/contact';
import { contactBody, contactInputs } from '../../src/records/contact-inputs';

/** Sends only the fields you fill in; empty fields leave HighLevel's values as they are. */
export default defineAction({
  key: 'updateContact',
  noun: 'Contact',
  label: 'Update Contact',
  description: 'Updates an existing contact\'s information. Only the fields you fill in are changed.',
  endpoint: endpoint('PUT', '/contacts/{contactId}', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField('The contact to update. Pick one, or map a Contact ID from an earlier step.'),
    ...contactInputs('Replaces ALL of the contact\'s tags. To add or remove single tags use "Add Tags to Contact" or "Remove Tags from Contact".'),
  },
  dynamicInputs: customFieldInputs('contact'),
  request: async (input, ctx) => {
    const { contactId: _id, ...fields } = input;
    const customFields = await customFieldsBody(ctx, 'contact');
    const body = { ...contactBody(fields), ...(customFields ? { customFields } : {}) };
    if (Object.keys(body).length === 0) {
      throw invalidInput({ key: 'contactId', label: 'Contact' }, 'needs at least one field to change; all fields are empty');
    }
    return { body };
  },
  ...contactOutputs,
  output: contactAnswer(),
});
