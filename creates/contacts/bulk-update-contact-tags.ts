import { locationId } from '../../src/client';
import { tagsField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { bulkTagOutcome, bulkTagOutcomeFields, bulkTagOutcomeSample } from '../../src/records/tag';

/**
 * POST /contacts/bulk/tags/update/{type}. The spec does not declare the {type} path parameter;
 * its description and `removeAllTags` ("can only be used with remove type") say it is add|remove.
 * The spec has no security block either; contacts.write is the scope of every other contact write.
 * The answer is 201 even when contacts fail: `responses[]` carries each contact's `type`
 * (success/error) and `message`. All failed -> the step fails with those reasons; some failed ->
 * `failures` lists them (src/bulk.ts).
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
    tags: tagsField(false, 'Tags to add or remove, as a list or separated by commas.'),
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
  output: (body, ctx) => bulkTagOutcome(body, ctx, ctx.input.contacts, `Bulk Update Contact Tags (${ctx.input.type})`),
  sample: bulkTagOutcomeSample,
  outputFields: bulkTagOutcomeFields,
});
