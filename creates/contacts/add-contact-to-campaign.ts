import { campaignField, contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineAction } from '../../src/operation';
import { succeeded } from '../../src/records/result';

/** The spec's body schema (AddContactToCampaignDto) is empty: an empty JSON object is sent. */
export default defineAction({
  key: 'addContactToCampaign',
  noun: 'Campaign',
  label: 'Add Contact To Campaign',
  description: 'Adds a contact to a campaign (enrolls it).',
  endpoint: endpoint('POST', '/contacts/{contactId}/campaigns/{campaignId}', '2021-07-28', ['contacts.write']),
  inputs: { contactId: contactField(), campaignId: campaignField() },
  request: () => ({ body: {} }),
  output: (body, { input }) => ({ contactId: input.contactId, campaignId: input.campaignId, ...succeeded(body) }),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', campaignId: 'mIVALPYuTD7YjUHnFEx4', succeeded: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'campaignId', label: 'Campaign ID' },
    { key: 'succeeded', label: 'Succeeded', type: 'boolean' },
  ],
});
