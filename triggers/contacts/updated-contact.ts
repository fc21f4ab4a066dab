import { contactSearchPaging, newestContactsRequest, searchContactsEndpoint } from '../../src/contact-search';
import { changeId, defineListTrigger } from '../../src/operation';
import {
  contactCustomOutputFields,
  contactList,
  contactOutputFields,
  contactSample,
  contactsOutput,
} from '../../src/records/contact';

/**
 * Updated Contact: the most recently updated contacts first (sort dateUpdated desc): one request
 * per idle poll, and, like New Contact, the following pages while a whole page changed in the last
 * hour (a bulk update or an import), so no change in a burst is lost. The dedupe id is the contact
 * id plus its update time, so every change fires once and an unchanged contact never fires again. The contact's own id stays in `contactId`.
 */
export default defineListTrigger({
  key: 'updatedContact',
  noun: 'Contact',
  label: 'Updated Contact',
  description: 'Triggers when a contact is added or changed (once per change).',
  endpoint: searchContactsEndpoint,
  inputs: {},
  request: newestContactsRequest('dateUpdated'),
  records: contactList,
  paging: contactSearchPaging,
  recent: { time: (c) => c.dateUpdated },
  output: async (contacts, ctx) =>
    (await contactsOutput(contacts, ctx)).map((c) => ({
      ...c,
      contactId: c.id,
      id: changeId(String(c.id), String(c.dateUpdated ?? c.dateAdded ?? '')),
    })),
  sample: { ...contactSample, contactId: contactSample.id, id: changeId(String(contactSample.id), String(contactSample.dateUpdated)) },
  outputFields: [
    { key: 'id', label: 'Change ID (contact ID and update time)' },
    { key: 'contactId', label: 'Contact ID' },
    ...contactOutputFields.filter((o) => o.key !== 'id'),
  ],
  dynamicOutputFields: contactCustomOutputFields,
});
