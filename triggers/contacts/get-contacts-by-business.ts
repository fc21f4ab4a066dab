import { locationId } from '../../src/client';
import { businessField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineListTrigger, pollLimit } from '../../src/operation';
import { contactList, contactOutputs } from '../../src/records/contact';

/** Get Contacts by Business: fires once for each contact linked to the business (skip/limit paging). */
export default defineListTrigger({
  key: 'getContactsByBusiness',
  noun: 'Contact',
  label: 'Get Contacts By Business',
  description: 'Triggers when a contact is linked to the business you choose.',
  endpoint: endpoint('GET', '/contacts/business/{businessId}', '2021-07-28', ['contacts.readonly']),
  inputs: {
    businessId: businessField(),
    query: f.text({ label: 'Search Text', helpText: 'Only contacts whose name, email or phone matches.' }),
  },
  request: (input, { bundle }) => ({
    query: { locationId: locationId(bundle), limit: pollLimit(bundle), skip: 0, query: input.query },
  }),
  paging: {
    // A page shorter than the limit is the last one.
    next: (_body, current, { itemsSoFar, pageItems }) =>
      pageItems < Number(current.query?.limit) ? null : { ...current, query: { ...current.query, skip: itemsSoFar } },
  },
  records: contactList,
  ...contactOutputs,
});
