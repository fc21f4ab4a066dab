import { defineHookTrigger, eventRecords, withContactOutputs } from '../../../src/hook-trigger';
import { f } from '../../../src/fields';
import { campaignStatusTable } from '../../../src/records/campaign-status';

/**
 * Campaign Status Changed (Instant): HighLevel's CampaignStatusUpdate event, delivered by the
 * relay, with the contact's name, email and phone (one cached lookup per contact). The Status
 * input is the relay's `status` filter; the Campaign input is checked here (the relay has no
 * filter on the event's `templateId`, src/records/campaign-status.ts). No API lists these
 * changes: samples are the relay's recent events.
 */
export default defineHookTrigger({
  key: 'campaignStatusChangedInstant',
  noun: 'Campaign',
  label: 'Campaign Status Changed (Instant)',
  description: 'Triggers when a contact\'s status in a campaign changes (e.g. paused after a reply), optionally only for one campaign or status.',
  eventTypes: ['CampaignStatusUpdate'],
  inputs: {
    campaignId: f.id({ label: 'Campaign', dynamic: 'campaignDropdown.id.name', helpText: 'Only this campaign. Pick one, or map a Campaign ID. Leave empty for every campaign.' }),
    status: f.text({ label: 'Status', helpText: 'Only changes to this status, as HighLevel writes it (e.g. paused), any case. Leave empty for every status.' }),
  },
  filters: (i) => ({ status: i.status }),
  accept: (event, i) => !i.campaignId || event.templateId === i.campaignId || event.campaignId === i.campaignId,
  ...withContactOutputs(campaignStatusTable.outputs),
  records: eventRecords(campaignStatusTable.parse),
});
