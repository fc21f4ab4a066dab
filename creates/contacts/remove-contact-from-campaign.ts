import { campaignField, contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { succeeded } from '../../src/records/result';

export default defineAction({
  key: 'removeContactFromCampaign',
  noun: 'Campaign',
  label: 'Remove From Campaign',
  description: 'Removes a contact from one campaign.',
  endpoint: endpoint('DELETE', '/contacts/{contactId}/campaigns/{campaignId}', '2021-07-28', ['contacts.write']),
  inputs: { contactId: contactField(), campaignId: campaignField() },
  output: (body, { input }) => ({ contactId: input.contactId, campaignId: input.campaignId, ...succeeded(body) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', campaignId: 'mIVALPYuTD7YjUHnFEx4', succeeded: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'campaignId', label: 'Campaign ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
