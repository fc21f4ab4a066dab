import { locationId } from '../../src/client';
import { userField } from '../../src/common-fields';
import { MAX_SEARCH_TEXT, newestFirst, searchContactsEndpoint, type SearchFilter } from '../../src/contact-search';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { contactList, contactOutputs } from '../../src/records/contact';

/** Search Contacts: contacts matching a query and filters, newest first; fires once per matching contact. */
export default defineListTrigger({
  key: 'searchContacts',
  noun: 'Contact',
  label: 'Search Contacts',
  description: 'Triggers when a new contact matches your search text, tag or owner (advanced search with filters).',
  endpoint: searchContactsEndpoint,
  inputs: {
    query: f.text({ label: 'Search Text', helpText: `Matches name, email, phone or company (at most ${MAX_SEARCH_TEXT} characters).` }),
    tag: f.text({ label: 'Tag', helpText: 'Only contacts with this tag.' }),
    assignedTo: userField('Assigned User', 'Only contacts owned by this user.'),
  },
  request: (input, { bundle }) => {
    if (input.query && input.query.length > MAX_SEARCH_TEXT) {
      throw invalidInput({ key: 'query', label: 'Search Text' }, `must be at most ${MAX_SEARCH_TEXT} characters`);
    }
    const filters: SearchFilter[] = [];
    if (input.tag) filters.push({ field: 'tags', operator: 'eq', value: input.tag });
    if (input.assignedTo) filters.push({ field: 'assignedTo', operator: 'eq', value: input.assignedTo });
    return {
      body: {
        locationId: locationId(bundle),
        pageLimit: pollLimit(bundle),
        page: 1,
        ...(input.query ? { query: input.query } : {}),
        ...(filters.length ? { filters } : {}),
        sort: newestFirst('dateAdded'),
      },
    };
  },
  records: contactList,
  ...contactOutputs,
});
