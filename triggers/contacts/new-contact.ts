import { newestContactsRequest, searchContactsEndpoint } from '../../src/contact-search';
import { defineListTrigger } from '../../src/operation';
import { contactList, contactOutputs } from '../../src/records/contact';

/**
 * New Contact: the newest contacts first (sort dateAdded desc), one request per poll; Zapier
 * dedupes on the contact id, so each contact fires once.
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
  ...contactOutputs,
});
