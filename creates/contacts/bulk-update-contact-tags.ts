import { z } from 'zod';
import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { parseResponse } from '../../src/schemas';

/**
 * POST /contacts/bulk/tags/update/{type}. The spec does not declare the {type} path parameter;
 * its description and `removeAllTags` ("can only be used with remove type") say it is add|remove.
 * The spec has no security block either; contacts.write is the scope of every other contact write.
 */
export default defineAction({
  key: 'bulkUpdateContactTags',
  noun: 'Tag',
  label: 'Bulk Update Contact Tags',
  description: 'Adds or removes multiple tags at once, on many contacts in one request.',
  endpoint: endpoint('POST', '/contacts/bulk/tags/update/{type}', '2021-07-28', ['contacts.write']),
  inputs: {
    type: f.choice({ label: 'Change', required: true, choices: { add: 'Add tags', remove: 'Remove tags' }, helpText: 'Add the tags to the contacts, or remove them.' }),
    contacts: f.list({ label: 'Contacts', required: true, dynamic: 'contactDropdown.id.name', helpText: 'The contacts to change: pick them, or map Contact IDs (a list or separated by commas).' }),
    tags: f.list({ label: 'Tags', helpText: 'Tags to add or remove, as a list or separated by commas.' }),
    removeAllTags: f.boolean({ label: 'Remove All Tags', helpText: 'With "Remove tags": Yes removes every tag of these contacts.' }),
  },
  request: (input, { bundle }) => {
    if (input.removeAllTags && input.type !== 'remove') {
      throw invalidInput({ key: 'removeAllTags', label: 'Remove All Tags' }, 'can only be used with "Remove tags"');
    }
    if (!input.tags && !input.removeAllTags) throw invalidInput({ key: 'tags', label: 'Tags' }, 'needs at least one value');
    return {
      path: { type: input.type },
      body: {
        locationId: locationId(bundle),
        contacts: input.contacts,
        tags: input.tags ?? [],
        ...(input.removeAllTags !== undefined ? { removeAllTags: input.removeAllTags } : {}),
      },
    };
  },
  output: (body) => {
    const r = parseResponse(
      z.looseObject({
        succeded: z.boolean().nullish(),
        errorCount: z.number().nullish(),
        responses: z.array(z.looseObject({ contactId: z.string().nullish(), type: z.string().nullish(), message: z.string().nullish() })).nullish(),
      }),
      body,
      'the bulk tag update',
    );
    const responses = r.responses ?? [];
    return {
      succeeded: r.succeded ?? false,
      errorCount: r.errorCount ?? 0,
      updatedContactIds: responses.filter((x) => x.type === 'success').map((x) => x.contactId ?? ''),
      failedContactIds: responses.filter((x) => x.type !== 'success').map((x) => x.contactId ?? ''),
    };
  },
  sample: { succeeded: true, errorCount: 0, updatedContactIds: ['qFSqySFkVvNzOSqgGqFi', '3ualbhnV7j3n3a9r2moD'], failedContactIds: [] },
  outputFields: [
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
    { key: 'errorCount', label: 'Errors', type: 'integer' },
    { key: 'updatedContactIds', label: 'Updated Contact IDs' },
    { key: 'failedContactIds', label: 'Failed Contact IDs' },
  ],
});
