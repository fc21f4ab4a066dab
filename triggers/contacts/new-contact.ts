import { locationId } from '../../src/client';
import { newestFirst, searchContactsEndpoint } from '../../src/contact-search';
import { defineListTrigger, pollLimit } from '../../src/operation';
import {
  contactCustomOutputFields,
  contactList,
  contactOutputFields,
  contactSample,
  contactsOutput,
} from '../../src/records/contact';

/**
 * New Contact: the newest contacts first (sort dateAdded desc), one request per poll; Zapier
 * dedupes on the contact id, so each contact fires once.
 */
export default defineListTrigger({
  key: 'newContact',
  noun: 'Contact',
  label: 'New Contact',
  description: 'Triggers when a new contact is added to your HighLevel location, with its mailing address and custom fields.',
  endpoint: searchContactsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({
    body: { locationId: locationId(bundle), pageLimit: pollLimit(bundle), page: 1, sort: newestFirst('dateAdded') },
  }),
  records: contactList,
  output: contactsOutput,
  sample: contactSample,
  outputFields: contactOutputFields,
  dynamicOutputFields: contactCustomOutputFields,
});
