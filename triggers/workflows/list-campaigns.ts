import { locationId } from '../../src/client';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineListTrigger } from '../../src/operation';
import { campaignList, campaignOutputs } from '../../src/records/workflow';

/** List Campaigns: GET /campaigns/ (no paging), optionally by status; fires once per new campaign. */
export default defineListTrigger({
  key: 'listCampaigns',
  noun: 'Campaign',
  label: 'List Campaigns',
  description: 'Triggers when a new campaign is added to the connected location.',
  endpoint: endpoint('GET', '/campaigns/', '2021-07-28', ['campaigns.readonly']),
  inputs: {
    status: f.choice({ label: 'Status', choices: { published: 'Published', draft: 'Draft' }, helpText: 'Only campaigns with this status. Leave empty for all.' }),
  },
  request: (input, { bundle }) => ({ query: { locationId: locationId(bundle), status: input.status } }),
  records: campaignList,
  ...campaignOutputs,
});
