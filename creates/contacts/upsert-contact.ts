import { z } from 'zod';
import { locationId } from '../../src/client';
import { customFieldInputs, customFieldsBody } from '../../src/custom-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import {
  contactCustomOutputFields,
  contactOutputFields,
  contactSample,
  contactAnswer,
} from '../../src/records/contact';
import { contactBody, contactInputs, requireIdentity } from '../../src/records/contact-inputs';

/**
 * Upsert Contact: HighLevel matches on email or phone following the location's "Allow Duplicate
 * Contact" setting, updates the match or creates a contact. The output says which happened.
 */
export default defineAction({
  key: 'upsertContact',
  noun: 'Contact',
  label: 'Upsert Contact',
  description: 'Creates or updates a contact: updates the contact with the same email or phone, or creates one.',
  endpoint: endpoint('POST', '/contacts/upsert', '2021-07-28', ['contacts.write']),
  inputs: {
    ...contactInputs('Replaces the tags of a matched contact.'),
    createNewIfDuplicateAllowed: f.boolean({
      label: 'Create New If Duplicates Allowed',
      helpText: 'If your location allows duplicate contacts, Yes always creates a new contact instead of updating a match.',
    }),
  },
  dynamicInputs: customFieldInputs('contact'),
  request: async (input, ctx) => {
    requireIdentity(input);
    const customFields = await customFieldsBody(ctx, 'contact');
    return {
      body: {
        locationId: locationId(ctx.bundle),
        ...contactBody(input),
        ...(customFields ? { customFields } : {}),
        ...(input.createNewIfDuplicateAllowed !== undefined ? { createNewIfDuplicateAllowed: input.createNewIfDuplicateAllowed } : {}),
      },
    };
  },
  output: async (body, ctx) => {
    const flat = await contactAnswer('the upsert')(body, ctx);
    return { ...flat, isNew: z.looseObject({ new: z.boolean() }).safeParse(body).data?.new ?? false };
  },
  sample: { ...contactSample, isNew: true },
  outputFields: [...contactOutputFields, { key: 'isNew', label: 'Created New Contact', type: 'boolean' }],
  dynamicOutputFields: contactCustomOutputFields,
});
