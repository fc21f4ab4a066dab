import { contactField, tagsField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { tagChangeResult } from '../../src/records/tag';

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
  output: (body, ctx) => ({ contactId: ctx.input.contactId, ...tagChangeResult.output(body, ctx) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', tags: ['postcard', 'vip'] },
  outputFields: [{ key: 'contactId', label: 'Contact ID' }, ...tagChangeResult.outputFields],
});
