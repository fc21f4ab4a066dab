import { z } from 'zod';
import { contactField, tagsField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { parseResponse } from '../../src/schemas';

export const tagsResponse = (body: unknown) =>
  parseResponse(z.object({ tags: z.array(z.string()).nullish() }), body, 'the tag change').tags ?? [];

export default defineAction({
  key: 'addContactTags',
  noun: 'Tag',
  label: 'Add Tags To Contact',
  description: 'Adds tags to a contact and keeps the ones it has, to organize and segment contacts.',
  endpoint: endpoint('POST', '/contacts/{contactId}/tags', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField(),
    tags: tagsField(true, 'Tags to add, as a list or separated by commas (e.g. "postcard, vip").'),
  },
  request: (input) => ({ body: { tags: input.tags } }),
  output: (body, { input }) => ({ contactId: input.contactId, tags: tagsResponse(body) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', tags: ['postcard', 'vip'] },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'tags', label: 'Tags' },
  ],
});
