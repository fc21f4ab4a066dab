import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineRecordTrigger, fingerprint } from '../../src/operation';
import { contactOutputs, contactRecord } from '../../src/records/contact';

/** Get Contact: watches one contact; fires when first seen and again whenever it changes. */
export default defineRecordTrigger({
  key: 'getContact',
  noun: 'Contact',
  label: 'Get Contact',
  description: 'Triggers when the contact you choose is first seen and again whenever it changes.',
  endpoint: endpoint('GET', '/contacts/{contactId}', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField('The contact to watch. Pick one, or map a Contact ID from an earlier step.') },
  record: contactRecord,
  ...contactOutputs,
  recordIdKey: 'contactId',
  recordIdLabel: 'Contact ID',
  version: (c) => c.dateUpdated ?? fingerprint(c),
});
