import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineSearch } from '../../src/operation';
import { contactOutputs, contactRecord } from '../../src/records/contact';

/** Get Contact as a Zap step: the contact by ID, or no result when it does not exist. */
export default defineSearch({
  key: 'getContact',
  noun: 'Contact',
  label: 'Get Contact',
  description: 'Finds a specific contact by ID, with mailing address and custom fields.',
  endpoint: endpoint('GET', '/contacts/{contactId}', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField('The contact to get. Pick one, or map a Contact ID from an earlier step.') },
  records: (body) => [contactRecord(body)],
  ...contactOutputs,
});
