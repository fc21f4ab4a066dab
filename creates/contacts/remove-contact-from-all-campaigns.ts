import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { succeeded } from '../../src/records/result';

/** The v2 path has the literal segment `removeAll` (v3 renames it `remove-all`). */
export default defineAction({
  key: 'removeContactFromAllCampaigns',
  noun: 'Campaign',
  label: 'Remove From All Campaigns',
  description: 'Removes a contact from every campaign it is in.',
  endpoint: endpoint('DELETE', '/contacts/{contactId}/campaigns/removeAll', '2021-07-28', ['contacts.write']),
  inputs: { contactId: contactField() },
  output: (body, { input }) => ({ contactId: input.contactId, ...succeeded(body) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', succeeded: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
