import { contactSearchPaging, newestContactsRequest, searchContactsEndpoint } from '../../src/contact-search';
import { defineListTrigger } from '../../src/operation';
import { contactList, contactOutputs } from '../../src/records/contact';

/**
 * New Contact: the newest contacts first (sort dateAdded desc). An idle poll is one request (the
 * newest 100); while a whole page was added in the last hour (an import), the next pages follow
 * through the search's `searchAfter` cursor, 500 at a time, so every imported contact is returned
 * (up to 2,000 per poll, within the step's time; Zapier runs 100 and holds the rest for the user).
 * Zapier dedupes on the contact id, so each contact fires once.
 */
export default defineListTrigger({
  key: 'newContact',
  noun: 'Contact',
  label: 'New Contact',
  description: 'Triggers when a new contact is added to your location, with its mailing address and custom fields.',
  endpoint: searchContactsEndpoint,
  inputs: {},
  request: newestContactsRequest('dateAdded'),
  records: contactList,
  paging: contactSearchPaging,
  recent: { time: (c) => c.dateAdded },
  ...contactOutputs,
});
