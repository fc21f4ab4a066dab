import { contactField, tagsField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { tagChangeResult } from '../../src/records/tag';

/** DELETE with a JSON body `{ tags }`, as the spec says; the shared client sends bodies on DELETE. */
export default defineAction({
  key: 'removeContactTags',
  noun: 'Tag',
  label: 'Remove Tags From Contact',
  description: 'Removes specific tags from a contact; its other tags stay.',
  endpoint: endpoint('DELETE', '/contacts/{contactId}/tags', '2021-07-28', ['contacts.write']),
  inputs: {
    contactId: contactField(),
    tags: tagsField(true, 'Tags to remove, as a list or separated by commas.'),
  },
  request: (input) => ({ body: { tags: input.tags } }),
  output: (body, ctx) => ({ contactId: ctx.input.contactId, ...tagChangeResult.output(body, ctx) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', tags: ['postcard'] },
  outputFields: [{ key: 'contactId', label: 'Contact ID' }, ...tagChangeResult.outputFields],
});
